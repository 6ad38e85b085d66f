package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.io.FileImporter;
import org.qompat.io.Imported;
import org.qompat.io.RawQmpDirectory;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * Ground truth both ways: the real engine on the real QEMU 7.2 and 10.0 builds (captured QMP answers) predicts a
 * VM's migration, and the real stderr of that migration is linked to the prediction.
 */
class RealLinkingTest {

    private static final Path C = Path.of("src/test/resources/captures");
    private static Host host72;
    private static Host host100;
    private static Vm tree;

    @BeforeAll
    static void load() throws IOException {
        QemuBuild b72 = RawQmpDirectory.read(C.resolve("qemu-7.2"));
        QemuBuild b100 = RawQmpDirectory.read(C.resolve("qemu-10.0"));
        host72 = new Host("kvm-a72", Map.of(), "6.1.0", null, Map.of(), Map.of(), List.of(), b72, Provenance.UNKNOWN);
        host100 = new Host("kvm-b100", Map.of(), "6.12.0", null, Map.of(), Map.of(), List.of(), b100,
                Provenance.UNKNOWN);
        tree = ((Imported.VmFile) FileImporter.read(C.resolve("qemu-10.0/qom-tree.txt"), "qom-tree.txt", null)).vm();
    }

    /** The VM of the capture script: one virtio-net NIC on -netdev user, with this -M and -device. */
    static Vm vm(String machine, String device, String runsOn) {
        List<String> cl = List.of("qemu-system-x86_64", "-M", machine, "-S", "-accel", "tcg", "-nodefaults",
                "-display", "none", "-device", device, "-netdev", "user,id=n0");
        return new Vm("web-1", machine, machine, true, tree.cpuModel(), tree.root(), runsOn, cl, List.of(), Map.of(),
                tree.provenance());
    }

    static LogDecoding log(String file) throws IOException {
        return MigrationLogDecoder.decodeText(Files.readString(C.resolve("migration-errors").resolve(file)));
    }

    @Test
    void machineTooNewIsPredictedAndLinked() throws IOException {
        LogDecoding d = log("10.0-to-7.2-machine-too-new.stderr");
        LinkReport r = FindingLinker.link(d, vm("pc-q35-10.0", "virtio-net-pci,id=net0,netdev=n0", "kvm-b100"),
                host100, host72);
        DecodedMessage cause = d.stories().get(0).cause().orElseThrow();
        assertThat(r.findingsFor(cause)).extracting(Finding::rule).containsOnly(Rule.MACHINE_TYPE);
        assertThat(r.findingsFor(cause)).allMatch(f -> f.severity() == Severity.BLOCKER);
        // the other predicted blockers were not reached: QEMU did not even start
        assertThat(r.mismatches()).isNotEmpty().allMatch(m -> m.kind() == Mismatch.Kind.NOT_REACHED);
        assertThat(r.agrees()).isTrue();
    }

    @Test
    void aliasResolvingDifferentlyIsPredictedAndLinkedByTheMachineNames() throws IOException {
        LogDecoding d = log("10.0-to-7.2-alias-q35-machine-mismatch.stderr");
        LinkReport r = FindingLinker.link(d, vm("q35", "virtio-net-pci,id=net0,netdev=n0", "kvm-b100"), host100,
                host72);
        DecodedMessage cause = d.stories().get(0).cause().orElseThrow();
        assertThat(r.findingsFor(cause)).isNotEmpty().allMatch(f -> f.rule() == Rule.MACHINE_TYPE
                && f.severity() == Severity.BLOCKER);
        assertThat(r.agrees()).isTrue();
    }

    @Test
    void propertyOnlyTheNewBuildHasIsPredictedOnTheSameDeviceAndProperty() throws IOException {
        LogDecoding d = log("10.0-to-7.2-property-not-found.stderr");
        LinkReport r = FindingLinker.link(d, vm("pc-q35-7.2", "virtio-net-pci,id=net0,netdev=n0,host_uso=off",
                "kvm-b100"), host100, host72);
        DecodedMessage cause = d.stories().get(0).cause().orElseThrow();
        assertThat(r.findingsFor(cause)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.PROPERTY_EXISTS);
            assertThat(f.path()).isEqualTo("/machine/peripheral/net0");
            assertThat(f.property()).isEqualTo("host_uso");
        });
        assertThat(r.agrees()).isTrue();
    }

    @Test
    void aDeviceTheFleetDoesNotKnowIsADataGap() throws IOException {
        // the source had an extra e1000 that neither the destination nor the fleet's tree of the VM has
        LogDecoding d = log("7.2-to-10.0-device-missing-on-destination-e1000-no-rom.stderr");
        LinkReport r = FindingLinker.link(d, vm("pc-q35-7.2", "virtio-net-pci,id=net0,netdev=n0", "kvm-a72"),
                host72, host100);
        assertThat(r.mismatches()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(Mismatch.Kind.NOT_PREDICTED);
            assertThat(m.message().pattern().id()).isEqualTo("unknown-section");
            assertThat(m.explanation()).contains("0000:00:02.0/e1000").contains("hot-plugged");
        });
        assertThat(r.agrees()).isFalse();
    }
}
