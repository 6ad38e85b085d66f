package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qompat.engine.Rule;

/**
 * Reads a pasted or dropped log (QEMU stderr, libvirt's per-VM log, the journal, KubeVirt JSON lines) and tells
 * what each recognised line means, which engine rule it corresponds to and what it names, grouped into failure
 * stories. Pure and thread-safe; the message forms and bit tables are data (see {@link MessageCatalog}).
 */
public final class MigrationLogDecoder {

    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static volatile MigrationLogDecoder standard;

    private final MessageCatalog catalog;
    private final EntityDeriver deriver;
    private final Map<String, List<String>> groupsByPattern = new HashMap<>();
    private final Map<String, String> literalByPattern = new HashMap<>();
    private final StoryBuilder stories;

    public MigrationLogDecoder(MessageCatalog catalog, VirtioFeatureTable bits) {
        this.catalog = catalog;
        this.deriver = new EntityDeriver(bits);
        for (MessagePattern p : catalog.patterns()) {
            List<String> names = new ArrayList<>();
            Matcher g = GROUP.matcher(p.regex().pattern());
            while (g.find()) names.add(g.group(1));
            groupsByPattern.put(p.id(), names);
            literalByPattern.put(p.id(), RegexLiterals.mandatory(p.regex().pattern()));
        }
        this.stories = new StoryBuilder();
    }

    public static MigrationLogDecoder standard() {
        MigrationLogDecoder d = standard;
        if (d == null) {
            synchronized (MigrationLogDecoder.class) {
                if (standard == null) standard = new MigrationLogDecoder(MessageCatalog.standard(),
                        VirtioFeatureTable.standard());
                d = standard;
            }
        }
        return d;
    }

    /** Convenience: decode with the standard catalog. */
    public static LogDecoding decodeText(String text) {
        return standard().decode(text);
    }

    public LogDecoding decode(String text) {
        List<LogLine> lines = LogLineReader.read(text == null ? "" : text);
        List<DecodedMessage> messages = new ArrayList<>();
        for (LogLine line : lines) messages.addAll(decodeLine(line));
        return new LogDecoding(lines, messages, stories.build(messages), context(lines, messages));
    }

    /** The messages of one line in story order: context, causes, consequences (innermost first), outcomes. */
    List<DecodedMessage> decodeLine(LogLine line) {
        record Candidate(int start, int end, int order, MessagePattern pattern, Map<String, String> groups) {
        }
        String text = line.message();
        List<Candidate> found = new ArrayList<>();
        List<MessagePattern> patterns = catalog.patterns();
        for (int i = 0; i < patterns.size(); i++) {
            MessagePattern p = patterns.get(i);
            if (!text.contains(literalByPattern.get(p.id()))) continue; // cannot match: skip the regex
            Matcher m = p.regex().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                Map<String, String> groups = new HashMap<>();
                for (String g : groupsByPattern.get(p.id())) groups.put(g, m.group(g));
                found.add(new Candidate(m.start(), m.end(), i, p, groups));
            }
        }
        // Earliest first, then longest, then catalog order; overlapping matches lose to the one already taken.
        found.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> c.start() - c.end())
                .thenComparingInt(Candidate::order));
        List<DecodedMessage> chosen = new ArrayList<>();
        int taken = 0;
        for (Candidate c : found) {
            if (c.start() < taken) continue;
            chosen.add(message(line, c.start(), c.end(), c.pattern(), c.groups()));
            taken = c.end();
        }
        chosen = withLineContext(chosen);
        List<DecodedMessage> ordered = new ArrayList<>();
        for (Role role : List.of(Role.CONTEXT, Role.CAUSE, Role.CONSEQUENCE, Role.OUTCOME)) {
            List<DecodedMessage> ofRole = chosen.stream().filter(d -> d.role() == role).toList();
            if (role == Role.CONSEQUENCE) ofRole = reversed(ofRole); // 10.2 chains read outer → inner
            ordered.addAll(ofRole);
        }
        return ordered;
    }

    /**
     * A cause printed behind a context prefix on the same line ({@code -device igb,id=nic1: 'igb' is not a valid
     * device model name}) also names what the prefix names: the QOM path and type of that -device.
     */
    private static List<DecodedMessage> withLineContext(List<DecodedMessage> chosen) {
        List<Entity> extra = chosen.stream().filter(d -> d.role() == Role.CONTEXT)
                .flatMap(d -> d.entities().stream())
                .filter(e -> e.kind() == EntityKind.QOM_PATH || e.kind() == EntityKind.QOM_TYPE).toList();
        if (extra.isEmpty()) return chosen;
        List<DecodedMessage> out = new ArrayList<>();
        for (DecodedMessage d : chosen) {
            if (d.role() != Role.CAUSE) {
                out.add(d);
                continue;
            }
            LinkedHashSet<Entity> all = new LinkedHashSet<>(d.entities());
            all.addAll(extra);
            out.add(new DecodedMessage(d.line(), d.start(), d.end(), d.pattern(), d.rule(), d.severity(), d.title(),
                    d.meaning(), new ArrayList<>(all), d.refusedBits()));
        }
        return out;
    }

    private DecodedMessage message(LogLine line, int start, int end, MessagePattern p, Map<String, String> groups) {
        List<Entity> captured = new ArrayList<>();
        for (String g : groupsByPattern.get(p.id())) {
            String v = groups.get(g);
            if (v != null && !v.isBlank()) captured.add(new Entity(EntityKind.byId(g), v.strip()));
        }
        List<Entity> entities = deriver.derive(captured);
        List<FeatureBit> refused = List.of();
        Map<String, String> derived = new HashMap<>();
        String features = first(captured, EntityKind.FEATURES);
        String allowed = first(captured, EntityKind.ALLOWED);
        Rule rule = p.rule();
        if (features != null && allowed != null) {
            refused = deriver.refused(features, allowed);
            derived.put("bits", MeaningWriter.bits(refused));
            derived.put("bitNames", refused.isEmpty() ? "none" : MeaningWriter.bitNames(refused));
            derived.put("requirements", MeaningWriter.requirements(refused));
            boolean gated = refused.stream().anyMatch(FeatureBit::platformGated);
            if (!gated && p.alsoRules().contains(Rule.EFFECTIVE_PROPERTIES)) rule = Rule.EFFECTIVE_PROPERTIES;
        }
        String offset = first(captured, EntityKind.OFFSET);
        if (offset != null) {
            String[] reg = deriver.register(offset);
            derived.put("register", reg[0]);
            derived.put("registerHint", reg[1]);
        }
        String block = first(captured, EntityKind.RAM_BLOCK);
        if (block != null) derived.put("ramBlockKind", deriver.ramBlockKind(block));
        String title = MeaningWriter.fill(p.title().isEmpty() ? p.id() : p.title(), entities, derived);
        String meaning = MeaningWriter.fill(p.meaning(), entities, derived).strip();
        return new DecodedMessage(line, start, end, p, rule, p.severity(), title, meaning, entities, refused);
    }

    private static LogContext context(List<LogLine> lines, List<DecodedMessage> messages) {
        Set<String> vms = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> machines = new LinkedHashSet<>();
        Set<String> versions = new LinkedHashSet<>();
        Set<String> kernels = new LinkedHashSet<>();
        for (LogLine l : lines) if (!l.host().isEmpty()) hosts.add(l.host());
        for (DecodedMessage m : messages) {
            vms.addAll(m.values(EntityKind.VM));
            hosts.addAll(m.values(EntityKind.HOST));
            machines.addAll(m.values(EntityKind.MACHINE));
            machines.addAll(m.values(EntityKind.SOURCE_MACHINE));
            versions.addAll(m.values(EntityKind.QEMU_VERSION));
            kernels.addAll(m.values(EntityKind.KERNEL));
        }
        return new LogContext(List.copyOf(vms), List.copyOf(hosts), List.copyOf(machines), List.copyOf(versions),
                List.copyOf(kernels));
    }

    private static String first(List<Entity> es, EntityKind k) {
        for (Entity e : es) if (e.kind() == k) return e.value();
        return null;
    }

    private static <T> List<T> reversed(List<T> in) {
        List<T> out = new ArrayList<>(in);
        java.util.Collections.reverse(out);
        return out;
    }
}
