package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * QEMU's {@code key=value,key=value} option syntax: the first bare word is the implied key (the driver of
 * {@code -device}, the type of {@code -netdev}), {@code ,,} is an escaped comma, a bare {@code key} means
 * {@code key=on}.
 */
public final class QemuOptions {

    private QemuOptions() {
    }

    /** Parses {@code text}; a leading word without {@code =} is stored under {@code impliedKey}. */
    public static Map<String, String> parse(String text, String impliedKey) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> parts = split(text);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int eq = part.indexOf('=');
            if (eq < 0) {
                if (i == 0 && impliedKey != null) out.put(impliedKey, part);
                else if (part.startsWith("no")) out.put(part.substring(2), "off");
                else out.put(part, "on");
            } else {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                if (i + 1 < text.length() && text.charAt(i + 1) == ',') {
                    cur.append(',');
                    i++;
                } else {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0 || !parts.isEmpty()) parts.add(cur.toString());
        return parts;
    }
}
