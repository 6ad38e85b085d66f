package org.qompat.io.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.CpuInfo;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;

/**
 * Reads what the host itself says: kernel release, /proc/cpuinfo, and whether /dev/kvm and /dev/vhost-net are
 * usable. {@code root} is "/" on a real host and a prepared directory in tests. Only reads.
 */
public final class HostPlatformProbe {

    private final Path root;

    public HostPlatformProbe(Path root) {
        this.root = root;
    }

    public static HostPlatformProbe local() {
        return new HostPlatformProbe(Path.of("/"));
    }

    /** {@code /proc/sys/kernel/osrelease}, or the JVM's os.version when /proc is not there. */
    public String kernelRelease() {
        Path f = root.resolve("proc/sys/kernel/osrelease");
        try {
            if (Files.isReadable(f)) return Files.readString(f, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            // fall through to the JVM's idea
        }
        return root.equals(Path.of("/")) ? System.getProperty("os.version") : null;
    }

    /** Vendor, model name and flags of the first processor in /proc/cpuinfo (x86 spelling). */
    public CpuInfo cpu() throws IOException {
        Path f = root.resolve("proc/cpuinfo");
        if (!Files.isReadable(f)) return new CpuInfo("unknown", "unknown", Set.of());
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        Map<String, String> first = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!first.isEmpty()) break;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) first.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        Set<String> flags = new LinkedHashSet<>();
        for (String flag : first.getOrDefault("flags", "").split("\\s+")) {
            if (!flag.isEmpty()) flags.add(flag);
        }
        return new CpuInfo(first.getOrDefault("vendor_id", "unknown"), first.getOrDefault("model name", "unknown"),
                flags);
    }

    /** True when the device node exists and this user may open it read-write, as QEMU needs. */
    public boolean deviceUsable(String node) {
        Path p = root.resolve("dev").resolve(node);
        return Files.exists(p) && Files.isReadable(p) && Files.isWritable(p);
    }

    /** KVM, vhost-net and the tap offloads derived from the kernel release, each saying how it was derived. */
    public Map<String, PlatformFeature> features(String source) {
        Map<String, PlatformFeature> out = new LinkedHashMap<>();
        out.put(PlatformFeature.KVM, node(PlatformFeature.KVM, "kvm", source));
        out.put(PlatformFeature.VHOST_NET, node(PlatformFeature.VHOST_NET, "vhost-net", source));
        out.putAll(TapOffloads.derive(kernelRelease(), source));
        return out;
    }

    private PlatformFeature node(String name, String dev, String source) {
        Path p = root.resolve("dev").resolve(dev);
        boolean usable = deviceUsable(dev);
        String how = usable ? "/dev/" + dev + " exists and is read-write for the collecting user"
                : Files.exists(p) ? "/dev/" + dev + " exists but is not read-write for the collecting user"
                : "/dev/" + dev + " does not exist";
        return new PlatformFeature(name, usable, how, Provenance.derived(source, "/dev/" + dev));
    }
}
