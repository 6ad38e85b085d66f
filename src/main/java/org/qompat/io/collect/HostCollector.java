package org.qompat.io.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.VmStateDump;

/**
 * Collects a platform dump of this host: the QEMU binary's introspection over read-only QMP (started with
 * {@code -machine none -nodefaults -display none -qmp stdio}), -dump-vmstate for the default machine type and each
 * requested one, the firmware files in QEMU's data directories, and the host's kernel, CPU, /dev/kvm and
 * /dev/vhost-net. Every QEMU it starts is gone when {@link #collect} returns, whether it succeeded or not.
 */
public final class HostCollector {

    private final HostCollectOptions options;

    public HostCollector(HostCollectOptions options) {
        this.options = options;
    }

    public CollectedHost collect() throws IOException {
        String source = "collected on " + hostname() + " from " + options.binary();
        HostPlatformProbe probe = new HostPlatformProbe(options.hostRoot());
        boolean kvm = probe.deviceUsable("kvm");
        List<String> accel = List.of("-accel", kvm ? "kvm" : "tcg");
        List<String> base = new ArrayList<>(List.of("-machine", "none", "-nodefaults", "-display", "none"));
        base.addAll(accel);

        BuildAnswers answers = new BuildIntrospector(options.binary(), base, options.timeout(),
                kvm ? "host" : "max").introspect();
        List<String> notes = new ArrayList<>(answers.notes());
        if (!kvm) notes.add("no usable /dev/kvm: QEMU ran under TCG, so CPU model availability is TCG's");
        if (options.rawDir() != null) RawAnswerFiles.save(answers, options.rawDir());

        Map<String, VmStateDump> vmstate = dumpVmState(answers, accel, notes);
        QemuBuild build = BuildAnswersMapper.toBuild(answers, vmstate, options.binary());
        build = withId(build, answers);

        Map<String, FirmwareFile> firmware = FirmwareScanner.scan(
                FirmwareScanner.dataDirs(options.binary(), options.timeout().toMillis()));
        Map<String, PlatformFeature> features = probe.features(source);
        String name = options.name() != null ? options.name() : hostname();
        Host host = new Host(name, options.labels(), probe.kernelRelease(), probe.cpu(), features, firmware,
                List.of(), build, Provenance.derived(source, ""));
        return new CollectedHost(host, answers, notes);
    }

    /** Dumps the default machine type and each requested one; unknown requested types are an error. */
    private Map<String, VmStateDump> dumpVmState(BuildAnswers answers, List<String> accel, List<String> notes)
            throws IOException {
        Map<String, MachineType> machines = BuildAnswersMapper.machines(answers, "");
        Set<String> wanted = new LinkedHashSet<>();
        machines.values().stream().filter(MachineType::isDefault).findFirst().ifPresent(m -> wanted.add(m.name()));
        for (String m : options.machines()) {
            MachineType mt = machines.get(m);
            if (mt == null) {
                mt = machines.values().stream().filter(x -> m.equals(x.alias())).findFirst()
                        .orElseThrow(() -> new IOException("machine type '" + m + "' is not registered by "
                                + options.binary() + " (query-machines lists " + machines.size() + " types)"));
                notes.add("--machine " + m + " is an alias; dumped " + mt.name());
            }
            wanted.add(mt.name());
        }
        Map<String, VmStateDump> out = new LinkedHashMap<>();
        Path tmp = Files.createTempDirectory("qompat-vmstate");
        try {
            VmStateDumper dumper = new VmStateDumper(options.binary(), accel, options.timeout());
            for (String m : wanted) {
                Path file = dumper.dump(m, tmp.resolve(m + ".json"));
                out.put(m, VmStateJson.read(file, options.binary() + " -M " + m + " -dump-vmstate"));
                if (options.rawDir() != null) {
                    Files.createDirectories(options.rawDir());
                    Files.copy(file, options.rawDir().resolve("dump-vmstate-" + m + ".json"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return out;
    }

    private static QemuBuild withId(QemuBuild b, BuildAnswers answers) {
        String id = "qemu-" + b.version() + "-" + Integer.toHexString(answers.toString().hashCode());
        return new QemuBuild(id, b.version(), b.packageString(), b.machineTypes(), b.types(), b.cpuModels(),
                b.vmstateByMachine(), b.provenance());
    }

    private String hostname() {
        Path f = options.hostRoot().resolve("proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(f)) return Files.readString(f, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            // fall back below
        }
        return "localhost";
    }
}
