package org.qompat.io.csource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.io.FormatException;
import org.qompat.model.CompatProperty;
import org.qompat.model.LoadProblem;
import org.qompat.model.Provenance;
import org.qompat.model.QemuVersion;

/**
 * Reads the x86 machine-type compat tables out of a QEMU source checkout: the {@code hw_compat_X_Y[]} arrays of
 * {@code hw/core/machine.c}, the {@code pc_compat_X_Y[]} arrays of {@code hw/i386/pc.c}, and the option functions
 * of {@code hw/i386/pc_q35.c} / {@code pc_piix.c} that chain them per machine type. Without a board file the
 * documented chain is used: machine X.Y gets hw_compat_A_B + pc_compat_A_B for every A.B ≥ X.Y, newest first.
 */
public final class QemuSourceCheckout {

    private static final String MACHINE_C = "hw/core/machine.c";
    private static final String PC_C = "hw/i386/pc.c";
    private static final Map<String, String> BOARDS = Map.of("hw/i386/pc_q35.c", "pc-q35",
            "hw/i386/pc_piix.c", "pc-i440fx");

    private QemuSourceCheckout() {
    }

    /** A directory is a checkout when it has {@code VERSION} and {@code hw/core/machine.c}. */
    public static boolean isCheckout(Path dir) {
        return Files.isRegularFile(dir.resolve("VERSION")) && Files.isRegularFile(dir.resolve(MACHINE_C));
    }

    /** @param display how the checkout root is named in provenance and problems */
    public static CompatSource read(Path root, String display) throws IOException {
        String versionText = Files.readString(root.resolve("VERSION")).strip();
        QemuVersion version;
        try {
            version = QemuVersion.parse(versionText);
        } catch (IllegalArgumentException e) {
            throw new FormatException(display + "/VERSION", "line 1", "expected a QEMU version such as 7.2.0, "
                    + "found \"" + versionText + "\"");
        }
        List<LoadProblem> problems = new ArrayList<>();
        HeaderDefines headers = HeaderDefines.scan(root, display);
        Map<String, CompatArrays.Array> global = new LinkedHashMap<>();
        for (String f : List.of(MACHINE_C, PC_C)) {
            Path p = root.resolve(f);
            if (!Files.isRegularFile(p)) {
                problems.add(new LoadProblem(display + "/" + f, "", "missing: its compat arrays are unknown"));
                continue;
            }
            CLexer.Result lexed = CLexer.lex(read(p), display + "/" + f);
            CMacros macros = new CMacros(lexed.defines(), headers);
            for (CompatArrays.Array a : CompatArrays.parse(lexed.tokens(), macros, display + "/" + f, problems)) {
                global.put(a.name(), a);
            }
        }
        Map<String, List<CompatProperty>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> board : BOARDS.entrySet()) {
            Path p = root.resolve(board.getKey());
            if (Files.isRegularFile(p)) {
                boardTables(read(p), display + "/" + board.getKey(), board.getValue(), headers, global, tables,
                        problems);
            } else {
                CompatChain.tables(board.getValue(), version, global, tables);
            }
        }
        return new CompatSource(display, version, tables, problems);
    }

    private static void boardTables(String text, String file, String prefix, HeaderDefines headers,
                                    Map<String, CompatArrays.Array> global, Map<String, List<CompatProperty>> tables,
                                    List<LoadProblem> problems) {
        CLexer.Result lexed = CLexer.lex(text, file);
        List<CompatArrays.Array> local = CompatArrays.parse(lexed.tokens(),
                new CMacros(lexed.defines(), headers), file, problems);
        MachineOptions options = MachineOptions.parse(lexed.tokens(), prefix);
        if (options.machines.isEmpty()) {
            problems.add(new LoadProblem(file, "", "no DEFINE_*_MACHINE registrations found: "
                    + "using the documented hw_compat/pc_compat chain for " + prefix + "-*"));
        }
        for (MachineOptions.Machine m : options.machines) {
            List<CompatProperty> table = new ArrayList<>();
            replay(m.optionsFunction(), options, local, global, table, new HashSet<>(), file, problems);
            tables.put(m.name(), table);
        }
    }

    /** Runs an options function's steps in order, as QEMU's class_init does. */
    private static void replay(String fn, MachineOptions options, List<CompatArrays.Array> local,
                               Map<String, CompatArrays.Array> global, List<CompatProperty> table,
                               Set<String> active, String file, List<LoadProblem> problems) {
        MachineOptions.Function f = options.functions.get(fn);
        if (f == null || !active.add(fn)) return;
        for (MachineOptions.Step s : f.steps()) {
            if (s.callee() != null) {
                replay(s.callee(), options, local, global, table, active, file, problems);
                continue;
            }
            CompatArrays.Array array = local.stream()
                    .filter(a -> a.name().equals(s.array()) && a.firstToken() >= f.bodyStart()
                            && a.firstToken() < f.bodyEnd())
                    .findFirst().orElseGet(() -> local.stream().filter(a -> a.name().equals(s.array())).findFirst()
                            .orElse(global.get(s.array())));
            if (array == null) {
                problems.add(new LoadProblem(file, "line " + s.line(), "compat array " + s.array()
                        + " is not defined in " + MACHINE_C + ", " + PC_C + " or this file"));
                continue;
            }
            CompatChain.append(array, table);
        }
        active.remove(fn);
    }

    private static String read(Path p) throws IOException {
        // ISO-8859-1 never fails on stray bytes; compat entries are ASCII
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }

    /** The entry as a model compat property: origin is its array, provenance its source line. */
    static CompatProperty property(CompatArrays.Array array, CompatArrays.Entry e) {
        return new CompatProperty(e.driver(), e.property(), e.value(), array.name(),
                Provenance.line(array.file(), e.line()));
    }
}
