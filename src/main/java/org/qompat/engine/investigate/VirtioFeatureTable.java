package org.qompat.engine.investigate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The virtio-net and transport feature bits ({@code virtio-feature-bits.txt}) and what each needs from the host
 * ({@code platform-requirements.txt}). Decodes the two masks of QEMU's feature-mismatch message, 64 or 128 bits.
 */
public final class VirtioFeatureTable {

    private static final String BITS = "virtio-feature-bits.txt";
    private static final String REQUIREMENTS = "platform-requirements.txt";
    private static volatile VirtioFeatureTable standard;

    private final Map<Integer, FeatureBit> bits;
    private final Map<String, PlatformRequirement> requirements;

    private VirtioFeatureTable(Map<Integer, FeatureBit> bits, Map<String, PlatformRequirement> requirements) {
        this.bits = bits;
        this.requirements = requirements;
    }

    /** The table shipped in the jar, loaded once. */
    public static VirtioFeatureTable standard() {
        VirtioFeatureTable t = standard;
        if (t == null) {
            synchronized (VirtioFeatureTable.class) {
                if (standard == null) standard = load();
                t = standard;
            }
        }
        return t;
    }

    static VirtioFeatureTable load() {
        Map<String, PlatformRequirement> reqs = new LinkedHashMap<>();
        for (DataTable.Row r : DataTable.rows(REQUIREMENTS)) {
            String[] c = r.cells(3, REQUIREMENTS);
            reqs.put(c[0], new PlatformRequirement(c[0], c[1], c[2]));
        }
        Map<Integer, FeatureBit> bits = new LinkedHashMap<>();
        for (DataTable.Row r : DataTable.rows(BITS)) {
            String[] c = r.cells(7, BITS);
            int bit = Integer.parseInt(c[0]);
            PlatformRequirement req = null;
            if (!"-".equals(c[5])) {
                req = reqs.get(c[5]);
                if (req == null) throw new IllegalStateException(BITS + ":" + r.line() + ": unknown requirement " + c[5]);
            }
            if (bits.put(bit, new FeatureBit(bit, c[1], c[2], DataTable.dash(c[3]), DataTable.dash(c[4]), req, c[6]))
                    != null) {
                throw new IllegalStateException(BITS + ":" + r.line() + ": bit " + bit + " listed twice");
            }
        }
        return new VirtioFeatureTable(Map.copyOf(bits), Map.copyOf(reqs));
    }

    public FeatureBit bit(int n) {
        FeatureBit b = bits.get(n);
        return b == null ? FeatureBit.unknown(n) : b;
    }

    public Optional<PlatformRequirement> requirement(String id) {
        return Optional.ofNullable(requirements.get(id));
    }

    /** The bits the guest uses that the destination does not allow: {@code features & ~allowed}, low bit first. */
    public List<FeatureBit> refused(BigInteger features, BigInteger allowed) {
        BigInteger refused = features.andNot(allowed);
        List<FeatureBit> out = new ArrayList<>();
        for (int i = refused.getLowestSetBit(); i >= 0 && i < refused.bitLength(); i++) {
            if (refused.testBit(i)) out.add(bit(i));
        }
        return out;
    }

    /** Parses QEMU's hex mask: unpadded (≤ 10.1) or 32 zero-padded digits, high word first (10.2). */
    public static BigInteger parseMask(String hex) {
        String h = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        return new BigInteger(h, 16);
    }
}
