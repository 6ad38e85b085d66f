package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.json.FleetManifest;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.MachineType;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;

/** Whole-directory loads: parallel, deduplicated, wired by manifests, problems contained, nothing written. */
class FleetLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theCapturedDirectoriesLoadTwoBuildsAndTheirQomTrees() {
        // migration-errors/ holds stderr text and query-migrate/query-status answers: read and skipped silently
        Fleet f = FleetLoader.load(List.of(Fixtures.Q72, Fixtures.Q100, Fixtures.CAPTURES.resolve("migration-errors"),
                Fixtures.CAPTURES.resolve("README.md")), LoadProgress.NONE);

        assertThat(f.builds()).extracting(b -> b.version().toString()).containsExactly("7.2.22", "10.0.2");
        assertThat(f.builds().get(1).machineTypes().get("pc-q35-8.0").compatProps())
                .anyMatch(p -> p.describe().equals("virtio-net-device.host_uso=off"));
        assertThat(f.builds().get(0).vmstateByMachine()).containsOnlyKeys("pc-q35-7.2");
        assertThat(f.hosts()).isEmpty();
        // both binaries' trees are named after their files, so the 10.0 ones collide with the 7.2 ones
        assertThat(f.vms()).extracting(v -> v.name()).containsExactly("hmp-info-qom-tree", "qom-tree");
        assertThat(f.vm("qom-tree").orElseThrow().root().find("/machine/peripheral/net0/virtio-backend"))
                .map(n -> n.type()).contains("virtio-net-device");
        // README.md was named explicitly, so it is reported rather than skipped
        assertThat(f.problems()).extracting(LoadProblem::message).hasSize(3)
                .filteredOn(m -> m.startsWith("a second VM named")).hasSize(2);
        assertThat(f.problems()).filteredOn(p -> p.file().endsWith("README.md")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not an input Qompat reads"));
    }

    @Test
    void rawAnswersAndTheSourceCheckoutOfTheSameReleaseMakeOneCompleteBuild() {
        Fleet f = FleetLoader.load(List.of(Fixtures.Q72, Fixtures.SOURCE_72), LoadProgress.NONE);

        assertThat(f.builds()).hasSize(1);
        MachineType q71 = f.builds().get(0).machineTypes().get("pc-q35-7.1");
        assertThat(q71.compatPropsKnown()).isTrue();
        assertThat(q71.compatProps()).extracting(p -> p.origin()).containsOnly("hw_compat_7_1");
        assertThat(q71.compatProps().get(0).provenance().location()).isEqualTo("line 44");
        // the checkout is taken whole, its files are not read one by one as inputs
        assertThat(f.problems()).extracting(LoadProblem::message).allMatch(m -> m.startsWith("a second VM named"));
    }

    @Test
    void hostsSharingABuildShareOneInstanceAndManifestWiresLabelsAndPlacement() throws IOException {
        Path fleetDir = exampleFleet();

        Fleet f = FleetLoader.load(List.of(fleetDir.resolve("fleet.json")), LoadProgress.NONE);

        assertThat(f.problems()).isEmpty();
        assertThat(f.hosts()).extracting(Host::name).containsExactly("east-1", "east-2");
        Host e1 = f.host("east-1").orElseThrow();
        Host e2 = f.host("east-2").orElseThrow();
        // one referenced, one embedded: same content, one instance
        assertThat(e1.build()).isSameAs(e2.build());
        assertThat(f.builds()).hasSize(1).first().isSameAs(e1.build());
        assertThat(e1.labels()).containsEntry("cluster", "east").containsEntry("rack", "r9");
        assertThat(f.vm("web-1").orElseThrow().host()).isEqualTo("east-2");
        assertThat(f.vms()).hasSize(2);
    }

    @Test
    void aBrokenFileIsOneProblemAndEverythingElseLoads() throws IOException {
        Path fleetDir = exampleFleet();
        String host = Files.readString(fleetDir.resolve("hosts/east-1.json"));
        Files.writeString(fleetDir.resolve("hosts/east-3.json"), host.substring(0, host.length() / 2));
        Files.writeString(fleetDir.resolve("vms/bad.json"), "{\"format\": \"qompat.vm/1\", \"name\": 7}");

        Fleet f = FleetLoader.load(List.of(fleetDir), LoadProgress.NONE);

        assertThat(f.hosts()).extracting(Host::name).containsExactly("east-1", "east-2");
        assertThat(f.vms()).hasSize(2);
        assertThat(f.problems()).hasSize(2);
        LoadProblem truncated = problemFor(f, "east-3.json");
        assertThat(truncated.location()).matches("\\d+:\\d+");
        assertThat(truncated.message()).startsWith("invalid JSON");
        LoadProblem wrongType = problemFor(f, "bad.json");
        assertThat(wrongType.location()).isEqualTo("/name");
        assertThat(wrongType.message()).isEqualTo("expected a string, found a number");
    }

    @Test
    void namedFilesOfAnotherSchemaAreReportedWalkedOnesSkipped() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        Files.writeString(other.resolve("host.json"), "{\"format\": \"qompat.host/1\", \"name\": \"h\", "
                + "\"labels\": [\"east\"], \"cpu\": {}, \"build\": \"../nowhere.json\"}");

        Files.writeString(other.resolve("host2.json"), "{\"format\": \"qompat.host/1\", \"name\": \"h2\", "
                + "\"cpu\": {}, \"build\": \"../nowhere.json\"}");

        Fleet walked = FleetLoader.load(List.of(other), LoadProgress.NONE);
        Fleet named = FleetLoader.load(List.of(other.resolve("package.json")), LoadProgress.NONE);

        assertThat(walked.hosts()).isEmpty();
        assertThat(walked.problems()).filteredOn(p -> p.file().endsWith("host2.json")).singleElement()
                .satisfies(p -> {
                    assertThat(p.location()).isEqualTo("/build");
                    assertThat(p.message()).contains("nowhere.json does not load").contains("no such file");
                });
        // a file claiming a Qompat format is always checked: labels must be an object
        assertThat(walked.problems()).filteredOn(p -> p.file().endsWith("host.json")).singleElement()
                .satisfies(p -> {
            assertThat(p.file()).endsWith("host.json");
            assertThat(p.location()).isEqualTo("/labels");
            assertThat(p.message()).isEqualTo("expected an object, found an array");
        });
        assertThat(named.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("package.json");
            assertThat(p.message()).contains("neither a Qompat file").contains("\"format\"");
        });
    }

    @Test
    void manifestMistakesArePointedAt() throws IOException {
        Path fleetDir = exampleFleet();
        FleetManifest wrong = new FleetManifest(List.of("hosts/*.json", "nothing/*.json", "vms/web-1.json"),
                List.of("vms/*.json"), Map.of("ghost", Map.of("rack", "r1")), Map.of("web-1", "nowhere"),
                Provenance.UNKNOWN);
        QompatWriter.unguarded().writeFleet(wrong, fleetDir.resolve("fleet.json"));

        Fleet f = FleetLoader.load(List.of(fleetDir.resolve("fleet.json")), LoadProgress.NONE);

        Map<String, String> byLocation = new TreeMap<>();
        f.problems().forEach(p -> byLocation.put(p.location(), p.message()));
        assertThat(byLocation).containsOnlyKeys("/hosts/1", "/hosts/2", "/host-labels/ghost", "/runs-on/web-1");
        assertThat(byLocation.get("/hosts/1")).isEqualTo("no file matches \"nothing/*.json\"");
        assertThat(byLocation.get("/hosts/2")).contains("expected host files").contains("a VM file");
        assertThat(byLocation.get("/runs-on/web-1")).isEqualTo("no host named \"nowhere\" was loaded");
        assertThat(f.problems()).allMatch(p -> p.file().endsWith("fleet.json"));
        assertThat(f.vm("web-1").orElseThrow().host()).isEqualTo("east-1"); // the VM file's own placement
    }

    @Test
    void reportsProgressForEveryFileAndNeverWrites() throws IOException {
        Path fleetDir = exampleFleet();
        Map<Path, String> before = snapshot(fleetDir);
        List<Integer> done = new ArrayList<>();
        AtomicInteger lastTotal = new AtomicInteger();

        FleetLoader.Result r = FleetLoader.loadDetailed(List.of(fleetDir), new LoadProgress() {
            @Override
            public synchronized void onFile(int d, int total, String file) {
                done.add(d);
                lastTotal.set(total);
            }
        });

        assertThat(done).hasSize(6).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(lastTotal.get()).isEqualTo(6);
        assertThat(r.filesRead()).isEqualTo(6);
        assertThat(r.bytesRead()).isGreaterThan(100_000L);
        assertThat(r.inputFiles()).contains(fleetDir.resolve("builds/qemu-7.2.22.json").toAbsolutePath());
        assertThat(snapshot(fleetDir)).isEqualTo(before);
    }

    @Test
    void cancellationStopsReadingAndSaysSo() throws IOException {
        Path fleetDir = exampleFleet();
        AtomicInteger seen = new AtomicInteger();

        FleetLoader.Result r = FleetLoader.loadDetailed(List.of(fleetDir), new LoadProgress() {
            @Override
            public void onFile(int d, int total, String file) {
                seen.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return seen.get() >= 1;
            }
        });

        assertThat(r.cancelled()).isTrue();
        assertThat(r.filesRead()).isLessThan(6);
        assertThat(r.fleet().problems()).extracting(LoadProblem::message)
                .anyMatch(m -> m.startsWith("load cancelled after"));
    }

    @Test
    void writerGuardedByTheLoadRefusesToReplaceAnInput() throws IOException {
        Path fleetDir = exampleFleet();
        FleetLoader.Result r = FleetLoader.loadDetailed(List.of(fleetDir.resolve("fleet.json")), LoadProgress.NONE);
        QompatWriter writer = new QompatWriter(r.inputFiles());
        Host e1 = r.fleet().host("east-1").orElseThrow();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> writer.writeHost(e1, fleetDir.resolve("builds/qemu-7.2.22.json"))))
                .isInstanceOf(IOException.class).hasMessageContaining("loaded as input");
        writer.writeHost(e1, dir.resolve("out/east-1.json"));
        assertThat(QompatReader.readHost(dir.resolve("out/east-1.json")).build().id()).isEqualTo(e1.build().id());
    }

    /**
     * builds/ (real 7.2 answers: version, machines, types, two devices' properties), two hosts (one referencing
     * the build, one embedding it), two VMs (qompat.vm and HMP text), a manifest.
     */
    private Path exampleFleet() throws IOException {
        Path root = dir.resolve("fleet");
        Path raw = dir.resolve("raw");
        Files.createDirectories(raw);
        for (String n : List.of("query-version.json", "query-machines.json", "qom-list-types.json",
                "device-list-properties-virtio-net-pci.json", "device-list-properties-e1000.json")) {
            Files.copy(Fixtures.Q72.resolve(n), raw.resolve(n));
        }
        Path buildFile = root.resolve("builds/qemu-7.2.22.json");
        QompatWriter w = QompatWriter.unguarded();
        w.writeBuild(RawQmpDirectory.read(raw), buildFile);
        QemuBuild build = QompatReader.readBuild(buildFile);
        Host h = Fixtures.host(build);
        w.writeHost(h.withName("east-1").withLabels(Map.of("cluster", "east")), root.resolve("hosts/east-1.json"),
                buildFile);
        w.writeHost(h.withName("east-2").withLabels(Map.of("cluster", "east")), root.resolve("hosts/east-2.json"));
        w.writeVm(Fixtures.vm().withHost("east-1"), root.resolve("vms/web-1.json"));
        Files.writeString(root.resolve("vms/db-1.qom-tree.txt"), "# vm: db-1\n"
                + Files.readString(Fixtures.Q72.resolve("hmp-info-qom-tree.txt")));
        w.writeFleet(new FleetManifest(List.of("hosts/*.json"), List.of("vms/**/*.json", "vms/db-1.qom-tree.txt"),
                Map.of("east-1", Map.of("rack", "r9")), Map.of("web-1", "east-2"), Provenance.UNKNOWN),
                root.resolve("fleet.json"));
        return root;
    }

    private static LoadProblem problemFor(Fleet f, String fileSuffix) {
        return f.problems().stream().filter(p -> p.file().endsWith(fileSuffix)).findFirst().orElseThrow();
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.getLastModifiedTime(p) + " " + Files.size(p) + " "
                        + java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
