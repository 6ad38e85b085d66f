package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders x86 {@code -cpu} models from most to least capable, for choosing "the best model runnable everywhere".
 * QEMU does not rank its models, so the order is the CPU generations as QEMU names them (target/i386/cpu.c),
 * oldest first; within a generation a higher {@code -vN} is newer. {@code host}, {@code max} and {@code base}
 * are never candidates: they are not migration-safe.
 */
public final class CpuModelRanking {

    /** Oldest first. Intel and AMD lines are interleaved by rough capability; vendors never mix on one host. */
    private static final List<String> GENERATIONS = List.of(
            "qemu32", "kvm32", "486", "pentium", "pentium2", "pentium3", "athlon", "n270", "coreduo", "core2duo",
            "phenom", "qemu64", "kvm64", "Conroe", "Opteron_G1", "Penryn", "Opteron_G2", "Nehalem", "Opteron_G3",
            "Westmere", "Opteron_G4", "SandyBridge", "Opteron_G5", "IvyBridge", "Haswell", "Broadwell",
            "Skylake-Client", "Skylake-Server", "Dhyana", "EPYC", "Cascadelake-Server", "Cooperlake", "Denverton",
            "Snowridge", "Icelake-Server", "EPYC-Rome", "EPYC-Milan", "SapphireRapids", "EPYC-Genoa",
            "SierraForest", "GraniteRapids", "ClearwaterForest", "EPYC-Turin");

    private static final List<String> NOT_MIGRATION_SAFE = List.of("host", "max", "base");
    private static final Pattern VERSIONED = Pattern.compile("(.+)-v(\\d+)");

    private CpuModelRanking() {
    }

    /** Candidates best first; unknown names after known ones (alphabetically), never host/max/base. */
    public static List<String> bestFirst(Collection<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) if (!NOT_MIGRATION_SAFE.contains(n)) out.add(n);
        out.sort(Comparator.comparingInt(CpuModelRanking::score).reversed().thenComparing(Comparator.naturalOrder()));
        return out;
    }

    /** Higher is better; -1 for models the table does not know. */
    static int score(String name) {
        String base = name;
        int version = 0;
        Matcher m = VERSIONED.matcher(name);
        if (m.matches()) {
            base = m.group(1);
            version = Integer.parseInt(m.group(2));
        }
        // -noTSX, -IBRS and similar variants rank with their generation, just below the plain versioned name
        int variantPenalty = 0;
        for (String suffix : List.of("-noTSX-IBRS", "-noTSX", "-IBRS", "-IBPB")) {
            if (base.endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
                variantPenalty = 1;
                break;
            }
        }
        int gen = GENERATIONS.indexOf(base);
        if (gen < 0) return -1;
        return gen * 1000 + version * 10 + (variantPenalty == 0 ? 5 : 0) + (m.matches() ? 1 : 0);
    }
}
