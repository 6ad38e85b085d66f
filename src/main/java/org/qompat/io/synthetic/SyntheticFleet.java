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
    static final List<String> KERNELS = List.of("6.1.0-28-amd64", "6.8.0-51-generic", "5.15.0-127-generic",
            "6.12.38+deb13-amd64");

    public record Spec(int hosts, int classes, int vms, long seed) {
        public Spec {
            if (hosts < 1 || classes < 1 || classes > hosts || vms < 0) {
                throw new IllegalArgumentException("need hosts >= classes >= 1 and vms >= 0: " + this);
            }
        }
    }

    /** {@code platform}: a real host of the build whose firmware, VFIO models and device nodes it copies, or null. */
    private record HostClass(QemuBuild build, String kernel, CpuInfo cpu, String cluster, Host platform) {
    }

    private SyntheticFleet() {
    }

    /** The fleet in memory; {@code builds} and {@code vmTemplates} come from real collections. */
    public static Fleet generate(Spec spec, List<QemuBuild> builds, List<Vm> vmTemplates) {
        return generate(spec, builds, vmTemplates, List.of());
    }

    /**
     * As {@link #generate(Spec, List, List)}, and each class also takes the firmware files, VFIO device models and
     * non-kernel platform features (vhost-net, kvm) of a real host running its build ({@code platformTemplates},
     * e.g. the demo fleet's hosts), so that the fleet records what real host dumps record instead of leaving it
     * unknown. Kernel-derived features still follow the class's kernel.
     */
    public static Fleet generate(Spec spec, List<QemuBuild> builds, List<Vm> vmTemplates,
                                 List<Host> platformTemplates) {
        if (builds.isEmpty()) throw new IllegalArgumentException("at least one build is needed");
        Random rnd = new Random(spec.seed());
        List<HostClass> classes = classes(spec, builds, platformTemplates);
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

    private static List<HostClass> classes(Spec spec, List<QemuBuild> builds, List<Host> templates) {
        List<CpuInfo> cpus = CpuProfiles.all();
        List<HostClass> out = new ArrayList<>();
        // build varies fastest, then CPU, then kernel: the kernels differ for the engine only in tap USO (two
        // values), so putting them last keeps the first builds × CPUs × 2 classes distinct for the engine too
        for (int k = 0; k < spec.classes(); k++) {
            QemuBuild b = builds.get(k % builds.size());
            CpuInfo cpu = cpus.get((k / builds.size()) % cpus.size());
            String kernel = KERNELS.get((k / (builds.size() * cpus.size())) % KERNELS.size());
            out.add(new HostClass(b, kernel, cpu, "c" + (k % 5), platformOf(b, templates)));
        }
        return out;
    }

    /** The first template host running {@code build} (the same instance), else the first one; null if none. */
    private static Host platformOf(QemuBuild build, List<Host> templates) {
        for (Host h : templates) if (h.build() == build) return h;
        return templates.isEmpty() ? null : templates.get(0);
    }

    private static Host host(String name, HostClass c, String rack) {
        Map<String, PlatformFeature> features = new LinkedHashMap<>();
        Host p = c.platform();
        if (p != null) features.putAll(p.features());
        features.putAll(TapOffloads.derive(c.kernel(), "synthetic"));
        features.putIfAbsent(PlatformFeature.KVM, new PlatformFeature(PlatformFeature.KVM, true, "synthetic host",
                Provenance.derived("synthetic", "")));
        Map<String, String> labels = Map.of("cluster", c.cluster(), "rack", rack);
        return new Host(name, labels, c.kernel(), c.cpu(), features, p == null ? Map.of() : p.firmware(),
                p == null ? List.of() : p.vfioModels(), c.build(),
                Provenance.derived("synthetic", "class of " + c.build().id()
                        + (p == null ? "" : ", platform of " + p.name())));
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
