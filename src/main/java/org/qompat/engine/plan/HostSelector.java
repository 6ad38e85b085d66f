package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.qompat.model.Host;

/**
 * Chooses a set of hosts the way the CLI's {@code --hosts} and the GUI's host-set box spell it:
 * <ul>
 *   <li>a label selector, {@code cluster=east} or {@code cluster=east,rack=r1} (every pair must match; a value may
 *   be a glob, {@code rack=r*});</li>
 *   <li>a comma list of host names, {@code a1,a2,b1};</li>
 *   <li>globs over host names, {@code east-*} or {@code a?,b*}.</li>
 * </ul>
 * A list either consists only of {@code key=value} terms or has none; mixing is an error because "a1,cluster=x"
 * could mean either a union or an intersection.
 */
public final class HostSelector {

    private final String text;
    private final Map<String, Pattern> labels;
    private final List<Pattern> names;

    private HostSelector(String text, Map<String, Pattern> labels, List<Pattern> names) {
        this.text = text;
        this.labels = labels;
        this.names = names;
    }

    public static HostSelector parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty host selector");
        String[] terms = text.split(",");
        Map<String, Pattern> labels = new LinkedHashMap<>();
        List<Pattern> names = new ArrayList<>();
        for (String raw : terms) {
            String term = raw.trim();
            if (term.isEmpty()) continue;
            int eq = term.indexOf('=');
            if (eq >= 0) {
                String key = term.substring(0, eq).trim();
                if (key.isEmpty()) throw new IllegalArgumentException("label selector term without a key: '" + term + "'");
                labels.put(key, glob(term.substring(eq + 1).trim()));
            } else {
                names.add(glob(term));
            }
        }
        if (!labels.isEmpty() && !names.isEmpty()) {
            throw new IllegalArgumentException("host selector '" + text
                    + "' mixes label terms (key=value) and host names; use one kind");
        }
        if (labels.isEmpty() && names.isEmpty()) throw new IllegalArgumentException("empty host selector");
        return new HostSelector(text.trim(), labels, names);
    }

    public boolean matches(Host h) {
        if (!labels.isEmpty()) {
            for (Map.Entry<String, Pattern> e : labels.entrySet()) {
                String v = h.labels().get(e.getKey());
                if (v == null || !e.getValue().matcher(v).matches()) return false;
            }
            return true;
        }
        for (Pattern p : names) if (p.matcher(h.name()).matches()) return true;
        return false;
    }

    /** The matching hosts in fleet order. */
    public List<Host> select(List<Host> hosts) {
        List<Host> out = new ArrayList<>();
        for (Host h : hosts) if (matches(h)) out.add(h);
        return out;
    }

    /** Plain names in the list that match no host: worth telling the user (a typo is not an empty cluster). */
    public List<String> unmatchedNames(List<Host> hosts) {
        List<String> out = new ArrayList<>();
        for (Pattern p : names) {
            if (hosts.stream().noneMatch(h -> p.matcher(h.name()).matches())) out.add(unglob(p));
        }
        return out;
    }

    public boolean isLabelSelector() {
        return !labels.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }

    private static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static String unglob(Pattern p) {
        return p.pattern().replace("\\Q", "").replace("\\E", "").replace(".*", "*");
    }
}
