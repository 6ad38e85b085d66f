package org.qompat.engine.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qompat.engine.PropertyValues;

/**
 * The data file {@code property-equivalences.json} beside this engine: default changes that do not change the
 * guest ABI, and host-side properties. Read once from the class path.
 */
public final class PropertyFacts {

    record Equivalence(String type, String property, Set<String> values, String why) {
    }

    record HostSide(String type, String property, String why) {
    }

    private static final PropertyFacts INSTANCE = load();

    private final List<Equivalence> equivalences;
    private final List<HostSide> hostSide;

    private PropertyFacts(List<Equivalence> equivalences, List<HostSide> hostSide) {
        this.equivalences = equivalences;
        this.hostSide = hostSide;
    }

    public static PropertyFacts get() {
        return INSTANCE;
    }

    /** True when {@code a} and {@code b} mean the same for the property on this type (by subtype). */
    public boolean equivalent(BuildIndex index, String type, String property, String a, String b) {
        if (PropertyValues.sameValue(a, b)) return true;
        for (Equivalence e : equivalences) {
            if (!e.property().equals(property) || !index.isSubtype(type, e.type())) continue;
            if (e.values().contains(PropertyValues.normalize(a)) && e.values().contains(PropertyValues.normalize(b))) {
                return true;
            }
        }
        return false;
    }

    /** True when the property only configures the host side (see the data file for why). */
    public boolean hostSide(BuildIndex index, String type, String property) {
        for (HostSide h : hostSide) {
            if (h.property().equals(property) && index.isSubtype(type, h.type())) return true;
        }
        return false;
    }

    private static PropertyFacts load() {
        try (InputStream in = PropertyFacts.class.getResourceAsStream("/org/qompat/engine/property-equivalences.json")) {
            if (in == null) throw new IllegalStateException("property-equivalences.json missing from the class path");
            JsonNode root = new ObjectMapper().readTree(in);
            List<Equivalence> eq = new ArrayList<>();
            for (JsonNode e : root.path("equivalentValues")) {
                List<String> vals = new ArrayList<>();
                for (JsonNode v : e.path("values")) vals.add(PropertyValues.normalize(v.asText()));
                eq.add(new Equivalence(e.path("type").asText(), e.path("property").asText(), Set.copyOf(vals),
                        e.path("why").asText()));
            }
            List<HostSide> hs = new ArrayList<>();
            for (JsonNode h : root.path("notGuestVisible")) {
                hs.add(new HostSide(h.path("type").asText(), h.path("property").asText(), h.path("why").asText()));
            }
            return new PropertyFacts(List.copyOf(eq), List.copyOf(hs));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read property-equivalences.json", e);
        }
    }
}
