package org.qompat.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qompat.engine.Compatibility;
import org.qompat.engine.Finding;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.Vm;

/**
 * The demo fleet shows every rule of the primer: each VM, from the host it runs on to a chosen destination, trips
 * the rule samples/README.md says it does (and the good case stays good). Guards the samples as the engine grows.
 */
class DemoFleetRulesTest {

    private static Fleet fleet;

    @BeforeAll
    static void load() {
        fleet = FleetLoader.load(List.of(Path.of("samples/fleet.json")), LoadProgress.NONE);
    }

    private static Verdict check(String vmName, String to) {
        Vm vm = fleet.vm(vmName).orElseThrow();
        return Compatibility.check(vm, fleet.host(vm.host()).orElseThrow(), fleet.host(to).orElseThrow());
    }

    private static Set<String> rules(Verdict v, Severity severity) {
        return v.findings().stream().filter(f -> f.severity() == severity).map(Finding::rule)
                .map(r -> r.id()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} -> {1}: {3} {2}")
    @CsvSource({
        "db-1,        west-r1-n01, machine-type,         BLOCKER",   // pc-q35-10.0 unknown to 7.2
        "web-2,       east-r3-n09, machine-type,         BLOCKER",   // -M q35: pc-q35-10.0 vs pc-q35-9.1
        "web-2,       east-r1-n01, machine-type,         WARNING",   // alias, same resolution today
        "api-1,       west-r1-n01, property-exists,      BLOCKER",   // host_uso=off on the command line, 7.2
        "batch-1,     west-r2-n05, effective-properties, BLOCKER",   // USO in hw_compat_8_1 vs 8_0
        "batch-1,     west-r2-n05, known-defect,         WARNING",
        "cache-1,     east-r2-n07, platform-feature,     BLOCKER",   // USO on, kernel 6.1
        "ml-1,        west-r1-n01, cpu-model,            BLOCKER",   // EPYC-Milan-v2 missing on 7.2
        "ml-1,        west-r2-n05, cpu-model,            BLOCKER",   // not runnable on Cascade Lake
        "infra-1,     east-r1-n01, vmstate,              BLOCKER",   // vendor virtio-balloon version
        "gpu-1,       lab-l2-n05,  vfio,                 BLOCKER",   // profile 2g.10gb not offered
        "gpu-1,       east-r2-n05, vfio,                 UNKNOWN",   // no VFIO models recorded
        "store-1,     east-r2-n05, migration-blocker,    BLOCKER",   // nvme, diagonal
        "legacy-1,    lab-l2-n04,  ram-blocks,           BLOCKER",   // bigger efi-e1000.rom
        "legacy-text, east-r1-n01, machine-type,         WARNING",   // command line unknown
    })
    void eachVmTripsItsRule(String vm, String to, String rule, Severity severity) {
        Verdict v = check(vm, to);
        assertThat(rules(v, severity)).as("%s -> %s: %s", vm, to, v.findings()).contains(rule);
    }

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
        "web-1,   east-r1-n01, OK",        // pc-q35-7.2 from 7.2 to 10.0: migrates for real (captured)
        "ml-1,    east-r2-n07, OK",        // pc-q35-7.2 pins USO off: the kernel does not matter
        "batch-1, east-r1-n01, OK",        // 9.1.3 and 10.0.2 agree on pc-q35-8.1
        "api-1,   west-r2-n05, OK",
    })
    void goodCasesStayGood(String vm, String to, VerdictStatus expected) {
        assertThat(check(vm, to).status()).isEqualTo(expected);
    }
}
