package org.qompat.io.csource;

import java.util.ArrayList;
import java.util.List;
import org.qompat.model.LoadProblem;

/**
 * Finds the {@code GlobalProperty name[] = { … };} arrays of a C file and reads their entries
 * {@code { driver, property, value [, .optional = true] }}, expanding the file's helper macros
 * ({@code PC_CPU_MODEL_IDS("2.3.0")}) and resolving name macros ({@code TYPE_PCI_DEVICE}).
 */
final class CompatArrays {

    /** One entry, with the line it is written on. */
    record Entry(String driver, String property, String value, boolean optional, int line) {
    }

    /**
     * @param firstToken index of the array's first token, to tell arrays local to a function from global ones
     */
    record Array(String name, String file, int line, int firstToken, List<Entry> entries) {
    }

    private CompatArrays() {
    }

    static List<Array> parse(List<CToken> t, CMacros macros, String file, List<LoadProblem> problems) {
        List<Array> out = new ArrayList<>();
        for (int i = 0; i + 5 < t.size(); i++) {
            if (!t.get(i).is("GlobalProperty") || !t.get(i + 1).isIdent() || !t.get(i + 2).is("[")
                    || !t.get(i + 3).is("]") || !t.get(i + 4).is("=") || !t.get(i + 5).is("{")) {
                continue;
            }
            int close = matching(t, i + 5);
            List<CToken> body = expand(new ArrayList<>(t.subList(i + 6, close)), macros);
            String name = t.get(i + 1).text();
            out.add(new Array(name, file, t.get(i).line(), i, entries(body, macros, name, file, problems)));
            i = close;
        }
        return out;
    }

    /** Index of the token closing the bracket opened at {@code open}. */
    static int matching(List<CToken> t, int open) {
        String o = t.get(open).text();
        String c = o.equals("{") ? "}" : o.equals("(") ? ")" : "]";
        int depth = 0;
        for (int j = open; j < t.size(); j++) {
            if (t.get(j).is(o)) depth++;
            else if (t.get(j).is(c) && --depth == 0) return j;
        }
        return t.size() - 1;
    }

    /** Replaces invocations of the file's function-like macros by their bodies, arguments substituted. */
    private static List<CToken> expand(List<CToken> body, CMacros macros) {
        for (int round = 0; round < 8; round++) {
            boolean changed = false;
            List<CToken> out = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                CToken tok = body.get(i);
                CDefine m = tok.isIdent() ? macros.functionLike(tok.text()) : null;
                if (m == null || i + 1 >= body.size() || !body.get(i + 1).is("(")) {
                    out.add(tok);
                    continue;
                }
                int close = matching(body, i + 1);
                List<List<CToken>> args = split(body.subList(i + 2, close));
                for (CToken b : m.body()) {
                    int p = b.isIdent() ? m.params().indexOf(b.text()) : -1;
                    if (p >= 0 && p < args.size()) {
                        for (CToken a : args.get(p)) out.add(a.atLine(tok.line()));
                    } else {
                        out.add(b.atLine(tok.line()));
                    }
                }
                i = close;
                changed = true;
            }
            body = out;
            if (!changed) break;
        }
        return body;
    }

    private static List<Entry> entries(List<CToken> body, CMacros macros, String array, String file,
                                       List<LoadProblem> problems) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).is("{")) continue;
            int close = matching(body, i);
            int line = body.get(i).line();
            try {
                out.add(entry(split(body.subList(i + 1, close)), macros, line));
            } catch (CMacros.Unresolved e) {
                String expected = e.name.isEmpty() ? "" : ": expected a #define " + e.name
                        + " \"…\" in the checkout's include/, hw/ or target/ headers";
                problems.add(new LoadProblem(file, "line " + line, e.getMessage() + " in " + array + expected
                        + " (entry skipped)"));
            }
            i = close;
        }
        return out;
    }

    private static Entry entry(List<List<CToken>> fields, CMacros macros, int line) throws CMacros.Unresolved {
        String[] positional = new String[3];
        int next = 0;
        boolean optional = false;
        for (List<CToken> f : fields) {
            if (f.isEmpty()) continue;
            if (f.size() >= 3 && f.get(0).is(".") && f.get(1).isIdent() && f.get(2).is("=")) {
                String key = f.get(1).text();
                List<CToken> value = f.subList(3, f.size());
                switch (key) {
                    case "optional" -> optional = value.size() == 1 && value.get(0).is("true");
                    case "driver" -> positional[0] = macros.evaluate(value);
                    case "property" -> positional[1] = macros.evaluate(value);
                    case "value" -> positional[2] = macros.evaluate(value);
                    default -> {
                    }
                }
            } else if (next < 3) {
                positional[next++] = macros.evaluate(f);
            }
        }
        for (String p : positional) if (p == null) throw new CMacros.Unresolved("", "incomplete entry");
        return new Entry(positional[0], positional[1], positional[2], optional, line);
    }

    /** Splits a token run at the commas that are not nested in brackets. */
    static List<List<CToken>> split(List<CToken> run) {
        List<List<CToken>> out = new ArrayList<>();
        List<CToken> cur = new ArrayList<>();
        int depth = 0;
        for (CToken t : run) {
            if (t.is("(") || t.is("{") || t.is("[")) depth++;
            if (t.is(")") || t.is("}") || t.is("]")) depth--;
            if (depth == 0 && t.is(",")) {
                out.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        out.add(cur);
        return out;
    }
}
