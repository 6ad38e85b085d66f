package org.qompat.engine;

import java.util.Locale;

/**
 * How Qompat compares property values that come from different sources: QMP answers booleans as JSON
 * {@code true}, compat tables write {@code on}/{@code off}, the qom-tree script prints {@code True}. All of
 * on/true/yes compare equal, as do off/false/no; hexadecimal integers compare equal to their decimal value.
 */
public final class PropertyValues {

    private PropertyValues() {
    }

    /** The canonical form used for comparison; null stays null (no value). */
    public static String normalize(String value) {
        if (value == null) return null;
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        switch (v.toLowerCase(Locale.ROOT)) {
            case "on": case "true": case "yes":
                return "true";
            case "off": case "false": case "no":
                return "false";
            default:
                break;
        }
        if (v.length() > 2 && (v.startsWith("0x") || v.startsWith("0X"))) {
            try {
                return Long.toUnsignedString(Long.parseUnsignedLong(v.substring(2), 16));
            } catch (NumberFormatException notHex) {
                return v;
            }
        }
        return v;
    }

    public static boolean sameValue(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        return na == null ? nb == null : na.equals(nb);
    }

    /** True for values that mean "on" (on, true, yes). */
    public static boolean isOn(String value) {
        return "true".equals(normalize(value));
    }

    /** True for values that mean "off" (off, false, no). */
    public static boolean isOff(String value) {
        return "false".equals(normalize(value));
    }

    /** True when the value reads as a boolean at all. */
    public static boolean isBoolean(String value) {
        return isOn(value) || isOff(value);
    }
}
