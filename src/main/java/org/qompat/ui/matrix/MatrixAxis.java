package org.qompat.ui.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The order of rows (= columns; the matrix is square) on screen: equivalence classes in order, each either
 * collapsed into one entry or expanded into its included member hosts. Classes with no included host are left
 * out. Immutable; rebuilt when the inclusion or the expansion changes.
 */
public final class MatrixAxis {

    /** A class's run of entries: {@code start} .. {@code start + length - 1}. */
    public record Group(int classIndex, int start, int length, boolean expanded, int memberCount) {
        public int end() {
            return start + length;
        }
    }

    private final int[] classAt;
    private final int[] hostAt;
    private final int[] groupAt;
    private final List<Group> groups;
    private final int[] indexOfHost;
    private final int[][] members;

    private MatrixAxis(int[] classAt, int[] hostAt, int[] groupAt, List<Group> groups, int[] indexOfHost,
                       int[][] members) {
        this.classAt = classAt;
        this.hostAt = hostAt;
        this.groupAt = groupAt;
        this.groups = List.copyOf(groups);
        this.indexOfHost = indexOfHost;
        this.members = members;
    }

    public static MatrixAxis build(MatrixSource source, BitSet includedHosts, Set<Integer> expandedClasses) {
        int classCount = source.classCount();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classCount; c++) byClass.add(new ArrayList<>());
        for (int h = includedHosts.nextSetBit(0); h >= 0 && h < source.hostCount(); h = includedHosts.nextSetBit(h + 1)) {
            byClass.get(source.classOf(h)).add(h);
        }
        int size = 0;
        for (int c = 0; c < classCount; c++) {
            int n = byClass.get(c).size();
            if (n > 0) size += expandedClasses.contains(c) ? n : 1;
        }
        int[] classAt = new int[size];
        int[] hostAt = new int[size];
        int[] groupAt = new int[size];
        int[] indexOfHost = new int[source.hostCount()];
        Arrays.fill(indexOfHost, -1);
        int[][] members = new int[classCount][];
        List<Group> groups = new ArrayList<>();
        int i = 0;
        for (int c = 0; c < classCount; c++) {
            List<Integer> hs = byClass.get(c);
            members[c] = hs.stream().mapToInt(Integer::intValue).toArray();
            if (hs.isEmpty()) continue;
            boolean expanded = expandedClasses.contains(c);
            int start = i;
            if (expanded) {
                for (int h : hs) {
                    classAt[i] = c;
                    hostAt[i] = h;
                    groupAt[i] = groups.size();
                    indexOfHost[h] = i++;
                }
            } else {
                classAt[i] = c;
                hostAt[i] = -1;
                groupAt[i] = groups.size();
                for (int h : hs) indexOfHost[h] = i;
                i++;
            }
            groups.add(new Group(c, start, i - start, expanded, hs.size()));
        }
        return new MatrixAxis(classAt, hostAt, groupAt, groups, indexOfHost, members);
    }

    public int size() {
        return classAt.length;
    }

    public int classAt(int index) {
        return classAt[index];
    }

    /** The host of an expanded entry, or -1 for a collapsed class. */
    public int hostAt(int index) {
        return hostAt[index];
    }

    public boolean isClassEntry(int index) {
        return hostAt[index] < 0;
    }

    public Group groupAt(int index) {
        return groups.get(groupAt[index]);
    }

    public List<Group> groups() {
        return groups;
    }

    /** Where a host sits: its own entry, or its class's entry when the class is collapsed; -1 if left out. */
    public int indexOfHost(int host) {
        return host >= 0 && host < indexOfHost.length ? indexOfHost[host] : -1;
    }

    /** The included hosts an entry stands for: one host, or every included member of a collapsed class. */
    public int[] hostsAt(int index) {
        return hostAt[index] >= 0 ? new int[] {hostAt[index]} : members[classAt[index]].clone();
    }

    /** How many included hosts an entry stands for. */
    public int weightAt(int index) {
        return hostAt[index] >= 0 ? 1 : members[classAt[index]].length;
    }

    /** How many included hosts class {@code cls} has. */
    public int includedMembers(int cls) {
        return members[cls].length;
    }

    public String label(MatrixSource source, int index) {
        if (hostAt[index] >= 0) return source.hostName(hostAt[index]);
        return "C" + (classAt[index] + 1) + " · " + members[classAt[index]].length + " hosts";
    }
}
