package org.qompat.ui.common;

import java.util.List;

/**
 * A matrix cell: migrations from the source hosts to the destination hosts. A cell of expanded hosts holds one
 * host on each side; a collapsed equivalence class holds all its (included) members, which share one verdict,
 * so {@code fromHost}/{@code toHost} (the first member) stand for the whole side.
 */
public record CellSelection(List<String> fromHosts, List<String> toHosts, String fromLabel, String toLabel) {

    public CellSelection {
        fromHosts = List.copyOf(fromHosts);
        toHosts = List.copyOf(toHosts);
        if (fromHosts.isEmpty() || toHosts.isEmpty()) throw new IllegalArgumentException("a cell needs hosts on both sides");
    }

    public static CellSelection ofHosts(String from, String to) {
        return new CellSelection(List.of(from), List.of(to), from, to);
    }

    public String fromHost() {
        return fromHosts.get(0);
    }

    public String toHost() {
        return toHosts.get(0);
    }

    public boolean isDiagonal() {
        return fromHosts.equals(toHosts);
    }

    /** "hv-a01 → hv-b07" for headers and the status bar. */
    public String title() {
        return fromLabel + " → " + toLabel;
    }
}
