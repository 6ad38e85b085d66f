package org.qompat.report;

import org.qompat.engine.VerdictStatus;

/**
 * How the selected VMs fare in one matrix cell (one source → destination class pair): how many are OK, WARN,
 * UNKNOWN and BLOCKED. With a single VM selected exactly one count is 1 and the cell shows that VM's verdict.
 */
public record CellSummary(int ok, int warn, int unknown, int blocked) {

    public static final CellSummary NONE = new CellSummary(0, 0, 0, 0);

    public CellSummary plus(VerdictStatus s) {
        return switch (s) {
            case OK -> new CellSummary(ok + 1, warn, unknown, blocked);
            case WARN -> new CellSummary(ok, warn + 1, unknown, blocked);
            case UNKNOWN -> new CellSummary(ok, warn, unknown + 1, blocked);
            case BLOCKED -> new CellSummary(ok, warn, unknown, blocked + 1);
        };
    }

    public int total() {
        return ok + warn + unknown + blocked;
    }

    /** VMs that can move (OK or WARN), as the GUI's fleet mode counts them. */
    public int movable() {
        return ok + warn;
    }

    /** The worst verdict in the cell; OK for an empty cell. */
    public VerdictStatus worst() {
        if (blocked > 0) return VerdictStatus.BLOCKED;
        if (unknown > 0) return VerdictStatus.UNKNOWN;
        if (warn > 0) return VerdictStatus.WARN;
        return VerdictStatus.OK;
    }

    /**
     * The cell colour. A single VM shows its verdict colour; several show the share that can move on the
     * {@link VerdictPalette#share} scale, except that a cell where nothing is decided (none movable, none blocked,
     * some unknown) is grey: missing data must not look like a proven blocker.
     */
    public int argb() {
        int n = total();
        if (n == 0) return VerdictPalette.EMPTY;
        if (n == 1) return VerdictPalette.argb(worst());
        if (movable() == 0 && blocked == 0) return VerdictPalette.UNKNOWN;
        return VerdictPalette.share(movable() / (double) n);
    }

    /** The short text on a cell: the verdict glyph for one VM, "movable/total" for several. */
    public String glyph() {
        int n = total();
        if (n == 0) return "";
        if (n == 1) return VerdictPalette.glyph(worst());
        return movable() + "/" + n;
    }

    /** A sentence for tooltips and SVG titles. */
    public String describe() {
        int n = total();
        if (n == 0) return "no VM selected";
        if (n == 1) return VerdictPalette.label(worst());
        StringBuilder sb = new StringBuilder().append(movable()).append(" of ").append(n).append(" VMs can move");
        if (warn > 0) sb.append(" (").append(warn).append(" with warnings)");
        if (blocked > 0) sb.append(", ").append(blocked).append(" blocked");
        if (unknown > 0) sb.append(", ").append(unknown).append(" unknown");
        return sb.toString();
    }
}
