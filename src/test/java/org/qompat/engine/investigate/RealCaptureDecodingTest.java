package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qompat.engine.Rule;

/**
 * The destination's stderr of real failing migrations between real QEMU 7.2 and 10.0 binaries
 * ({@code captures/migration-errors/} by the lead's capture.sh, {@code captures/migration-errors-investigate/} by
 * this feature's): each decodes into one story whose cause, rule, entities and order are the expected ones.
 */
class RealCaptureDecodingTest {

    static final Path CAPTURES = Path.of("src/test/resources/captures");

    record Capture(String file, String causeId, Rule rule, List<String> storyIds, List<String> entities) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Capture> captures() {
        return Stream.of(
                new Capture("migration-errors/10.0-to-7.2-machine-too-new.stderr", "unsupported-machine",
                        Rule.MACHINE_TYPE, List.of("unsupported-machine", "machine-help"), List.of()),
                new Capture("migration-errors/10.0-to-7.2-alias-q35-machine-mismatch.stderr",
                        "machine-type-mismatch", Rule.MACHINE_TYPE, List.of("machine-type-mismatch", "load-failed"),
                        List.of("sourceMachine=pc-q35-10.0", "destinationMachine=pc-q35-7.2")),
                new Capture("migration-errors/10.0-to-7.2-property-not-found.stderr", "property-not-found",
                        Rule.PROPERTY_EXISTS, List.of("device-option", "property-not-found"),
                        List.of("qomType=virtio-net-pci", "property=host_uso", "qomPath=/machine/peripheral/net0")),
                new Capture("migration-errors/10.0-to-7.2-device-missing-on-destination-e1000.stderr",
                        "ramblock-unknown", Rule.RAM_BLOCKS,
                        List.of("ramblock-unknown", "error-loading-instance", "load-failed"),
                        List.of("ramBlock=0000:00:02.0/e1000.rom", "device=e1000")),
                new Capture("migration-errors/7.2-to-10.0-device-missing-on-destination-e1000.stderr",
                        "ramblock-unknown", Rule.RAM_BLOCKS,
                        List.of("ramblock-unknown", "error-loading-instance", "load-failed"), List.of("device=e1000")),
                new Capture("migration-errors/7.2-to-10.0-device-missing-on-destination-e1000-no-rom.stderr",
                        "unknown-section", Rule.DEVICE_TYPE, List.of("unknown-section", "load-failed"),
                        List.of("section=0000:00:02.0/e1000", "device=e1000", "instance=0")),
                new Capture("migration-errors/10.0-to-7.2-device-missing-on-destination-e1000-no-rom.stderr",
                        "unknown-section", Rule.DEVICE_TYPE, List.of("unknown-section", "load-failed"),
                        List.of("section=slirp", "instance=1")),
                new Capture("migration-errors-investigate/7.2-to-10.0-machine-removed.stderr", "unsupported-machine",
                        Rule.MACHINE_TYPE, List.of("unsupported-machine", "machine-help"),
                        List.of("machine=pc-i440fx-2.3")),
                new Capture("migration-errors-investigate/10.0-to-7.2-device-type-missing-igb.stderr",
                        "invalid-device", Rule.DEVICE_TYPE, List.of("device-option", "invalid-device"),
                        List.of("qomType=igb", "qomPath=/machine/peripheral/nic1")),
                new Capture("migration-errors-investigate/10.0-to-7.2-cpu-model-missing.stderr", "cpu-model-missing",
                        Rule.CPU_MODEL, List.of("cpu-model-missing"), List.of("cpuModel=GraniteRapids")),
                new Capture("migration-errors-investigate/7.2-to-7.2-bios-size-mismatch.stderr", "ramblock-size",
                        Rule.RAM_BLOCKS, List.of("ramblock-size", "error-loading-instance", "load-failed"),
                        List.of("ramBlock=pc.bios", "sourceValue=40000", "destinationValue=20000")),
                new Capture("migration-errors-investigate/10.0-to-10.0-ram-size-mismatch.stderr", "ramblock-size",
                        Rule.RAM_BLOCKS, List.of("ramblock-size", "error-loading-instance", "load-failed"),
                        List.of("ramBlock=pc.ram")),
                new Capture("migration-errors-investigate/7.2-to-10.0-pci-config-device-id.stderr", "pci-config",
                        Rule.EFFECTIVE_PROPERTIES, List.of("pci-config", "failed-to-load", "failed-to-load",
                        "error-loading-instance", "load-failed"),
                        List.of("register=Device ID", "sourceValue=41", "destinationValue=0", "device=virtio-net")),
                new Capture("migration-errors-investigate/7.2-to-10.0-virtio-features-legacy-mq.stderr",
                        "virtio-features", Rule.EFFECTIVE_PROPERTIES, List.of("virtio-features", "failed-to-load",
                        "error-loading-instance", "load-failed"), List.of("property=mq", "device=virtio-net")),
                new Capture("migration-errors-investigate/10.0-to-10.0-virtio-features-uso-off.stderr",
                        "virtio-features", Rule.PLATFORM_FEATURE, List.of("virtio-features", "failed-to-load",
                        "error-loading-instance", "load-failed"),
                        List.of("property=host_uso", "property=guest_uso4", "property=guest_uso6",
                                "platformFeature=tap-uso", "pciAddress=0000:00:03.0")),
                new Capture("migration-errors-investigate/10.0-to-10.0-virtio-no-vnet-hdr.stderr",
                        "virtio-net-vnet-hdr", Rule.PLATFORM_FEATURE, List.of("virtio-net-vnet-hdr", "failed-to-load",
                        "failed-to-load", "error-loading-instance", "load-failed"), List.of("device=virtio-net")),
                new Capture("migration-errors-investigate/10.0-nvme-migration-blocker.qmp.json",
                        "non-migratable-device", Rule.MIGRATION_BLOCKER, List.of("non-migratable-device"),
                        List.of("device=nvme")),
                new Capture("migration-errors-investigate/7.2-nvme-migration-blocker.qmp.json",
                        "non-migratable-device", Rule.MIGRATION_BLOCKER, List.of("non-migratable-device"),
                        List.of("device=nvme")));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void realFailureDecodesIntoOneStoryCauseFirst(Capture c) throws IOException {
        String text = Files.readString(CAPTURES.resolve(c.file()));
        assertThat(text).isNotBlank();
        LogDecoding d = MigrationLogDecoder.decodeText(text);
        assertThat(d.unrecognized()).as("every line of a real failure is recognised").isEmpty();
        assertThat(d.stories()).hasSize(1);
        FailureStory s = d.stories().get(0);
        assertThat(s.cause()).isPresent();
        assertThat(s.cause().get().pattern().id()).isEqualTo(c.causeId());
        assertThat(s.rule()).isEqualTo(c.rule());
        assertThat(s.messages()).extracting(m -> m.pattern().id()).containsExactlyElementsOf(c.storyIds());
        assertThat(s.entities()).extracting(e -> e.kind().id() + "=" + e.value()).containsAll(c.entities());
    }

    @Test
    void realUsoFailureNamesTheBitsAndTheKernel() throws IOException {
        String text = Files.readString(CAPTURES.resolve(
                "migration-errors-investigate/10.0-to-10.0-virtio-features-uso-off.stderr"));
        DecodedMessage cause = MigrationLogDecoder.decodeText(text).stories().get(0).cause().orElseThrow();
        assertThat(cause.refusedBits()).extracting(FeatureBit::bit).containsExactly(54, 55, 56);
        assertThat(cause.title()).isEqualTo("virtio feature bits refused: GUEST_USO4, GUEST_USO6, HOST_USO");
        assertThat(cause.meaning()).contains("bits 54, 55, 56").contains("Linux >= 6.2")
                .contains("guest_uso4=off,guest_uso6=off,host_uso=off");
    }

    @Test
    void successfulMigrationsLeaveNothingToDecode() throws IOException {
        for (String ok : List.of("7.2-to-10.0-pc-q35-7.2-ok.stderr", "10.0-to-7.2-pc-q35-7.2-ok.stderr")) {
            LogDecoding d = MigrationLogDecoder.decodeText(Files.readString(CAPTURES.resolve("migration-errors/" + ok)));
            assertThat(d.hasFailure()).as(ok).isFalse();
            assertThat(d.stories()).isEmpty();
        }
    }
}
