package org.qompat.engine.plan;

/** Reads QOM property values as QEMU's own parsers do for the on/off family of spellings. */
final class PropertyValues {

    private PropertyValues() {
    }

    /** true/false for the boolean spellings QEMU accepts, null otherwise (absent, numeric, text). */
    static Boolean asBoolean(String value) {
        if (value == null) return null;
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes", "y" -> Boolean.TRUE;
            case "false", "off", "no", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The spelling to put into the QOM tree model (booleans as true/false, the model's convention). */
    static String modelSpelling(String value) {
        Boolean b = asBoolean(value);
        return b == null ? value : b.toString();
    }

    /** The spelling for a QEMU command line (-global, -device): on/off for booleans. */
    static String qemuSpelling(String value) {
        Boolean b = asBoolean(value);
        return b == null ? value : b ? "on" : "off";
    }
}
