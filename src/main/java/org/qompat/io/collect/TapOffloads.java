package org.qompat.io.collect;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;

/**
 * Derives the tap offloads a host kernel offers from its release. QEMU probes them at device realize with
 * TUNSETOFFLOAD and silently masks virtio-net features the tap cannot back, so the kernel decides what a VM may
 * negotiate. Each feature records how it was derived: these are facts from the kernel's history, not a probe.
 */
public final class TapOffloads {

    private TapOffloads() {
    }

    public static Map<String, PlatformFeature> derive(String kernelRelease, String source) {
        Map<String, PlatformFeature> out = new LinkedHashMap<>();
        KernelRelease k = KernelRelease.parse(kernelRelease);
        out.put(PlatformFeature.TAP_USO, uso(k, kernelRelease, source));
        out.put(PlatformFeature.TAP_UDP_TUNNEL_GSO, tunnel(k, kernelRelease, source));
        return out;
    }

    private static PlatformFeature uso(KernelRelease k, String text, String source) {
        String name = PlatformFeature.TAP_USO;
        if (k == null) {
            return new PlatformFeature(name, null, "unknown: kernel release '" + text + "' is not a Linux version",
                    Provenance.derived(source, "kernel-release"));
        }
        boolean has = k.atLeast(6, 2);
        String how = "kernel " + k.text() + (has ? " >= 6.2" : " < 6.2")
                + ": tun/tap TUN_F_USO4/TUN_F_USO6 arrived in Linux 6.2 (QEMU's tap_probe_has_uso)";
        return new PlatformFeature(name, has, how, Provenance.derived(source, "derived from kernel-release"));
    }

    /**
     * The kernel release that added TUN_F_UDP_TUNNEL_GSO is not verified (a 2025 addition), so only kernels
     * clearly older than 2025's are known to lack it; anything newer stays unknown rather than guessed.
     */
    private static PlatformFeature tunnel(KernelRelease k, String text, String source) {
        String name = PlatformFeature.TAP_UDP_TUNNEL_GSO;
        if (k != null && !k.atLeast(6, 13)) {
            return new PlatformFeature(name, false, "kernel " + k.text() + " predates 2025; tun/tap "
                    + "TUN_F_UDP_TUNNEL_GSO is a 2025 kernel addition", Provenance.derived(source,
                    "derived from kernel-release"));
        }
        return new PlatformFeature(name, null, "unknown: the kernel release that added tun/tap "
                + "TUN_F_UDP_TUNNEL_GSO is unverified (kernel " + text + ")",
                Provenance.derived(source, "derived from kernel-release"));
    }
}
