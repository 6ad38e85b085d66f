package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted log into lines and takes off the wrappers people paste along with QEMU's message: QEMU's own
 * {@code -msg timestamp=on} stamp, libvirt's {@code 2025-01-02 10:11:12.345+0000: 1234: error : fn:12 :} prefix,
 * systemd journal lines ({@code Dec 01 10:00:00 host1 qemu-kvm[1234]:}), the program name QEMU prints
 * ({@code qemu-system-x86_64:}, {@code qemu-kvm:}, {@code kvm:}) and KubeVirt's JSON log lines ({@code "msg"}).
 * The message patterns still search the whole message, so an unknown wrapper never hides a known error.
 */
public final class LogLineReader {

    private static final Pattern JOURNAL = Pattern.compile(
            "^(?<ts>[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?) (?<host>\\S+) "
                    + "(?<prog>[\\w.@/\\-]+)(?:\\[\\d+\\])?: ?(?<rest>.*)$");
    private static final Pattern ISO_STAMP = Pattern.compile(
            "^(?<ts>\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?):? ?(?<rest>.*)$");
    private static final Pattern PID = Pattern.compile("^\\d+: (?<rest>.*)$");
    private static final Pattern LIBVIRT_LEVEL = Pattern.compile(
            "^(?:error|warning|info|debug) : (?:[\\w]+:\\d+ : )?(?<rest>.*)$");
    private static final Pattern PROGRAM = Pattern.compile(
            "^(?<prog>qemu-system-[\\w\\-]+|qemu-kvm|kvm|qemu|libvirtd|virtqemud|virt-launcher|virsh|error)"
                    + "(?:\\[\\d+\\])?: (?<rest>.*)$");
    private static final Pattern JSON_FIELD = Pattern.compile("\"(?<key>msg|timestamp|component)\"\\s*:\\s*\"");

    private LogLineReader() {
    }

    public static List<LogLine> read(String text) {
        List<LogLine> lines = new ArrayList<>();
        String[] raw = text.split("\\r?\\n|\\r", -1);
        int count = raw.length;
        if (count > 0 && raw[count - 1].isEmpty()) count--; // a trailing newline is not a line
        for (int i = 0; i < count; i++) lines.add(unwrap(i + 1, raw[i]));
        return lines;
    }

    static LogLine unwrap(int number, String raw) {
        String rest = raw.strip();
        String timestamp = "";
        String host = "";
        String program = "";
        if (rest.startsWith("{") && rest.contains("\"msg\"")) {
            String msg = jsonString(rest, "msg");
            if (msg != null) {
                timestamp = orEmpty(jsonString(rest, "timestamp"));
                program = orEmpty(jsonString(rest, "component"));
                rest = msg.strip();
            }
        }
        Matcher m = JOURNAL.matcher(rest);
        if (m.matches()) {
            timestamp = m.group("ts");
            host = m.group("host");
            program = m.group("prog");
            rest = m.group("rest");
        }
        // A QEMU stamp may follow a journal or libvirt stamp; each layer is taken off once, outermost first.
        for (int layer = 0; layer < 4; layer++) {
            String before = rest;
            if ((m = ISO_STAMP.matcher(rest)).matches()) {
                if (timestamp.isEmpty()) timestamp = m.group("ts");
                rest = m.group("rest");
            }
            if ((m = PID.matcher(rest)).matches()) rest = m.group("rest");
            if ((m = LIBVIRT_LEVEL.matcher(rest)).matches()) rest = m.group("rest");
            if ((m = PROGRAM.matcher(rest)).matches()) {
                if (program.isEmpty() || !"error".equals(m.group("prog"))) program = m.group("prog");
                rest = m.group("rest");
            }
            if (rest.equals(before)) break;
        }
        return new LogLine(number, raw, rest, timestamp, host, program);
    }

    /** The value of a top-level string field of a one-line JSON object; null when absent. */
    static String jsonString(String json, String key) {
        Matcher m = JSON_FIELD.matcher(json);
        while (m.find()) {
            if (!m.group("key").equals(key)) continue;
            StringBuilder sb = new StringBuilder();
            for (int i = m.end(); i < json.length(); i++) {
                char c = json.charAt(i);
                if (c == '"') return sb.toString();
                if (c != '\\' || i + 1 >= json.length()) {
                    sb.append(c);
                    continue;
                }
                char e = json.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        if (i + 4 < json.length()) {
                            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                    }
                    default -> sb.append(e);
                }
            }
            return sb.toString();
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
