package org.qompat.io.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.io.QompatReader;
import org.qompat.io.QompatWriter;
import org.qompat.io.json.FleetManifest;
import org.qompat.model.CpuInfo;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.Vm;
import org.qompat.model.VmStateSection;

/**
 * Builds samples/ from what samples/regenerate.sh collected on the real QEMU builds: the two collected hosts
 * and their builds as they are, the derived builds and hosts of {@link DemoFleetLayout}, the collected VMs placed
 * and varied by {@link DemoVms}, and a qompat.fleet/1 manifest. Builds are written once, gzipped, and shared by
 * reference. Usage: {@code DemoFleetBuilder WORK SAMPLES QEMU72 QEMU100 QOM_TREE_TXT}.
 */
public final class DemoFleetBuilder {

    private final Path work;
    private final Path samples;
    private final QompatWriter writer = QompatWriter.unguarded();

    DemoFleetBuilder(Path work, Path samples) {
        this.work = work;
        this.samples = samples;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: DemoFleetBuilder WORK_DIR SAMPLES_DIR QEMU_7.2 QEMU_10.0 QOM_TREE_TXT");
            System.exit(2);
        }
        new DemoFleetBuilder(Path.of(args[0]), Path.of(args[1])).build(args[2], args[3], Path.of(args[4]));
    }

    void build(String qemu72, String qemu100, Path qomTreeText) throws IOException {
        Host h72 = QompatReader.readHost(work.resolve("hosts/lab-qemu72.json"));
        Host h100 = QompatReader.readHost(work.resolve("hosts/lab-qemu100.json"));
        Map<String, Set<String>> f72 = CpuAvailability.staticFeatures(qemu72, Duration.ofSeconds(60));
        Map<String, Set<String>> f100 = CpuAvailability.staticFeatures(qemu100, Duration.ofSeconds(60));
        Map<String, QemuBuild> builds = builds(h72.build(), h100.build(), f72, f100);

        for (String dir : List.of("builds", "hosts", "vms")) clean(samples.resolve(dir));
        Map<String, Path> buildFiles = new LinkedHashMap<>();
        for (Map.Entry<String, QemuBuild> e : builds.entrySet()) {
            Path f = samples.resolve("builds/qemu-" + e.getKey() + ".json.gz");
            writer.writeBuild(e.getValue(), f);
            buildFiles.put(e.getKey(), f);
        }
        List<Host> hosts = new ArrayList<>();
        hosts.add(h72.withBuild(builds.get("7.2.22-collected")));
        hosts.add(h100.withBuild(builds.get("10.0.2-collected")));
        for (DemoHostSpec s : DemoFleetLayout.hosts()) {
            Host template = s.buildKey().startsWith("7.2") ? h72 : h100;
            hosts.add(s.derive(template, builds.get(s.buildKey())));
        }
        Map<String, String> buildKeyOf = new LinkedHashMap<>();
        buildKeyOf.put("lab-qemu72", "7.2.22-collected");
        buildKeyOf.put("lab-qemu100", "10.0.2-collected");
        DemoFleetLayout.hosts().forEach(s -> buildKeyOf.put(s.name(), s.buildKey()));
        for (Host h : hosts) {
            writer.writeHost(h, samples.resolve("hosts/" + h.name() + ".json"), buildFiles.get(buildKeyOf.get(h.name())));
        }

        Map<String, String> placement = DemoFleetLayout.placement();
        for (Map.Entry<String, String> e : placement.entrySet()) {
            if (e.getKey().equals("legacy-text")) continue;
            Vm vm = DemoVms.placed(QompatReader.readVm(work.resolve("vms/" + e.getKey() + ".json")), e.getValue());
            if (vm.name().equals("gpu-1")) vm = DemoVms.withGpu(vm, builds.get("10.0.2-milan"));
            writer.writeVm(vm, samples.resolve("vms/" + vm.name() + ".json"));
        }
        String text = "# vm: legacy-text\n# host: " + placement.get("legacy-text") + "\n"
                + Files.readString(qomTreeText, StandardCharsets.UTF_8);
        Files.writeString(samples.resolve("vms/legacy-text.qom-tree.txt"), text, StandardCharsets.UTF_8);

        writer.writeFleet(new FleetManifest(List.of("hosts/*.json"), List.of("vms/*"), Map.of(), placement,
                Provenance.UNKNOWN), samples.resolve("fleet.json"));
        for (Map.Entry<String, QemuBuild> e : builds.entrySet()) {
            System.out.println("build " + e.getKey() + ": " + e.getValue().label() + " id " + e.getValue().id()
                    + ", " + e.getValue().machineTypes().size() + " machine types, "
                    + Files.size(buildFiles.get(e.getKey())) + " bytes gzipped");
        }
        System.out.println(hosts.size() + " hosts, " + placement.size() + " VMs written to " + samples);
    }

    static Map<String, QemuBuild> builds(QemuBuild b72, QemuBuild b100, Map<String, Set<String>> f72,
                                         Map<String, Set<String>> f100) {
        Map<String, QemuBuild> out = new LinkedHashMap<>();
        out.put("7.2.22-collected", b72);
        out.put("10.0.2-collected", b100);
        String from = "derived by Qompat from " + b100.label();
        QemuBuild b82 = DerivedBuilds.olderRelease(b100, b72, new QemuVersion(8, 2, 2), from, true);
        QemuBuild b90 = DerivedBuilds.olderRelease(b100, b72, new QemuVersion(9, 0, 0), from, true);
        QemuBuild b91 = DerivedBuilds.olderRelease(b100, b72, new QemuVersion(9, 1, 3), from, false);
        QemuBuild m100 = cpu(b100, f100, CpuProfiles.MILAN, "AMD EPYC 7763");
        out.put("10.0.2-milan", m100);
        out.put("9.1.3-milan", cpu(b91, f100, CpuProfiles.MILAN, "AMD EPYC 7763"));
        out.put("7.2.22-icelake", cpu(b72, f72, CpuProfiles.ICELAKE, "Xeon Gold 6338"));
        out.put("8.2.2-cascadelake", cpu(b82, f100, CpuProfiles.CASCADELAKE, "Xeon Gold 6230R"));
        out.put("9.0.0-icelake", cpu(b90, f100, CpuProfiles.ICELAKE, "Xeon Gold 6338"));
        VmStateSection balloon = m100.vmstateByMachine().values().iterator().next().sections()
                .get("virtio-balloon-device");
        out.put("10.0.2-vendor-milan", DerivedBuilds.withVmStateVersion(m100, "virtio-balloon-device",
                balloon.versionId() + 1, b100.packageString() + "+vendor1 (virtio-balloon VMState v"
                        + (balloon.versionId() + 1) + ", constructed)"));
        return out;
    }

    private static QemuBuild cpu(QemuBuild b, Map<String, Set<String>> features, CpuInfo cpu, String name) {
        String how = "CPU models runnable on " + name + " (from static expansions and its cpuinfo flags)";
        return DerivedBuilds.withCpuModels(b, CpuAvailability.forHost(b.cpuModels(), features, cpu,
                CpuProfiles.all(), how));
    }

    /** Removes the files this builder writes (only .json, .json.gz and .txt), never anything else. */
    private static void clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{json,json.gz,txt}")) {
            for (Path f : files) Files.delete(f);
        }
    }
}
