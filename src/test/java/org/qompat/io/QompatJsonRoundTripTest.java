package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.json.BuildJsonWriter;
import org.qompat.io.json.FleetManifest;
import org.qompat.io.json.QomTreeJson;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/** Every writer's output reads back to the same model, with provenance pointing into the written file. */
class QompatJsonRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void buildRoundTripKeepsCompatOrderOriginsDefaultsAndVmstate() throws IOException {
        QemuBuild original = Fixtures.build();
        Path file = dir.resolve("builds/qemu-7.2.22.json");
        QompatWriter.unguarded().writeBuild(original, file);

        QemuBuild back = QompatReader.readBuild(file);

        assertThat(BuildJsonWriter.body(back)).isEqualTo(BuildJsonWriter.body(original));
        assertThat(back.id()).isEqualTo(original.id()).startsWith("qemu-7.2.22-");
        MachineType m81 = back.machineTypes().get("pc-q35-8.1");
        assertThat(m81.compatProps()).extracting(p -> p.describe())
                .containsExactly("virtio-net-device.host_uso=off (hw_compat_8_1)", "pci-device.x-pcie-ari-nextfn-1=on");
        // machine types are written sorted by name: pc-i440fx-7.2, pc-q35-7.2, pc-q35-8.1
        assertThat(m81.compatProps().get(0).provenance())
                .isEqualTo(Provenance.json(file.toString(), "/machine-types/2/compat-props/0"));
        assertThat(back.machineTypes().get("pc-q35-7.2").compatPropsKnown()).isFalse();
        assertThat(back.machine("pc")).map(MachineType::name).contains("pc-i440fx-7.2");
        assertThat(back.types().get("virtio-net-pci").properties().get("host_tso4").defaultValue()).isEqualTo("true");
        assertThat(back.types().get("virtio-pci").propertiesKnown()).isFalse();
        assertThat(back.cpuModels().get("Skylake-Server-v4").unavailableFeatures()).containsExactly("avx512f", "pku");
        assertThat(back.vmstateByMachine().get("pc-q35-7.2").sections().get("virtio-net-device").versionId())
                .isEqualTo(original.vmstateByMachine().get("pc-q35-7.2").sections().get("virtio-net-device").versionId());
        assertThat(back.vmstateByMachine().get("pc-q35-7.2").sections().get("virtio-net-device").provenance().location())
                .isEqualTo("/vmstate/pc-q35-7.2/virtio-net-device");
    }

    @Test
    void hostWithEmbeddedBuildRoundTrips() throws IOException {
        Host original = Fixtures.host(Fixtures.build());
        Path file = dir.resolve("node-a1.json");
        QompatWriter.unguarded().writeHost(original, file);

        Host back = QompatReader.readHost(file);

        assertThat(back.name()).isEqualTo("node-a1");
        assertThat(back.labels()).isEqualTo(Map.of("cluster", "east", "rack", "r1"));
        assertThat(back.kernelRelease()).isEqualTo("6.1.0-31-amd64");
        assertThat(back.cpu()).isEqualTo(original.cpu());
        assertThat(back.features().get("tap-uso").available()).isFalse();
        assertThat(back.features().get("tap-uso").derivation()).isEqualTo("kernel 6.1.0 < 6.2");
        assertThat(back.features().get("tap-uso").provenance().location()).isEqualTo("/features/tap-uso");
        assertThat(back.features().get("kvm").known()).isFalse();
        assertThat(back.firmware()).isEqualTo(original.firmware());
        assertThat(back.vfioModels()).isEqualTo(original.vfioModels());
        assertThat(back.build().id()).isEqualTo(original.build().id());
        assertThat(back.build().machineTypes().get("pc-q35-8.1").compatProps().get(0).provenance().location())
                .isEqualTo("/build/machine-types/2/compat-props/0");
    }

    @Test
    void hostReferencingABuildFileWritesARelativePathAndReadsItBack() throws IOException {
        QemuBuild build = Fixtures.build();
        Path buildFile = dir.resolve("builds/qemu-7.2.22.json");
        Path hostFile = dir.resolve("hosts/node-a1.json");
        QompatWriter writer = QompatWriter.unguarded();
        writer.writeBuild(build, buildFile);
        writer.writeHost(Fixtures.host(build), hostFile, buildFile);

        assertThat(Files.readString(hostFile)).contains("\"build\" : \"../builds/qemu-7.2.22.json\"");
        Host back = QompatReader.readHost(hostFile);
        assertThat(back.build().id()).isEqualTo(build.id());
        assertThat(back.build().provenance().file()).endsWith("qemu-7.2.22.json");
    }

    @Test
    void vmRoundTripKeepsTreeUnreadablePropertiesExplicitSetAndVfio() throws IOException {
        Vm original = Fixtures.vm();
        Path file = dir.resolve("web-1.json");
        QompatWriter.unguarded().writeVm(original, file);

        Vm back = QompatReader.readVm(file);

        assertThat(back.name()).isEqualTo("web-1");
        assertThat(back.machineType()).isEqualTo("pc-q35-7.2");
        assertThat(back.machineArg()).isEqualTo("q35");
        assertThat(back.commandLineKnown()).isTrue();
        assertThat(back.commandLine()).isEqualTo(original.commandLine());
        assertThat(back.host()).isEqualTo("node-a1");
        assertThat(back.ramBlocks()).isEqualTo(original.ramBlocks());
        assertThat(back.vfio()).isEqualTo(original.vfio());
        assertThat(QomTreeJson.toJson(back.root())).isEqualTo(QomTreeJson.toJson(original.root()));
        QomNode backend = back.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow();
        assertThat(backend.propertyTypes()).containsEntry("crash", "GuestPanicInformation");
        assertThat(backend.properties()).doesNotContainKey("crash").containsEntry("host_uso", "true");
        assertThat(back.root().find("/machine/peripheral/net0").orElseThrow().explicitProperties())
                .containsExactly("mac");
        assertThat(backend.provenance().location()).isEqualTo("/qom-tree/children/0/children/0/children/0/children/0");
    }

    @Test
    void vmWithUnknownCommandLineKeepsMachineArgNull() throws IOException {
        Vm original = Fixtures.vm().withMachine("pc-q35-7.2", null);
        original = new Vm(original.name(), original.machineType(), null, false, original.cpuModel(),
                original.root(), null, List.of(), List.of(), Map.of(), Provenance.UNKNOWN);
        Path file = dir.resolve("anon.json");
        QompatWriter.unguarded().writeVm(original, file);

        Vm back = QompatReader.readVm(file);
        assertThat(back.machineArg()).isNull();
        assertThat(back.commandLineKnown()).isFalse();
        assertThat(back.host()).isNull();
        assertThat(Files.readString(file)).contains("\"machine-arg\" : null");
    }

    @Test
    void fleetManifestRoundTrips() throws IOException {
        FleetManifest original = new FleetManifest(List.of("hosts/*.json"), List.of("vms/**/*.json", "extra/db.txt"),
                Map.of("node-a1", Map.of("cluster", "west")), Map.of("web-1", "node-a1"), Provenance.UNKNOWN);
        Path file = dir.resolve("fleet.json");
        QompatWriter.unguarded().writeFleet(original, file);

        FleetManifest back = QompatReader.readFleet(file);
        assertThat(back.hosts()).isEqualTo(original.hosts());
        assertThat(back.vms()).isEqualTo(original.vms());
        assertThat(back.hostLabels()).isEqualTo(original.hostLabels());
        assertThat(back.runsOn()).isEqualTo(original.runsOn());
    }

    @Test
    void writerRefusesToOverwriteAnInputAndLeavesItUntouched() throws IOException {
        Path input = dir.resolve("web-1.json");
        QompatWriter.unguarded().writeVm(Fixtures.vm(), input);
        byte[] before = Files.readAllBytes(input);
        QompatWriter guarded = new QompatWriter(List.of(dir.resolve("./web-1.json")));

        assertThatThrownBy(() -> guarded.writeVm(Fixtures.vm().withHost("elsewhere"), input))
                .isInstanceOf(IOException.class).hasMessageContaining("loaded as input");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void atomicWriteReplacesTheTargetAndLeavesNoTempFiles() throws IOException {
        Path target = dir.resolve("out/report.json");
        AtomicFiles.write(target, "first".getBytes(), List.of());
        AtomicFiles.write(target, "second".getBytes(), List.of());

        assertThat(Files.readString(target)).isEqualTo("second");
        // not the private mode of the temp file it was written through
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }
}
