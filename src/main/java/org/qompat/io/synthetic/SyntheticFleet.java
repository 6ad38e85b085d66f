package org.qompat.io.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qompat.io.QompatWriter;
import org.qompat.io.collect.TapOffloads;
import org.qompat.io.json.FleetManifest;
import org.qompat.model.CpuInfo;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * A large fleet of realistic shape for benchmarks: N hosts in K classes (a class = one QEMU build, one kernel,
 * one CPU), M VMs, all derived from real collected material (the builds and VM QOM trees of the demo fleet), and
 * fully determined by a seed. Class sizes are skewed like real fleets (a few big classes, a tail of small ones).
 * Hosts share their build instances in memory and their build files on disk.
 */
public final class SyntheticFleet {

    /** Kernels of the synthetic hosts: before and after tap USO (6.2). */
    static final List<String> KERNELS = List.of("6.1.0-28-amd64", "6.8.0-51-generic", "6.12.38+deb13-amd64",
            "5.15.0-127-generic");

    public record Spec(int hosts, int classes, int vms, long seed) {
        public Spec {
            if (hosts < 1 || classes < 1 || classes > hosts || vms < 0) {
                throw new IllegalArgumentException("need hosts >= classes >= 1 and vms >= 0: " + this);
            }
        }
    }

    private record HostClass(QemuBuild build, String kernel, CpuInfo cpu, String cluster) {
    }

    private SyntheticFleet() {
    }

    /** The fleet in memory; {@code builds} and {@code vmTemplates} come from real collections. */
    public static Fleet generate(Spec spec, List<QemuBuild> builds, List<Vm> vmTemplates) {
        if (builds.isEmpty()) throw new IllegalArgumentException("at least one build is needed");
        Random rnd = new Random(spec.seed());
        List<HostClass> classes = classes(spec, builds);
        List<Host> hosts = new ArrayList<>(spec.hosts());
        int[] perRack = new int[spec.classes()];
        for (int i = 0; i < spec.hosts(); i++) {
            // the first K hosts seed every class once; the rest fall on classes with a skew towards low indices
            int k = i < spec.classes() ? i : (int) (spec.classes() * Math.pow(rnd.nextDouble(), 2.0));
            HostClass c = classes.get(k);
            int rack = perRack[k]++ / 16;
            String name = String.format("%s-k%02d-r%02d-n%05d", c.cluster(), k, rack, i);
            hosts.add(host(name, c, "r" + k + "-" + rack));
        }
        List<Vm> vms = new ArrayList<>(spec.vms());
        for (int j = 0; j < spec.vms() && !vmTemplates.isEmpty(); j++) {
            Vm t = vmTemplates.get(rnd.nextInt(vmTemplates.size()));
            String host = hosts.get(rnd.nextInt(hosts.size())).name();
            vms.add(new Vm(String.format("%s-%05d", t.name(), j), t.machineType(), t.machineArg(),
                    t.commandLineKnown(), t.cpuModel(), t.root(), host, t.commandLine(), t.ramBlocks(), t.vfio(),
                    Provenance.derived("synthetic seed " + spec.seed(), "copy of " + t.name())));
        }
        Map<QemuBuild, Boolean> seen = new IdentityHashMap<>(); // record hashCode would walk whole builds
        List<QemuBuild> used = classes.stream().map(HostClass::build).filter(b -> seen.put(b, true) == null).toList();
        return new Fleet(hosts, vms, used, List.of());
    }

    private static List<HostClass> classes(Spec spec, List<QemuBuild> builds) {
        List<CpuInfo> cpus = CpuProfiles.all();
        List<HostClass> out = new ArrayList<>();
        for (int k = 0; k < spec.classes(); k++) {
            QemuBuild b = builds.get(k % builds.size());
            String kernel = KERNELS.get((k / builds.size()) % KERNELS.size());
            CpuInfo cpu = cpus.get((k / (builds.size() * KERNELS.size())) % cpus.size());
            out.add(new HostClass(b, kernel, cpu, "c" + (k % 5)));
        }
        return out;
    }

    private static Host host(String name, HostClass c, String rack) {
        Map<String, PlatformFeature> features = new LinkedHashMap<>(TapOffloads.derive(c.kernel(), "synthetic"));
        features.put(PlatformFeature.KVM, new PlatformFeature(PlatformFeature.KVM, true, "synthetic host",
                Provenance.derived("synthetic", "")));
        Map<String, String> labels = Map.of("cluster", c.cluster(), "rack", rack);
        return new Host(name, labels, c.kernel(), c.cpu(), features, Map.of(), List.of(), c.build(),
                Provenance.derived("synthetic", "class of " + c.build().id()));
    }

    /**
     * Writes the fleet as files: one gzipped build file per distinct build, a host file per host referencing it,
     * a VM file per VM, and a qompat.fleet/1 manifest. Returns the manifest's path.
     */
    public static Path write(Fleet fleet, Path dir) throws IOException {
        QompatWriter w = QompatWriter.unguarded();
        Files.createDirectories(dir);
        Map<QemuBuild, Path> buildFiles = new IdentityHashMap<>();
        int n = 0;
        for (Host h : fleet.hosts()) {
            Path bf = buildFiles.get(h.build());
            if (bf == null) {
                bf = dir.resolve("builds/build-" + (n++) + "-" + h.build().version() + ".json.gz");
                w.writeBuild(h.build(), bf);
                buildFiles.put(h.build(), bf);
            }
            w.writeHost(h, dir.resolve("hosts/" + h.name() + ".json"), bf);
        }
        Map<String, String> runsOn = new LinkedHashMap<>();
        for (Vm vm : fleet.vms()) {
            w.writeVm(vm, dir.resolve("vms/" + vm.name() + ".json"));
            if (vm.host() != null) runsOn.put(vm.name(), vm.host());
        }
        Path manifest = dir.resolve("fleet.json");
        w.writeFleet(new FleetManifest(List.of("hosts/*.json"), List.of("vms/*.json"), Map.of(), runsOn,
                Provenance.UNKNOWN), manifest);
        return manifest;
    }
}
