package org.qompat.model;

import java.util.Set;

/** The host CPU as /proc/cpuinfo describes it. */
public record CpuInfo(String vendor, String modelName, Set<String> flags) {

    public CpuInfo {
        flags = Set.copyOf(flags);
    }
}
