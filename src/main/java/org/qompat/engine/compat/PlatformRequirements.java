package org.qompat.engine.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;

/** The data file {@code platform-requirements.json}: which guest-visible feature needs which host feature. */
public final class PlatformRequirements {

    /** One row of the table; see the data file's "about" for the meaning of each kind. */
    public record Requirement(String id, String kind, String deviceType, List<String> properties,
                              List<String> backends, String netdevType, String option, String value,
                              String accelerator, String platformFeature, List<String> aliases, String needs,
                              String failure, String source) {

        /** The host's record of this requirement's platform feature (under its name or an alias), or null. */
        public PlatformFeature on(Host host) {
            Map<String, PlatformFeature> f = host.features();
            PlatformFeature p = f.get(platformFeature);
            if (p != null) return p;
            for (String a : aliases) {
                p = f.get(a);
                if (p != null) return p;
            }
            return null;
        }
    }

    private static final List<Requirement> ALL = load();

    private PlatformRequirements() {
    }

    public static List<Requirement> all() {
        return ALL;
    }

    /** Every platform feature name the engine looks at (for host equivalence classes). */
    public static Set<String> featureNames() {
        return FEATURE_NAMES;
    }

    /** Asked once per host when classes are formed (10,000 times for a large fleet): built once. */
    private static final Set<String> FEATURE_NAMES = featureNamesOf(ALL);

    private static Set<String> featureNamesOf(List<Requirement> all) {
        Set<String> names = new LinkedHashSet<>();
        for (Requirement r : all) {
            names.add(r.platformFeature());
            names.addAll(r.aliases());
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    private static List<Requirement> load() {
        try (InputStream in = PlatformRequirements.class.getResourceAsStream(
                "/org/qompat/engine/platform-requirements.json")) {
            if (in == null) throw new IllegalStateException("platform-requirements.json missing from the class path");
            List<Requirement> out = new ArrayList<>();
            for (JsonNode r : new ObjectMapper().readTree(in).path("requirements")) {
                out.add(new Requirement(r.path("id").asText(), r.path("kind").asText(), text(r, "deviceType"),
                        list(r, "properties"), list(r, "backends"), text(r, "netdevType"), text(r, "option"),
                        text(r, "value"), text(r, "accelerator"), r.path("platformFeature").asText(),
                        list(r, "aliases"), r.path("needs").asText(), r.path("failure").asText(),
                        r.path("source").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read platform-requirements.json", e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n.path(field)) out.add(v.asText());
        return List.copyOf(out);
    }
}
