package org.qompat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.compat.CompatTable;

/** The compat-diff table as aligned text: a header of two lines (build, machine type), then one line per row. */
final class CompatTableText {

    private CompatTableText() {
    }

    static void write(CompatTable t, PrintWriter out) {
        int cols = t.columns().size() + 2;
        List<String[]> lines = new ArrayList<>();
        String[] h1 = new String[cols];
        String[] h2 = new String[cols];
        h1[0] = "Driver";
        h1[1] = "Property";
        h2[0] = "";
        h2[1] = "";
        for (int c = 0; c < t.columns().size(); c++) {
            h1[c + 2] = t.columns().get(c).build();
            h2[c + 2] = t.columns().get(c).machine();
        }
        lines.add(h1);
        lines.add(h2);
        for (CompatTable.Row r : t.rows()) {
            String[] l = new String[cols];
            l[0] = r.driver();
            l[1] = r.property();
            for (int c = 0; c < r.values().size(); c++) l[c + 2] = r.values().get(c);
            lines.add(l);
        }
        int[] width = new int[cols];
        for (String[] l : lines) for (int c = 0; c < cols; c++) width[c] = Math.max(width[c], l[c].length());
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (c > 0) sb.append(" | ");
                sb.append(String.format("%-" + Math.max(1, width[c]) + "s", lines.get(i)[c]));
            }
            out.println(sb.toString().stripTrailing());
            if (i == 1) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    if (c > 0) rule.append("-+-");
                    rule.append("-".repeat(Math.max(1, width[c])));
                }
                out.println(rule);
            }
        }
        out.println(t.rows().size() + " rows, " + t.columns().size() + " columns");
    }
}
