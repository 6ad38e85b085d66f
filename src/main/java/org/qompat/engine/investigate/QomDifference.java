package org.qompat.engine.investigate;

/** One difference between two QOM trees, for lists and JSON: what differs, where, and the two sides. */
public record QomDifference(Kind kind, String path, String property, String left, String right, String leftOrigin,
                            String rightOrigin) {

    public enum Kind {
        NODE_ONLY_LEFT("node only on the left"),
        NODE_ONLY_RIGHT("node only on the right"),
        TYPE_DIFFERS("type differs"),
        PROPERTY_ONLY_LEFT("property only on the left"),
        PROPERTY_ONLY_RIGHT("property only on the right"),
        VALUE_DIFFERS("value differs");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
