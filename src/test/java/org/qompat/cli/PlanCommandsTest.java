package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qompat.plan.DemoFleet;

/** {@code qompat baseline} and {@code qompat drain} on the demo fleet, as a user runs them. */
class PlanCommandsTest {

    @Test
    void the_east_baseline_says_which_vms_no_pin_can_fix_and_why() {
        DemoFleet.fleet(); // skips when samples/ has no fleet
        CliRun r = CliRun.of("baseline", DemoFleet.dir().toString(), "--hosts", "cluster=east");
        assertThat(r.exit()).as(r.err()).isEqualTo(1); // not every VM can move, though no pin is missing
        assertThat(r.out()).contains("-global virtio-net-pci.host_uso=off")
                .contains("VM store-1: not movable everywhere, and no baseline can change that")
                .contains("  no pin can fix  cannot migrate at all: nvme0 (nvme) has a migration blocker")
                .contains("Summary: 6 of 8 VMs verified movable; no pin can fix gpu-1, store-1")
                .contains("  store-1: cannot migrate at all: nvme0 (nvme) has a migration blocker")
                .contains("  gpu-1: hostdev0 is VFIO passthrough (nvidia.com/a100-mig)")
                .doesNotContain("still blocked");
    }

    @Test
    void draining_store_1s_host_strands_it_and_exits_1() throws Exception {
        String host = DemoFleet.fleet().vm("store-1").orElseThrow().host();
        CliRun r = CliRun.of("drain", DemoFleet.dir().toString(), "--hosts", host, "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("stranded")).singleElement().satisfies(s -> {
            assertThat(s.get("vm").asText()).isEqualTo("store-1");
            assertThat(s.get("blockers").get(0).get("rule").asText()).isEqualTo("migration-blocker");
            assertThat(s.get("blockers").get(0).get("subject").asText()).isEqualTo("nvme");
        });
        assertThat(json.get("placements")).extracting(p -> p.get("vm").asText()).containsExactly("api-1");
    }
}
