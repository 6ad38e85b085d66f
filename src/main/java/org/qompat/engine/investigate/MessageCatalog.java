package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;

/**
 * The message forms the decoder knows, read from {@code messages.txt} (see the header of that file for its
 * format). A broken entry fails loudly with the file and line, so a bad edit never silently drops a message.
 */
public final class MessageCatalog {

    static final String RESOURCE = "messages.txt";
    private static final Pattern HEADER = Pattern.compile("^\\[([\\w.\\-]+)]$");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\w+):\\s?(.*)$");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static volatile MessageCatalog standard;

    private final List<MessagePattern> patterns;

    MessageCatalog(List<MessagePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static MessageCatalog standard() {
        MessageCatalog c = standard;
        if (c == null) {
            synchronized (MessageCatalog.class) {
                if (standard == null) standard = parse(RESOURCE, DataTable.lines(RESOURCE));
                c = standard;
            }
        }
        return c;
    }

    public List<MessagePattern> patterns() {
        return patterns;
    }

    public MessagePattern byId(String id) {
        return patterns.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message pattern " + id));
    }

    static MessageCatalog parse(String resource, List<DataTable.Row> lines) {
        List<MessagePattern> out = new ArrayList<>();
        String id = null;
        int idLine = 0;
        Map<String, String> fields = new LinkedHashMap<>();
        for (DataTable.Row row : lines) {
            String t = row.text().strip();
            if (t.startsWith("#")) continue;
            Matcher h = HEADER.matcher(t);
            if (h.matches()) {
                if (id != null) out.add(build(resource, idLine, id, fields));
                id = h.group(1);
                idLine = row.line();
                fields = new LinkedHashMap<>();
                continue;
            }
            if (t.isEmpty()) continue;
            Matcher kv = KEY_VALUE.matcher(t);
            if (id == null || !kv.matches()) {
                throw new IllegalStateException(resource + ":" + row.line() + ": expected '[id]' or 'key: value'");
            }
            fields.put(kv.group(1), kv.group(2).strip());
        }
        if (id != null) out.add(build(resource, idLine, id, fields));
        long distinct = out.stream().map(MessagePattern::id).distinct().count();
        if (distinct != out.size()) throw new IllegalStateException(resource + ": duplicate message ids");
        return new MessageCatalog(out);
    }

    private static MessagePattern build(String resource, int line, String id, Map<String, String> f) {
        String where = resource + ":" + line + " [" + id + "]: ";
        for (String key : List.of("rule", "role", "severity", "regex", "meaning")) {
            if (!f.containsKey(key)) throw new IllegalStateException(where + "missing '" + key + ":'");
        }
        Pattern regex;
        try {
            regex = Pattern.compile(f.get("regex"));
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + "bad regex: " + e.getDescription());
        }
        Matcher g = GROUP.matcher(f.get("regex"));
        while (g.find()) {
            try {
                EntityKind.byId(g.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "group <" + g.group(1) + "> is not an entity kind");
            }
        }
        List<Rule> also = new ArrayList<>();
        for (String r : f.getOrDefault("also", "").split(",")) if (!r.isBlank()) also.add(rule(where, r));
        Severity severity;
        try {
            severity = Severity.valueOf(f.get("severity").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "unknown severity " + f.get("severity"));
        }
        Role role;
        try {
            role = Role.byId(f.get("role"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "unknown role " + f.get("role"));
        }
        return new MessagePattern(id, f.getOrDefault("title", ""), rule(where, f.get("rule")), also, role, severity,
                f.getOrDefault("wording", ""), regex, f.get("meaning"), f.getOrDefault("source", ""));
    }

    private static Rule rule(String where, String id) {
        try {
            return Rule.byId(id.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "unknown rule " + id.strip());
        }
    }
}
