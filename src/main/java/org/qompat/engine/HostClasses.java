package org.qompat.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qompat.engine.compat.PlatformRequirements;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.VfioDeviceModel;

/**
 * What makes two hosts equivalent for migration: the same QEMU build, the same values of the platform features the
 * rules look at, the same CPU (vendor, model and flags), the same firmware file sizes and the same VFIO device
 * models. Every rule gives the same answer for equivalent hosts, so the fleet analysis computes once per class.
 */
public final class HostClasses {

    private HostClasses() {
    }

    /** A readable key: equal keys ⇔ equivalent hosts. Long parts (flags, firmware) appear as 64-bit digests. */
    public static String key(Host h) {
        return new Keys().key(h);
    }

    /**
     * Keys for many hosts. Hosts of a fleet share their build, CPU description, firmware map and VFIO list objects,
     * and sorting and digesting thousands of CPU flags per host was most of a 10,000-host analysis: each part is
     * computed once per distinct object (by identity) and reused. Not thread-safe; one per analysis.
     */
    static final class Keys {
        private final Map<Object, String> builds = new IdentityHashMap<>();
        private final Map<Object, String> cpus = new IdentityHashMap<>();
        private final Map<Object, String> firmware = new IdentityHashMap<>();
        private final Map<Object, String> vfio = new IdentityHashMap<>();

        String key(Host h) {
            StringBuilder sb = new StringBuilder();
            sb.append(h.build() == null ? "no build" : builds.computeIfAbsent(h.build(),
                    b -> h.build().version() + " #" + buildKey(h.build())));
            TreeMap<String, String> feats = new TreeMap<>();
            for (String name : PlatformRequirements.featureNames()) {
                PlatformFeature f = h.features().get(name);
                if (f != null) feats.put(name, f.available() == null ? "?" : f.available() ? "yes" : "no");
            }
            sb.append(" | ").append(feats.isEmpty() ? "no platform features" : feats.toString());
            if (h.cpu() == null) {
                sb.append(" | cpu ?");
            } else {
                sb.append(" | ").append(cpus.computeIfAbsent(h.cpu(), c -> h.cpu().vendor() + " "
                        + h.cpu().modelName() + " flags#" + digest(String.join(" ", new TreeSet<>(h.cpu().flags())))));
            }
            sb.append(" | fw#").append(h.firmware().isEmpty() ? "none"
                    : firmware.computeIfAbsent(h.firmware(), m -> firmwareDigest(h)));
            if (!h.vfioModels().isEmpty()) {
                sb.append(" | vfio#").append(vfio.computeIfAbsent(h.vfioModels(), l -> vfioDigest(h)));
            }
            return sb.toString();
        }
    }

    private static String firmwareDigest(Host h) {
        StringBuilder fw = new StringBuilder();
        for (Map.Entry<String, FirmwareFile> e : new TreeMap<>(h.firmware()).entrySet()) {
            fw.append(e.getKey()).append('=').append(e.getValue().size()).append(';');
        }
        return digest(fw.toString());
    }

    private static String vfioDigest(Host h) {
        StringBuilder v = new StringBuilder();
        for (VfioDeviceModel m : h.vfioModels()) v.append(m.model()).append(new TreeMap<>(m.allowedParams()));
        return digest(v.toString());
    }

    /**
     * The whole build id: content ids read {@code qemu-<version>-<hash>}, so a cut to a fixed length would keep
     * only the version and lump different builds of one version (say a distribution's and a vendor's 10.0.2)
     * into one class, whose representative's build would then answer for both.
     */
    private static String buildKey(org.qompat.model.QemuBuild b) {
        String id = b.id();
        if (id == null) return "?";
        String prefix = "qemu-" + b.version() + "-";
        return id.startsWith(prefix) && id.length() > prefix.length() ? id.substring(prefix.length()) : id;
    }

    /** FNV-1a 64: stable across runs and JVMs, unlike String.hashCode collisions at 32 bits. */
    static String digest(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h);
    }
}
