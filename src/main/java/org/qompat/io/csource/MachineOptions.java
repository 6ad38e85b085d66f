package org.qompat.io.csource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a board file such as {@code hw/i386/pc_q35.c}: its {@code *_machine_options(MachineClass *m)} functions
 * (which first call the next newer version's function, then {@code compat_props_add()} their arrays) and its
 * {@code DEFINE_*_MACHINE(…)} registrations, so each machine's compat table can be replayed exactly as QEMU builds
 * it, quirks included ({@code pc-i440fx-1.7} adds only {@code pc_compat_1_7}; {@code pc-q35-4.0} adds nothing over
 * {@code pc-q35-4.0.1}).
 */
final class MachineOptions {

    /** A step of an options function: a call to another options function, or an array appended. */
    record Step(String callee, String array, int line) {
    }

    record Function(String name, int bodyStart, int bodyEnd, List<Step> steps) {
    }

    record Machine(String name, String optionsFunction, int line) {
    }

    final Map<String, Function> functions = new LinkedHashMap<>();
    final List<Machine> machines = new ArrayList<>();

    static MachineOptions parse(List<CToken> t, String familyPrefix) {
        MachineOptions o = new MachineOptions();
        for (int i = 0; i + 5 < t.size(); i++) {
            if (t.get(i).isIdent() && t.get(i + 1).is("(") && t.get(i + 2).is("MachineClass")
                    && t.get(i + 3).is("*") && t.get(i + 4).isIdent() && t.get(i + 5).is(")")
                    && i + 6 < t.size() && t.get(i + 6).is("{")) {
                int close = CompatArrays.matching(t, i + 6);
                String param = t.get(i + 4).text();
                o.functions.put(t.get(i).text(), new Function(t.get(i).text(), i + 7, close,
                        steps(t, i + 7, close, param)));
                i = close;
            }
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            CToken tok = t.get(i);
            if (tok.isIdent() && tok.text().startsWith("DEFINE_") && tok.text().contains("MACHINE")
                    && t.get(i + 1).is("(")) {
                int close = CompatArrays.matching(t, i + 1);
                Machine m = machine(CompatArrays.split(t.subList(i + 2, close)), o.functions, familyPrefix,
                        tok.line());
                if (m != null) o.machines.add(m);
                i = close;
            }
        }
        return o;
    }

    private static List<Step> steps(List<CToken> t, int from, int to, String param) {
        List<Step> out = new ArrayList<>();
        for (int i = from; i + 3 < to; i++) {
            CToken tok = t.get(i);
            if (!tok.isIdent() || !t.get(i + 1).is("(")) continue;
            if (tok.text().equals("compat_props_add")) {
                int close = CompatArrays.matching(t, i + 1);
                List<List<CToken>> args = CompatArrays.split(t.subList(i + 2, close));
                if (args.size() >= 2 && args.get(1).size() == 1 && args.get(1).get(0).isIdent()) {
                    out.add(new Step(null, args.get(1).get(0).text(), tok.line()));
                }
                i = close;
            } else if (t.get(i + 2).is(param) && t.get(i + 3).is(")")) {
                out.add(new Step(tok.text(), null, tok.line()));
            }
        }
        return out;
    }

    /**
     * {@code DEFINE_Q35_MACHINE(v7_1, "pc-q35-7.1", NULL, pc_q35_7_1_machine_options)}; newer QEMUs spell it
     * {@code DEFINE_Q35_MACHINE(9, 2)} and derive both names from the numbers.
     */
    private static Machine machine(List<List<CToken>> args, Map<String, Function> functions, String prefix,
                                   int line) {
        String name = null;
        String fn = null;
        List<String> numbers = new ArrayList<>();
        for (List<CToken> a : args) {
            if (a.size() != 1) continue;
            CToken x = a.get(0);
            if (x.kind() == CToken.Kind.STRING && name == null) name = x.text();
            if (x.isIdent() && functions.containsKey(x.text())) fn = x.text();
            if (x.kind() == CToken.Kind.NUMBER) numbers.add(x.text());
        }
        if (name == null && numbers.size() >= 2) {
            name = prefix + "-" + String.join(".", numbers);
            String digits = "_" + String.join("_", numbers) + "_";
            for (String f : functions.keySet()) {
                if (f.contains(digits) && f.endsWith("options") && (fn == null || f.length() < fn.length())) fn = f;
            }
        }
        return name == null || fn == null ? null : new Machine(name, fn, line);
    }
}
