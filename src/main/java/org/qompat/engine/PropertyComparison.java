package org.qompat.engine;

/**
 * One property of one device instance on the source and on the destination build, for side-by-side views.
 * Either side is null when the property does not exist there.
 */
public record PropertyComparison(String path, String type, String property, EffectiveValue source,
                                 EffectiveValue destination) {

    /** True when the two effective values differ (on/true/yes compare equal) or only one side has it. */
    public boolean differs() {
        if (source == null || destination == null) return source != destination;
        return !PropertyValues.sameValue(source.value(), destination.value());
    }
}
