package org.qompat.engine.investigate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Fills a catalog template: {@code {kind}} / {@code {kind|fallback}} from entities, plus derived placeholders. */
final class MeaningWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?:\\|([^}]*))?}");

    private MeaningWriter() {
    }

    static String fill(String template, List<Entity> entities, Map<String, String> derived) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = derived.get(key);
            if (value == null) {
                value = entities.stream().filter(e -> e.kind().id().equals(key)).map(Entity::value)
                        .findFirst().orElse(null);
            }
            if (value == null) value = m.group(2) != null ? m.group(2) : "?";
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "bits 54, 55, 56 = GUEST_USO4 (guest_uso4), GUEST_USO6 (guest_uso6), HOST_USO (host_uso)". */
    static String bits(List<FeatureBit> refused) {
        if (refused.isEmpty()) return "none (the masks agree)";
        String numbers = refused.stream().map(b -> String.valueOf(b.bit())).collect(Collectors.joining(", "));
        String names = refused.stream()
                .map(b -> b.shortName() + (b.property().isEmpty() ? "" : " (" + b.property() + ")"))
                .collect(Collectors.joining(", "));
        return (refused.size() == 1 ? "bit " : "bits ") + numbers + " = " + names;
    }

    static String bitNames(List<FeatureBit> refused) {
        return refused.stream().map(FeatureBit::shortName).collect(Collectors.joining(", "));
    }

    /** Which host capability is likely missing, or why the bits point at configuration instead. */
    static String requirements(List<FeatureBit> refused) {
        StringBuilder sb = new StringBuilder();
        Map<PlatformRequirement, List<FeatureBit>> byReq = refused.stream().filter(FeatureBit::platformGated)
                .collect(Collectors.groupingBy(FeatureBit::requirement, java.util.LinkedHashMap::new,
                        Collectors.toList()));
        for (Map.Entry<PlatformRequirement, List<FeatureBit>> e : byReq.entrySet()) {
            String props = props(e.getValue());
            sb.append(" Likely missing on the destination host: ").append(e.getKey().description()).append('.');
            if (!props.isEmpty()) {
                sb.append(" Either give the destination that capability, or set ").append(props)
                        .append(" on every host the VM may run on (the guest renegotiates on its next boot).");
            }
        }
        List<FeatureBit> config = refused.stream().filter(b -> !b.platformGated()).toList();
        if (!config.isEmpty()) {
            sb.append(' ').append(config.size() == 1 ? "Bit " : "Bits ")
                    .append(config.stream().map(b -> String.valueOf(b.bit())).collect(Collectors.joining(", ")))
                    .append(" depend").append(config.size() == 1 ? "s" : "")
                    .append(" on no host capability: the device's properties differ between the two sides")
                    .append(" (command line, -global, or the machine type's compat table).");
        }
        return sb.toString();
    }

    private static String props(List<FeatureBit> bits) {
        return bits.stream().map(FeatureBit::property).filter(p -> !p.isEmpty()).distinct()
                .map(p -> p + "=off").collect(Collectors.joining(","));
    }
}
