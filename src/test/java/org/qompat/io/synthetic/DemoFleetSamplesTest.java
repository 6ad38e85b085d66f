package org.qompat.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.CompatProperty;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** The shipped demo fleet (samples/) loads cleanly and has the shape and facts samples/README.md promises. */
class DemoFleetSamplesTest {

    static final Path SAMPLES = Path.of("samples");
    private static Fleet fleet;

    @BeforeAll
    static void load() {
        fleet = FleetLoader.load(List.of(SAMPLES.resolve("fleet.json")), LoadProgress.NONE);
    }

    private static Host host(String name) {
        return fleet.host(name).orElseThrow();
    }

    @Test
    void shapeClustersRacksAndPlacement() {
        assertThat(fleet.problems()).isEmpty();
        assertThat(fleet.hosts()).hasSize(24);
        assertThat(fleet.vms()).hasSize(12);
        assertThat(fleet.hosts().stream().map(h -> h.label("cluster")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("east", "west", "lab");
        assertThat(fleet.hosts()).allSatisfy(h -> assertThat(h.label("rack")).isNotBlank());
        assertThat(fleet.vms()).allSatisfy(v -> assertThat(fleet.host(v.host())).as(v.name()).isPresent());
        // builds are shared: 8 build files for 24 hosts, each loaded once
        assertThat(fleet.builds()).hasSize(8);
    }

    @Test
    void collectedHostsCarryRealFacts() {
        QemuBuild b72 = host("lab-qemu72").build();
        assertThat(b72.version().toString()).isEqualTo("7.2.22");
        assertThat(b72.machineTypes()).hasSize(59);
        // filled from the 7.2 source: the binary itself cannot report compat-props
        MachineType q60 = b72.machineTypes().get("pc-q35-6.0");
        assertThat(q60.compatPropsKnown()).isTrue();
        assertThat(q60.compatProps().get(0).origin()).isEqualTo("hw_compat_7_1");
        QemuBuild b100 = host("lab-qemu100").build();
        assertThat(b100.machineTypes().get("pc-q35-8.0").compatProps()).extracting(CompatProperty::describe)
                .contains("virtio-net-device.host_uso=off");
        assertThat(b100.vmstateByMachine()).containsKeys("pc-q35-7.2", "pc-q35-8.1", "pc-q35-10.0");
    }

    @Test
    void derivedBuildsDisagreeOnPcQ35EightOne() {
        QemuBuild b82 = host("west-r2-n05").build();
        QemuBuild b91 = host("east-r3-n09").build();
        assertThat(b82.version().toString()).isEqualTo("8.2.2");
        assertThat(b91.version().toString()).isEqualTo("9.1.3");
        assertThat(b82.machineTypes().get("pc-q35-8.1").compatProps()).noneMatch(p -> p.property().equals("host_uso"));
        assertThat(b91.machineTypes().get("pc-q35-8.1").compatProps()).anyMatch(p -> p.property().equals("host_uso"));
        assertThat(b82.packageString()).contains("derived");
    }

    @Test
    void platformDifferencesThePrimerRulesNeed() {
        assertThat(host("east-r2-n07").features().get(PlatformFeature.TAP_USO).available()).isFalse();
        assertThat(host("east-r1-n04").features().get(PlatformFeature.TAP_USO).available()).isTrue();
        assertThat(host("lab-l2-n04").firmware().get("efi-e1000.rom").size())
                .isGreaterThan(host("west-r1-n02").firmware().get("efi-e1000.rom").size());
        assertThat(host("west-r1-n01").build().cpuModels()).doesNotContainKey("EPYC-Milan-v2");
        assertThat(host("east-r2-n06").build().cpuModels().get("EPYC-Milan-v2").runnable()).isTrue();
        assertThat(host("lab-l2-n03").build().vmstateByMachine().get("pc-q35-10.0").sections()
                .get("virtio-balloon-device").versionId())
                .isGreaterThan(host("east-r1-n01").build().vmstateByMachine().get("pc-q35-10.0").sections()
                        .get("virtio-balloon-device").versionId());
        assertThat(host("east-r1-n01").vfioModels()).isNotEmpty();
    }

    @Test
    void vmsAsCollectedAndVaried() {
        Vm web2 = fleet.vm("web-2").orElseThrow();
        assertThat(web2.machineArg()).isEqualTo("q35");
        assertThat(web2.machineType()).isEqualTo("pc-q35-10.0");
        assertThat(web2.commandLine()).contains("tap,id=n0,vhost=on");
        Vm api = fleet.vm("api-1").orElseThrow();
        assertThat(api.root().find("/machine/peripheral/net0").orElseThrow().explicitProperties()).contains("host_uso");
        assertThat(fleet.vm("store-1").orElseThrow().root().flatten()).anyMatch(n -> "nvme".equals(n.type()));
        assertThat(fleet.vm("gpu-1").orElseThrow().vfio()).containsKey(DemoVms.HOSTDEV);
        Vm text = fleet.vm("legacy-text").orElseThrow();
        assertThat(text.commandLineKnown()).isFalse();
        assertThat(text.host()).isEqualTo("west-r1-n03");
    }

    @Test
    void samplesStayUnderFifteenMegabytes() throws Exception {
        long bytes;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(15L << 20);
        assertThat(Set.of(Files.list(SAMPLES.resolve("builds")).toArray())).hasSize(8);
    }
}
