package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.qompat.io.json.Json;
import org.qompat.io.json.JsonCursor;
import org.qompat.io.vmstate.VmStateDumpReader;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
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

        List<VmStateDump> vmstate = dumpVmState(answers, accel, notes);
        QemuBuild build = BuildAnswersMapper.toBuild(answers, vmstate, options.binary());

        Map<String, FirmwareFile> firmware = FirmwareScanner.scan(
                FirmwareScanner.dataDirs(options.binary(), options.timeout().toMillis()));
        Map<String, PlatformFeature> features = probe.features(source);
        String name = options.name() != null ? options.name() : hostname();
        Host host = new Host(name, options.labels(), probe.kernelRelease(), probe.cpu(), features, firmware,
                List.of(), build, Provenance.derived(source, ""));
        return new CollectedHost(host, answers, notes);
    }

    /** Dumps the default machine type and each requested one; unknown requested types are an error. */
    private List<VmStateDump> dumpVmState(BuildAnswers answers, List<String> accel, List<String> notes)
            throws IOException {
        Set<String> wanted = new LinkedHashSet<>();
        for (JsonNode m : answers.machines()) {
            if (m.path("is-default").asBoolean(false)) wanted.add(m.path("name").asText());
        }
        for (String m : options.machines()) {
            String resolved = null;
            for (JsonNode x : answers.machines()) {
                if (m.equals(x.path("name").asText())) resolved = m;
            }
            for (JsonNode x : answers.machines()) {
                if (resolved == null && m.equals(x.path("alias").asText(null))) {
                    resolved = x.path("name").asText();
                    notes.add("--machine " + m + " is an alias; dumped " + resolved);
                }
            }
            if (resolved == null) {
                throw new IOException("machine type '" + m + "' is not registered by " + options.binary()
                        + " (query-machines lists " + answers.machines().size() + " types)");
            }
            wanted.add(resolved);
        }
        List<VmStateDump> out = new ArrayList<>();
        Path tmp = Files.createTempDirectory("qompat-vmstate");
        try {
            VmStateDumper dumper = new VmStateDumper(options.binary(), accel, options.timeout());
            for (String m : wanted) {
                Path file = dumper.dump(m, tmp.resolve(m + ".json"));
                String name = options.binary() + " -M " + m + " -dump-vmstate";
                out.add(VmStateDumpReader.read(JsonCursor.root(Json.readSingle(Files.readAllBytes(file), name),
                        name)));
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
