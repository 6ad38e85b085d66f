package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.Vm;

/** Linking decoded lines to the engine's findings of the same pair, and calling out disagreements both ways. */
class FindingLinkerTest {

    private static final Provenance P = new Provenance("test", "");
    private static final String USO_LOG = """
            kvm: Features 0x1c0010130afffa7 unsupported. Allowed features: 0x10179bfffe7
            kvm: Failed to load virtio-net:virtio
            kvm: error while loading state for instance 0x0 of device '0000:00:12.0/virtio-net'
            kvm: load of migration failed: Operation not permitted
            """;

    static Finding finding(Rule rule, Severity sev, String path, String property, String msg) {
        return new Finding(rule, sev, path, property, "on", "off", msg, P, P);
    }

    static Verdict verdict(VerdictStatus status, Finding... fs) {
        return new Verdict("web-1", "kvm-a01", "kvm-b07", status, List.of(fs));
    }

    @Test
    void usoLineLinksToThePlatformFeatureFindingOfThatProperty() {
        Finding uso = finding(Rule.PLATFORM_FEATURE, Severity.BLOCKER, "/machine/peripheral/net0/virtio-backend",
                "host_uso", "host_uso is on but kvm-b07 has no tap-uso (kernel 6.1)");
        Finding cpu = finding(Rule.CPU_MODEL, Severity.WARNING, "/machine/unattached/device[0]", "", "cpu ok");
        LogDecoding d = MigrationLogDecoder.decodeText(USO_LOG);
        LinkReport r = FindingLinker.link(d, verdict(VerdictStatus.BLOCKED, uso, cpu));
        DecodedMessage cause = d.stories().get(0).cause().orElseThrow();
        assertThat(r.findingsFor(cause)).containsExactly(uso);
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.agrees()).isTrue();
    }

    @Test
    void theBestNamedFindingWinsOverOneOfTheSameRuleOnAnotherDevice() {
        Finding e1000 = finding(Rule.DEVICE_TYPE, Severity.BLOCKER, "/machine/peripheral/nic1", "",
                "device type e1000 does not exist on 7.2");
        Finding igb = finding(Rule.DEVICE_TYPE, Severity.BLOCKER, "/machine/peripheral/nic2", "",
                "device type igb does not exist on 7.2");
        LogDecoding d = MigrationLogDecoder.decodeText(
                "qemu-system-x86_64: -device igb,id=nic2,netdev=n1: 'igb' is not a valid device model name");
        LinkReport r = FindingLinker.link(d, verdict(VerdictStatus.BLOCKED, e1000, igb));
        assertThat(r.findingsFor(d.stories().get(0).cause().orElseThrow())).containsExactly(igb);
        assertThat(r.mismatches()).extracting(Mismatch::kind).containsExactly(Mismatch.Kind.NOT_REACHED);
        assertThat(r.mismatches().get(0).finding()).isSameAs(e1000);
        assertThat(r.agrees()).isTrue();
    }

    @Test
    void aFailureTheEngineDidNotPredictIsADataGap() throws IOException {
        // real: the destination was started without the source's e1000 (a config mismatch no input showed)
        LogDecoding d = MigrationLogDecoder.decodeText(Files.readString(Path.of("src/test/resources/captures/"
                + "migration-errors/7.2-to-10.0-device-missing-on-destination-e1000-no-rom.stderr")));
        LinkReport r = FindingLinker.link(d, verdict(VerdictStatus.OK));
        assertThat(r.links()).isEmpty();
        assertThat(r.mismatches()).extracting(Mismatch::kind)
                .containsExactly(Mismatch.Kind.VERDICT_DISAGREES, Mismatch.Kind.NOT_PREDICTED);
        Mismatch gap = r.mismatches().get(1);
        assertThat(gap.message().pattern().id()).isEqualTo("unknown-section");
        assertThat(gap.explanation()).contains("did not predict").contains("rule device-type").contains("hot-plugged");
        assertThat(r.agrees()).isFalse();
    }

    @Test
    void aPredictedBlockerWithNoFailureLoggedIsCalledOut() {
        Finding mt = finding(Rule.MACHINE_TYPE, Severity.BLOCKER, "/machine", "", "pc-q35-10.0 not on 7.2");
        LogDecoding d = MigrationLogDecoder.decodeText("2025-12-01 10:00:00.000+0000: starting up libvirt version: "
                + "9.0.0, qemu version: 7.2.0, kernel: 6.1.0, hostname: kvm-b07\n");
        LinkReport r = FindingLinker.link(d, verdict(VerdictStatus.BLOCKED, mt));
        assertThat(r.mismatches()).extracting(Mismatch::kind)
                .containsExactly(Mismatch.Kind.VERDICT_DISAGREES, Mismatch.Kind.NOT_SEEN);
    }

    @Test
    void aFindingRatedBelowBlockerIsUnderrated() {
        Finding unknown = new Finding(Rule.MACHINE_TYPE, Severity.UNKNOWN, "/machine", "", "", "",
                "command line unknown: cannot tell what q35 resolves to", P, P);
        LogDecoding d = MigrationLogDecoder.decodeText(
                "qemu-system-x86_64: Machine type received is 'pc-q35-10.0' and local is 'pc-q35-7.2'");
        LinkReport r = FindingLinker.link(d, verdict(VerdictStatus.UNKNOWN, unknown));
        assertThat(r.mismatches()).extracting(Mismatch::kind).containsExactly(Mismatch.Kind.UNDERRATED);
        assertThat(r.mismatches().get(0).explanation()).contains("rated it unknown").contains("command line unknown");
    }

    @Test
    void aMessageNamingNothingLinksOnItsRuleAlone() {
        Finding mt = finding(Rule.MACHINE_TYPE, Severity.BLOCKER, "/machine", "", "pc-q35-10.0 is not registered");
        Finding dev = finding(Rule.DEVICE_TYPE, Severity.BLOCKER, "/machine/peripheral/x", "", "igb missing");
        LogDecoding d = MigrationLogDecoder.decodeText("qemu-system-x86_64: unsupported machine type\n"
                + "Use -machine help to list supported machines\n");
        LinkReport r = FindingLinker.link(d, verdict(VerdictStatus.BLOCKED, mt, dev));
        assertThat(r.findingsFor(d.stories().get(0).cause().orElseThrow())).containsExactly(mt);
        assertThat(r.mismatches()).extracting(Mismatch::kind).containsExactly(Mismatch.Kind.NOT_REACHED);
    }

    @Test
    void wordsMatchOnlyWholeNames() {
        assertThat(FindingLinker.containsWord("device e1000e missing", "e1000")).isFalse();
        assertThat(FindingLinker.containsWord("virtio-net-pci.host_uso", "host_uso")).isTrue();
        assertThat(FindingLinker.containsWord("/machine/peripheral/net0", "net0")).isTrue();
        assertThat(FindingLinker.containsWord("net0x", "net0")).isFalse();
    }

    @Test
    void pairGuessFindsTheVmAndTheDestinationTheLogNames() {
        Host a = host("kvm-a01");
        Host b = host("kvm-b07");
        Vm vm = new Vm("web-1", "pc-q35-8.1", "pc-q35-8.1", true, "max", null, "kvm-a01", List.of(), List.of(),
                Map.of(), P);
        Fleet fleet = new Fleet(List.of(a, b), List.of(vm), List.of(), List.of());
        LogDecoding d = MigrationLogDecoder.decodeText("2025-12-01 10:00:00.000+0000: starting up libvirt version: "
                + "9.0.0, qemu version: 7.2.0, kernel: 6.1.0, hostname: kvm-b07.example.org\n"
                + "LC_ALL=C /usr/bin/qemu-system-x86_64 -name guest=web-1,debug-threads=on -machine pc-q35-8.1\n");
        PairGuess g = PairGuess.of(fleet, d.context());
        assertThat(g.complete()).isTrue();
        assertThat(g.vm().orElseThrow().name()).isEqualTo("web-1");
        assertThat(g.from().orElseThrow().name()).isEqualTo("kvm-a01");
        assertThat(g.to().orElseThrow().name()).isEqualTo("kvm-b07");
        assertThat(PairGuess.of(fleet, MigrationLogDecoder.decodeText("nothing").context()).vm()).isEmpty();
    }

    static Host host(String name) {
        return new Host(name, Map.of(), "6.1.0", null, Map.of(), Map.of(), List.of(), null, P);
    }
}
