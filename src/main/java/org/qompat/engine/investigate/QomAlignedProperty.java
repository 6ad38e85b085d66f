package org.qompat.engine.investigate;

import org.qompat.engine.PropertyValues;

/**
 * One property of one aligned node: the value and its origin on each side; a side's value is null when the
 * property does not exist there. Values compare as the engine compares them ({@link PropertyValues#sameValue}: on = true = yes, 0x10 = 16); {@code comparableRight} is the
 * right value with renumbered QOM paths translated to the left tree's names; run-time state ({@code volatile})
 * never counts as a difference.
 */
public record QomAlignedProperty(String name, String leftValue, String rightValue, String leftOrigin,
                                 String rightOrigin, boolean leftPresent, boolean rightPresent,
                                 String comparableRight, boolean runtimeState) {

    public boolean differs() {
        if (leftPresent != rightPresent) return true;
        return !runtimeState && !PropertyValues.sameValue(leftValue, comparableRight);
    }

    public boolean onlyLeft() {
        return leftPresent && !rightPresent;
    }

    public boolean onlyRight() {
        return rightPresent && !leftPresent;
    }

}
