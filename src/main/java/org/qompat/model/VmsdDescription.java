package org.qompat.model;

import java.util.List;

/** A VMState description (a section's {@code Description}, or a subsection): fields and nested subsections. */
public record VmsdDescription(String name, int versionId, int minimumVersionId, List<VmsdField> fields,
                              List<VmsdDescription> subsections) {

    public VmsdDescription {
        fields = List.copyOf(fields);
        subsections = List.copyOf(subsections);
    }
}
