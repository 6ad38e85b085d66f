package org.qompat.engine.plan;

import java.util.List;

/**
 * One platform feature ANDed over a host set: {@code available} is true when every host has it, false when at
 * least one lacks it, null when none lacks it but some did not say.
 */
public record FeatureMerge(String feature, Boolean available, List<String> hostsLacking, List<String> hostsUnknown) {

    public FeatureMerge {
        hostsLacking = List.copyOf(hostsLacking);
        hostsUnknown = List.copyOf(hostsUnknown);
    }
}
