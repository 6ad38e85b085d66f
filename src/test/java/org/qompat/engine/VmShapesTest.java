package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** VMs alike but for name and host share one rule run; each still gets its own, correct verdicts. */
class VmShapesTest {

    private final QemuBuild q90 = Fx.usoBuild90();
    private final QemuBuild q80 = Fx.build80();

    private final Vm modern = Fx.vmWithArg("modern", "pc-q35-9.0", "pc-q35-9.0", Fx.netTap("pc-q35-9.0"),
            Fx.q35Tree("pc-q35-9.0"));
    private final Vm pinned = Fx.vmWithArg("pinned", "pc-q35-8.0", "pc-q35-8.0", Fx.netTap("pc-q35-8.0"),
            Fx.q35Tree("pc-q35-8.0"));

    /** A copy made from a template, as a fleet generator or a cloned VM would: other name and host, same file. */
    private static Vm copyOf(Vm t, String name, String host) {
        return new Vm(name, t.machineType(), t.machineArg(), t.commandLineKnown(), t.cpuModel(), t.root(), host,
                t.commandLine(), t.ramBlocks(), t.vfio(), t.provenance());
    }

    @Test
    void copiesShareAShapeButAnyRuleInputOrAnotherFileMakesANewOne() {
        Vm sameContentOtherTreeObject = copyOf(modern, "m3", null).withRoot(Fx.q35Tree("pc-q35-9.0"));
        Vm otherCpu = copyOf(modern, "m4", null).withCpuModel("Skylake-Server");
        Vm otherFile = new Vm("m5", modern.machineType(), modern.machineArg(), true, modern.cpuModel(), modern.root(),
                null, modern.commandLine(), List.of(), java.util.Map.of(), Provenance.json("m5.json", ""));
        VmShapes s = VmShapes.of(List.of(modern, copyOf(modern, "m1", "h1"), pinned, copyOf(modern, "m2", "h2"),
                sameContentOtherTreeObject, otherCpu, otherFile));
        assertThat(s.shapeOfVm()).containsExactly(0, 0, 1, 0, 0, 2, 3);
        assertThat(s.representative()).containsExactly(0, 2, 5, 6);
    }

    @Test
    void theShapeKeyCoversEveryVmComponentButNameAndHost() {
        // a new Vm component must either be a rule input (add it to VmShapes.Key) or be listed here on purpose
        List<String> vm = Arrays.stream(Vm.class.getRecordComponents()).map(RecordComponent::getName).toList();
        Class<?> keyType = Arrays.stream(VmShapes.class.getDeclaredClasses())
                .filter(c -> c.getSimpleName().equals("Key")).findFirst().orElseThrow();
        List<String> key = Arrays.stream(keyType.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> expected = new ArrayList<>(vm);
        expected.removeAll(List.of("name", "host"));
        expected.replaceAll(n -> n.equals("root") ? "tree" : n);
        assertThat(key).containsExactlyElementsOf(expected);
    }

    @Test
    void everyCopyAnswersUnderItsOwnNameWithTheFindingsOfASingleCheck() {
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < 2; i++) hosts.add(Fx.host("new" + i, q90, Fx.uso(true)));
        hosts.add(Fx.host("oldk", q90, Fx.uso(false)));
        hosts.add(Fx.host("old", q80, Fx.uso(false)));
        List<Vm> vms = List.of(modern, copyOf(pinned, "pinned-2", "old"), copyOf(modern, "modern-2", "new1"), pinned,
                copyOf(modern, "modern-3", "oldk"));
        FleetAnalysis fa = FleetAnalysis.compute(hosts, vms);
        boolean sawBlocked = false;
        for (int v = 0; v < vms.size(); v++) {
            for (int a = 0; a < hosts.size(); a++) {
                for (int b = 0; b < hosts.size(); b++) {
                    Verdict direct = Compatibility.check(vms.get(v), hosts.get(a), hosts.get(b));
                    Verdict fleet = fa.verdict(v, a, b);
                    String what = vms.get(v).name() + " " + hosts.get(a).name() + "->" + hosts.get(b).name();
                    assertThat(fleet).as(what).isEqualTo(direct);
                    assertThat(fa.status(v, a, b)).as(what).isEqualTo(direct.status());
                    Verdict cls = fa.classVerdict(v, fa.classOf(a), fa.classOf(b));
                    assertThat(cls.vm()).as(what).isEqualTo(vms.get(v).name());
                    assertThat(cls.status()).as(what).isEqualTo(direct.status());
                    assertThat(fa.classStatus(v, fa.classOf(a), fa.classOf(b))).as(what).isEqualTo(direct.status());
                    sawBlocked |= direct.status() == VerdictStatus.BLOCKED;
                }
            }
        }
        assertThat(sawBlocked).isTrue();
        java.util.BitSet copiesOfModern = new java.util.BitSet();
        copiesOfModern.set(0);
        copiesOfModern.set(2);
        copiesOfModern.set(4);
        assertThat(fa.movableCount(0, 3, copiesOfModern)).isZero();
        assertThat(fa.movableCount(0, 1, copiesOfModern)).isEqualTo(3);
    }
}
