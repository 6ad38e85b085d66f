package org.qompat.model;

import java.util.List;

/** A {@code -cpu} model of a build on a host; runnable when {@code unavailableFeatures} is empty. */
public record CpuModel(String name, String typename, String aliasOf, boolean migrationSafe, boolean isStatic,
                       boolean deprecated, List<String> unavailableFeatures, Provenance provenance) {

    public CpuModel {
        unavailableFeatures = List.copyOf(unavailableFeatures);
    }

    public boolean runnable() {
        return unavailableFeatures.isEmpty();
    }
}
