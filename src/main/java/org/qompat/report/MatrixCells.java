package org.qompat.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.qompat.model.Host;

/**
 * The host × host matrix as the exports draw it: rows are sources, columns destinations, hosts ordered by their
 * class (so equivalent hosts sit together and draw as blocks), and one {@link CellSummary} per class pair for
 * the selected VMs. Computing it costs VMs × classes², independent of the number of hosts.
 */
public final class MatrixCells {

    private final VerdictSource source;
    private final BitSet vms;
    private final int[] hostAt;
    private final int[] classAt;
    private final int classCount;
    private final CellSummary[] byClassPair;

    private MatrixCells(VerdictSource source, BitSet vms) {
        this.source = source;
        this.vms = vms;
        this.classCount = source.classes().size();
        int n = source.hosts().size();
        hostAt = new int[n];
        classAt = new int[n];
        int pos = 0;
        for (int c = 0; c < classCount; c++) {
            for (int h = 0; h < n; h++) {
                if (source.classOf(h) == c) {
                    hostAt[pos] = h;
                    classAt[pos++] = c;
                }
            }
        }
        byClassPair = new CellSummary[classCount * classCount];
        for (int a = 0; a < classCount; a++) {
            for (int b = 0; b < classCount; b++) {
                CellSummary s = CellSummary.NONE;
                for (int v = vms.nextSetBit(0); v >= 0; v = vms.nextSetBit(v + 1)) {
                    s = s.plus(source.classVerdict(v, a, b).status());
                }
                byClassPair[a * classCount + b] = s;
            }
        }
    }

    /** The matrix for the VMs in {@code selectedVms}; an empty selection means every VM. */
    public static MatrixCells of(VerdictSource source, BitSet selectedVms) {
        BitSet vms = (BitSet) selectedVms.clone();
        if (vms.isEmpty()) vms.set(0, source.vms().size());
        return new MatrixCells(source, vms);
    }

    public static MatrixCells of(VerdictSource source, Collection<String> vmNames) {
        return of(source, select(source, vmNames));
    }

    /** The VM indexes named; throws with the known names when one is not in the analysis. */
    public static BitSet select(VerdictSource source, Collection<String> vmNames) {
        BitSet set = new BitSet();
        List<String> known = new ArrayList<>();
        source.vms().forEach(v -> known.add(v.name()));
        for (String name : vmNames) {
            int i = known.indexOf(name);
            if (i < 0) throw new IllegalArgumentException("no VM named '" + name + "'; the fleet has " + known);
            set.set(i);
        }
        return set;
    }

    public VerdictSource source() {
        return source;
    }

    /** Number of hosts, i.e. rows and columns. */
    public int size() {
        return hostAt.length;
    }

    public BitSet selectedVms() {
        return (BitSet) vms.clone();
    }

    /** True when one VM is selected: cells show its verdict rather than a share. */
    public boolean singleVm() {
        return vms.cardinality() == 1;
    }

    /** "vm-a" for one VM, "all 12 VMs" or "3 of 12 VMs" otherwise. */
    public String selectionLabel() {
        int n = vms.cardinality();
        int all = source.vms().size();
        if (n == 1) return source.vms().get(vms.nextSetBit(0)).name();
        return n == all ? "all " + all + " VMs" : n + " of " + all + " VMs";
    }

    public Host host(int position) {
        return source.hosts().get(hostAt[position]);
    }

    public int hostIndex(int position) {
        return hostAt[position];
    }

    public int classAt(int position) {
        return classAt[position];
    }

    public int classCount() {
        return classCount;
    }

    public CellSummary cell(int fromPosition, int toPosition) {
        return classCell(classAt[fromPosition], classAt[toPosition]);
    }

    public CellSummary classCell(int fromClass, int toClass) {
        return byClassPair[fromClass * classCount + toClass];
    }

    /** The colour of a cell, the diagonal (a host to itself) a shade darker, as in the GUI. */
    public int argb(int fromPosition, int toPosition) {
        int c = cell(fromPosition, toPosition).argb();
        return fromPosition == toPosition ? VerdictPalette.diagonal(c) : c;
    }
}
