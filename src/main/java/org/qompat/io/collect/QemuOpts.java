package org.qompat.io.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** QEMU's {@code key=value,key=value} option syntax, where {@code ,,} is a literal comma. */
final class QemuOpts {

    private QemuOpts() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                if (i + 1 < text.length() && text.charAt(i + 1) == ',') {
                    cur.append(',');
                    i++;
                } else {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * Parses into an ordered map. A first element without {@code =} is the value of {@code impliedKey} (the driver
     * of -device, the type of -machine); later bare words are booleans set to {@code on}.
     */
    static Map<String, String> parse(String text, String impliedKey) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> parts = split(text);
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            int eq = p.indexOf('=');
            if (eq < 0) {
                if (i == 0 && impliedKey != null) out.put(impliedKey, p);
                else out.put(p, "on");
            } else {
                out.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        return out;
    }
}
