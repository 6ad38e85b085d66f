package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

class MachineTypeRuleTest {

    private final QemuBuild q72 = Fx.build("q72", "7.2.0").x86Types()
            .machine("pc-q35-7.2", "q35", false).machine("pc-i440fx-7.2", "pc", true).done();
    private final QemuBuild q72b = Fx.build("q72b", "7.2.11").x86Types()
            .machine("pc-q35-7.2", "q35", false).machine("pc-i440fx-7.2", "pc", true).done();
    private final QemuBuild q100 = Fx.build("q100", "10.0.2").x86Types()
            .machine("pc-q35-7.2", null, false).deprecatedMachine("pc-q35-5.2")
            .machine("pc-q35-10.0", "q35", false).machine("pc-i440fx-10.0", "pc", true)
            .machine("pc-i440fx-7.2", null, false).done();
    private final Host h72 = Fx.host("h72", q72, Map.of());
    private final Host h72b = Fx.host("h72b", q72b, Map.of());
    private final Host h100 = Fx.host("h100", q100, Map.of());

    @Test
    void aliasResolvingToDifferentNewestTypesOnTwoBinariesBlocks() {
        Vm vm = Fx.vmWithArg("v", "pc-q35-10.0", "q35", Fx.netUser("q35"), Fx.q35Tree("pc-q35-10.0"));
        Verdict down = Compatibility.check(vm, h100, h72);
        List<Finding> f = RuleAsserts.of(down, Rule.MACHINE_TYPE, Severity.BLOCKER);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).sourceValue()).isEqualTo("pc-q35-10.0");
        assertThat(f.get(0).destinationValue()).isEqualTo("pc-q35-7.2");
        assertThat(f.get(0).message()).contains("Machine type received is 'pc-q35-10.0' and local is 'pc-q35-7.2'");
        assertThat(down.status()).isEqualTo(VerdictStatus.BLOCKED);
        // the old -> new direction fails too: the same alias means pc-q35-10.0 on the destination
        assertThat(RuleAsserts.of(Compatibility.check(vm, h72, h100), Rule.MACHINE_TYPE, Severity.BLOCKER))
                .singleElement().satisfies(x -> assertThat(x.destinationValue()).isEqualTo("pc-q35-10.0"));
    }

    @Test
    void aliasResolvingToTheSameTypeIsAWarning() {
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "q35", Fx.netUser("q35"), Fx.q35Tree("pc-q35-7.2"));
        Verdict v = Compatibility.check(vm, h72, h72b);
        assertThat(RuleAsserts.of(v, Rule.MACHINE_TYPE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("alias 'q35'").contains("Pin -M pc-q35-7.2");
        });
    }

    @Test
    void noMachineArgumentResolvesToEachBuildsDefault() {
        Vm vm = Fx.vmWithArg("v", "pc-i440fx-7.2", null, Fx.netUser(null), Fx.q35Tree("pc-i440fx-7.2"));
        Finding f = RuleAsserts.of(Compatibility.check(vm, h72, h100), Rule.MACHINE_TYPE, Severity.BLOCKER).get(0);
        assertThat(f.sourceValue()).isEqualTo("pc-i440fx-7.2");
        assertThat(f.destinationValue()).isEqualTo("pc-i440fx-10.0");
        assertThat(f.message()).contains("with no -M");
    }

    @Test
    void unknownCommandLineIsSaidAsAWarning() {
        Vm vm = Fx.vm("v", "pc-q35-7.2", List.of(), Fx.q35Tree("pc-q35-7.2"));
        List<Finding> f = RuleAsserts.of(Compatibility.check(vm, h72, h100), Rule.MACHINE_TYPE);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("command line is unknown");
        });
    }

    @Test
    void versionedTypeUnknownToTheDestinationBlocks() {
        Vm vm = Fx.vmWithArg("v", "pc-q35-10.0", "pc-q35-10.0", Fx.netUser("pc-q35-10.0"),
                Fx.q35Tree("pc-q35-10.0"));
        Finding f = RuleAsserts.of(Compatibility.check(vm, h100, h72), Rule.MACHINE_TYPE, Severity.BLOCKER).get(0);
        assertThat(f.message()).contains("unsupported machine type");
        // the destination side says what is there instead, not a copy of the source's name
        assertThat(f.sourceValue()).isEqualTo("pc-q35-10.0");
        assertThat(f.destinationValue()).startsWith("not registered (newest: pc-q35-");
        assertThat(f.destinationValue()).doesNotContain("10.0");
        assertThat(f.destinationProvenance().file()).isEqualTo("q72.json");
        // and the same VM on its own host is fine for this rule
        assertThat(RuleAsserts.of(Compatibility.check(vm, h100, h100), Rule.MACHINE_TYPE)).isEmpty();
    }

    @Test
    void deprecatedDestinationTypeWarns() {
        QemuBuild q52 = Fx.build("q52", "5.2.0").x86Types().machine("pc-q35-5.2", "q35", false).done();
        Vm vm = Fx.vmWithArg("v", "pc-q35-5.2", "pc-q35-5.2", Fx.netUser("pc-q35-5.2"), Fx.q35Tree("pc-q35-5.2"));
        List<Finding> f = RuleAsserts.of(Compatibility.check(vm, Fx.host("h52", q52, Map.of()), h100),
                Rule.MACHINE_TYPE);
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("deprecated"));
    }
}
