package org.qompat.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/** The QOM tree's rows on the real demo captures: what counts as a difference the 2 a.m. reader must see. */
class PropertyRowsTest {

    @Test
    void propertiesOnlyOneBuildHasWithNoValueAreNotDifferencesButRealChangesAre() {
        Path samples = Path.of("samples");
        Assumptions.assumeTrue(Files.isDirectory(samples.resolve("builds")), "no demo fleet");
        Fleet fleet = FleetLoader.load(List.of(samples.resolve("builds"), samples.resolve("hosts/east-r1-n01.json"),
                samples.resolve("hosts/lab-qemu72.json"), samples.resolve("vms/web-2.json")), LoadProgress.NONE);
        Vm vm = fleet.vms().get(0);
        Host from = fleet.hosts().stream().filter(h -> h.name().equals("east-r1-n01")).findFirst().orElseThrow();
        Host to = fleet.hosts().stream().filter(h -> h.name().equals("lab-qemu72")).findFirst().orElseThrow();

        List<PropertyRow> rows = PropertyRows.compare(vm, from, to);

        // QEMU 10.0's CPU type has feature properties 7.2's lacks (and 7.2 a few 10.0 dropped), no value known
        List<PropertyRow> oneSided = rows.stream().filter(PropertyRow::unknownOnOneSideOnly).toList();
        assertThat(oneSided).hasSizeGreaterThan(10);
        assertThat(oneSided).noneMatch(PropertyRow::differs);
        assertThat(oneSided).allMatch(r -> r.destination() == null ? r.source().value() == null
                : r.source() == null && r.destination().value() == null);
        assertThat(oneSided).anyMatch(r -> r.type().endsWith("-x86_64-cpu") && r.destination() == null);
        // the USO bits are real: true on 10.0, absent on 7.2, and still differences
        assertThat(rows).filteredOn(r -> r.property().equals("host_uso") && r.path().endsWith("virtio-backend"))
                .singleElement().satisfies(r -> {
                    assertThat(r.differs()).isTrue();
                    assertThat(r.source().value()).isEqualTo("true");
                    assertThat(r.destination()).isNull();
                });
        // ICH9-LPC noreboot changes value between the machine types the alias resolves to: a difference
        assertThat(rows).anyMatch(r -> r.property().equals("noreboot") && r.differs());
    }
}
