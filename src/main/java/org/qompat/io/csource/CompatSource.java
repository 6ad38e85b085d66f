package org.qompat.io.csource;

import java.util.List;
import java.util.Map;
import org.qompat.model.CompatProperty;
import org.qompat.model.LoadProblem;
import org.qompat.model.QemuVersion;

/**
 * The machine-type compat tables of one QEMU source checkout, for binaries that cannot report them (before 9.1).
 *
 * @param root     the checkout as named in provenance
 * @param version  from its {@code VERSION} file
 * @param tables   per machine type ({@code pc-q35-7.1}), the entries in application order (later wins), each
 *                 with its array ({@code hw_compat_7_1}) as origin and its source file and line as provenance
 * @param problems macros that could not be resolved, files that were missing
 */
public record CompatSource(String root, QemuVersion version, Map<String, List<CompatProperty>> tables,
                           List<LoadProblem> problems) {

    public CompatSource {
        tables = Map.copyOf(tables);
        problems = List.copyOf(problems);
    }
}
