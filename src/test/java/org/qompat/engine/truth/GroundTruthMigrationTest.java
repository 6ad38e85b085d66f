package org.qompat.engine.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qompat.engine.Compatibility;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.io.collect.HostCollectOptions;
import org.qompat.io.collect.HostCollector;
import org.qompat.io.collect.VmCollectOptions;
import org.qompat.io.collect.VmCollector;
import org.qompat.io.csource.CompatFill;
import org.qompat.io.csource.QemuSourceCheckout;
import org.qompat.io.qmp.QmpAddress;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * Ground truth: real QEMU 7.2 and 10.0 (TCG, paused, no guest) really migrate tiny VMs through a file, and the
 * engine — fed only with what the collectors gathered from the same binaries — must have predicted the outcome
 * (OK/WARN ⇔ the destination completed the load). Skipped where either QEMU is absent.
 */
class GroundTruthMigrationTest {

    static final String Q72 = "/usr/bin/qemu-system-x86_64";
    static final String Q100 = "/opt/qemu-10.0/qemu-system-x86_64";

    private static final java.util.concurrent.atomic.AtomicInteger MIGRATED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger FAILED = new java.util.concurrent.atomic.AtomicInteger();
    private static Host h72;
    private static Host h100;

    @TempDir
    static Path dir;

    @BeforeAll
    static void collectHosts() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(Q72)) && Files.isExecutable(Path.of(Q100)),
                "QEMU 7.2 and 10.0 are needed (run .ci/install-qemu.sh)");
        long t0 = System.nanoTime();
        Host raw72 = new HostCollector(HostCollectOptions.of(Q72).withName("h72")
                .withMachines(List.of("pc-q35-7.2"))).collect().host();
        // QEMU 7.2 cannot report compat props: fill them from the 7.2 source, as a user would
        QemuBuild filled = CompatFill.fill(raw72.build(), QemuSourceCheckout.read(
                Path.of("src/test/resources/qemu-source/v7.2"), "QEMU 7.2 source"));
        h72 = raw72.withBuild(filled);
        h100 = new HostCollector(HostCollectOptions.of(Q100).withName("h100")
                .withMachines(List.of("pc-q35-7.2", "pc-q35-10.0", "pc-i440fx-7.2"))).collect().host();
        System.out.printf("ground truth: collected both hosts in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    record Scenario(String name, String from, String to, List<String> args) {
        @Override
        public String toString() {
            return name + " " + (from.equals(Q72) ? "7.2" : "10.0") + "->" + (to.equals(Q72) ? "7.2" : "10.0");
        }
    }

    private static final List<String> NET = List.of("-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev",
            "user,id=n0");

    static List<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        both(s, "q35-7.2 virtio-net", args("-M", "pc-q35-7.2", NET));
        s.add(new Scenario("q35-7.2 virtio-net diagonal", Q72, Q72, args("-M", "pc-q35-7.2", NET)));
        s.add(new Scenario("q35-7.2 virtio-net diagonal", Q100, Q100, args("-M", "pc-q35-7.2", NET)));
        both(s, "q35-7.2 e1000 + virtio-blk", args("-M", "pc-q35-7.2", List.of("-device", "e1000,id=nic0,netdev=n0",
                "-netdev", "user,id=n0", "-blockdev", "driver=null-co,node-name=d0", "-device",
                "virtio-blk-pci,id=disk0,drive=d0")));
        both(s, "i440fx-7.2 e1000", args("-M", "pc-i440fx-7.2", List.of("-device", "e1000,id=nic0,netdev=n0",
                "-netdev", "user,id=n0")));
        both(s, "alias q35", args("-M", "q35", NET));
        s.add(new Scenario("no -M", Q72, Q100, args(NET)));
        s.add(new Scenario("q35-10.0 virtio-net", Q100, Q72, args("-M", "pc-q35-10.0", NET)));
        s.add(new Scenario("q35-10.0 virtio-net", Q100, Q100, args("-M", "pc-q35-10.0", NET)));
        s.add(new Scenario("q35-7.2 host_uso=off set", Q100, Q72, args("-M", "pc-q35-7.2", List.of("-device",
                "virtio-net-pci,id=net0,netdev=n0,host_uso=off", "-netdev", "user,id=n0"))));
        s.add(new Scenario("q35-7.2 nvme (unmigratable)", Q72, Q72, args("-M", "pc-q35-7.2", List.of("-blockdev",
                "driver=null-co,node-name=d1", "-device", "nvme,id=nvme0,serial=deadbeef,drive=d1"))));
        return s;
    }

    private static void both(List<Scenario> s, String name, List<String> args) {
        s.add(new Scenario(name, Q72, Q100, args));
        s.add(new Scenario(name, Q100, Q72, args));
    }

    private static List<String> args(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) l.forEach(x -> out.add((String) x));
            else out.add((String) p);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void enginePredictsTheRealOutcome(Scenario sc) throws Exception {
        List<String> vmArgs = new ArrayList<>(RealMigration.BASE);
        vmArgs.addAll(sc.args());
        long t0 = System.nanoTime();
        VmCollector collector = new VmCollector(VmCollectOptions.defaults().withName(sc.name()));
        RealMigration.Outcome real = RealMigration.run(sc.from(), sc.to(), vmArgs, dir,
                sock -> collector.collectRunning(QmpAddress.parse("unix:" + sock)));
        Vm vm = real.vm();
        assertThat(vm).as("the collector read the running source VM").isNotNull();
        assertThat(vm.commandLineKnown()).as("command line from /proc").isTrue();
        Verdict verdict = Compatibility.check(vm, host(sc.from()), host(sc.to()));
        (real.migrated() ? MIGRATED : FAILED).incrementAndGet();
        boolean predicted = verdict.status() == VerdictStatus.OK || verdict.status() == VerdictStatus.WARN;
        String findings = verdict.findings().stream().map(f -> "  " + f.severity() + " " + f.rule().id() + " "
                + f.path() + " " + f.property() + ": " + f.message()).collect(Collectors.joining("\n"));
        System.out.println(sc + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms): engine " + verdict.status() + ", real " + (real.migrated() ? "migrated"
                : "failed: " + real.why()) + "\n" + findings);
        assertThat(predicted).as("%s: engine said %s, QEMU %s\n%s", sc, verdict.status(),
                real.migrated() ? "migrated" : "failed: " + real.why(), findings).isEqualTo(real.migrated());
    }

    /** The scenarios must exercise both outcomes, or agreement would prove little. */
    @org.junit.jupiter.api.AfterAll
    static void bothOutcomesWereSeen() {
        if (h72 == null) return;
        assertThat(MIGRATED.get()).as("scenarios that really migrated").isGreaterThanOrEqualTo(6);
        assertThat(FAILED.get()).as("scenarios that really failed").isGreaterThanOrEqualTo(5);
    }

    private static Host host(String binary) {
        return binary.equals(Q72) ? h72 : h100;
    }
}
