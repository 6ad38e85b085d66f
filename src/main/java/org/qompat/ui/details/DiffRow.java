package org.qompat.ui.details;

import java.util.Objects;

/** One compared fact of two hosts or builds: the section it belongs to, what it is, and the two values. */
public record DiffRow(String section, String item, String a, String b) {

    public boolean differs() {
        return !Objects.equals(a, b);
    }
}
