package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;

/** How decoded lines group into failure stories: cause first, consequences after, one story per failure. */
class FailureStoryTest {

    private static List<String> ids(FailureStory s) {
        return s.messages().stream().map(m -> m.pattern().id()).toList();
    }

    @Test
    void fionaEbnersUsoLogIsOneStoryInTheOrderQemuPrintedIt() {
        LogDecoding d = MigrationLogDecoder.decodeText("""
                kvm: Features 0x1c0010130afffa7 unsupported. Allowed features: 0x10179bfffe7
                kvm: Failed to load virtio-net:virtio
                kvm: error while loading state for instance 0x0 of device '0000:00:12.0/virtio-net'
                kvm: load of migration failed: Operation not permitted
                """);
        assertThat(d.stories()).hasSize(1);
        FailureStory s = d.stories().get(0);
        assertThat(ids(s)).containsExactly("virtio-features", "failed-to-load", "error-loading-instance", "load-failed");
        assertThat(s.messages()).extracting(DecodedMessage::lineNumber).containsExactly(1, 2, 3, 4);
        assertThat(s.rule()).isEqualTo(Rule.PLATFORM_FEATURE);
        assertThat(s.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(s.consequences()).hasSize(2);
        assertThat(s.outcomes()).hasSize(1);
        assertThat(s.note()).isEmpty();
    }

    @Test
    void a10_2ChainOnOneLineIsReadInnermostCauseFirst() {
        // QEMU 10.2 propagates errors: the top line carries the whole chain, outer to inner (qemu-reference §5.3)
        LogDecoding d = MigrationLogDecoder.decodeText("qemu-system-x86_64: load of migration failed: Invalid argument:"
                + " error while loading state for instance 0x0 of device '0000:00:02.0/virtio-net': Loading VM "
                + "subsection 'virtio-net/rss' in 'virtio-net' failed: -2: VM subsection 'virtio-net/rss' in "
                + "'virtio-net' does not exist");
        assertThat(d.stories()).hasSize(1);
        assertThat(ids(d.stories().get(0))).containsExactly("subsection-missing", "subsection-failed",
                "error-loading-instance", "load-failed");
        assertThat(d.stories().get(0).rule()).isEqualTo(Rule.VMSTATE);
    }

    @Test
    void kubevirtPrintsLibvirtsOutcomeBeforeQemusLineAndItStillEndsTheStory() {
        LogDecoding d = MigrationLogDecoder.decodeText("""
                virError(Code=9, Domain=10, Message='operation failed: job 'migration in' failed: load of migration failed: Operation not permitted')
                qemu-kvm: error while loading state for instance 0x0 of device '0000:00:02.0:00.0/virtio-net'
                """);
        assertThat(d.stories()).hasSize(1);
        FailureStory s = d.stories().get(0);
        assertThat(ids(s)).containsExactly("error-loading-instance", "libvirt-job-failed", "load-failed");
        assertThat(s.cause()).isEmpty();
        assertThat(s.note()).contains("Features 0x").contains("platform-feature");
    }

    @Test
    void aSilentMissingSubsectionOf10_0IsExplainedFromItsErrorNumber() {
        LogDecoding d = MigrationLogDecoder.decodeText("""
                qemu-system-x86_64: error while loading state for instance 0x0 of device '0000:00:02.0/virtio-net'
                qemu-system-x86_64: load of migration failed: No such file or directory
                """);
        FailureStory s = d.stories().get(0);
        assertThat(s.cause()).isEmpty();
        assertThat(s.rule()).isEqualTo(Rule.UNKNOWN);
        assertThat(s.note()).contains("subsection").contains("rule vmstate");
        assertThat(s.title()).isEqualTo("gave up on section 0000:00:02.0/virtio-net");
    }

    @Test
    void cpuWarningsAndTheEnforceLineAreOneStoryWhoseCauseIsTheBlocker() {
        LogDecoding d = MigrationLogDecoder.decodeText("""
                qemu-system-x86_64: warning: TCG doesn't support requested feature: CPUID.01H:ECX.pcid [bit 17]
                qemu-system-x86_64: warning: TCG doesn't support requested feature: CPUID.07H:EBX.hle [bit 4]
                qemu-system-x86_64: TCG doesn't support requested features
                """);
        assertThat(d.stories()).hasSize(1);
        FailureStory s = d.stories().get(0);
        assertThat(s.causes()).hasSize(3);
        assertThat(s.cause().orElseThrow().pattern().id()).isEqualTo("cpu-features-enforced");
        assertThat(s.entities()).extracting(Entity::value).contains("pcid", "hle");
    }

    @Test
    void twoMigrationAttemptsInOneLogAreTwoStories() {
        LogDecoding d = MigrationLogDecoder.decodeText("""
                2025-12-01T10:00:00.000000Z qemu-kvm: Machine type received is 'pc-q35-10.0' and local is 'pc-q35-7.2'
                2025-12-01T10:00:00.000001Z qemu-kvm: load of migration failed: Invalid argument
                2025-12-01 10:00:01.000+0000: shutting down, reason=failed
                2025-12-01T10:05:00.000000Z qemu-kvm: Unknown ramblock "0000:00:02.0/e1000.rom", cannot accept migration
                2025-12-01T10:05:00.000001Z qemu-kvm: error while loading state for instance 0x0 of device 'ram'
                2025-12-01T10:05:00.000002Z qemu-kvm: load of migration failed: Invalid argument
                """);
        assertThat(d.stories()).hasSize(2);
        assertThat(d.stories().get(0).rule()).isEqualTo(Rule.MACHINE_TYPE);
        assertThat(d.stories().get(0).lastLine()).isEqualTo(2);
        assertThat(d.stories().get(1).rule()).isEqualTo(Rule.RAM_BLOCKS);
        assertThat(d.stories().get(1).firstLine()).isEqualTo(4);
        assertThat(d.unrecognized()).extracting(LogLine::number).containsExactly(3);
    }
}
