package org.qompat.engine.investigate;

import java.util.Locale;
import java.util.Set;

/**
 * One property of one aligned node: the value and its origin on each side; a side's value is null when the
 * property does not exist there. Booleans compare by meaning (on = true = yes); {@code comparableRight} is the
 * right value with renumbered QOM paths translated to the left tree's names; run-time state ({@code volatile})
 * never counts as a difference.
 */
public record QomAlignedProperty(String name, String leftValue, String rightValue, String leftOrigin,
                                 String rightOrigin, boolean leftPresent, boolean rightPresent,
                                 String comparableRight, boolean runtimeState) {

    private static final Set<String> TRUE = Set.of("on", "true", "yes");
    private static final Set<String> FALSE = Set.of("off", "false", "no");

    public boolean differs() {
        if (leftPresent != rightPresent) return true;
        return !runtimeState && !sameValue(leftValue, comparableRight);
    }

    public boolean onlyLeft() {
        return leftPresent && !rightPresent;
    }

    public boolean onlyRight() {
        return rightPresent && !leftPresent;
    }

    static boolean sameValue(String a, String b) {
        if (a == null || b == null) return a == b;
        return normalize(a).equals(normalize(b));
    }

    static String normalize(String v) {
        String l = v.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(l)) return "true";
        if (FALSE.contains(l)) return "false";
        return v.strip();
    }
}
