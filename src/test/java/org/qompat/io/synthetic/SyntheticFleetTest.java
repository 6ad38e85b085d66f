package org.qompat.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/** The synthetic fleet: deterministic, K classes, shared builds, and it loads back through FleetLoader. */
class SyntheticFleetTest {

    @TempDir
    Path dir;

    private static final Vm TEMPLATE = new Vm("web", "pc-q35-8.0", "pc-q35-8.0", true, "qemu64",
            new QomNode("/machine", "pc-q35-8.0-machine", java.util.Map.of(), java.util.Map.of(), Set.of(),
                    List.of(), Provenance.UNKNOWN), null, List.of("qemu", "-M", "pc-q35-8.0"), List.of(),
            java.util.Map.of(), Provenance.UNKNOWN);

    private static List<QemuBuild> builds() {
        QemuBuild ten = TinyBuilds.ten();
        return List.of(ten, DerivedBuilds.olderRelease(ten, TinyBuilds.seventwo(),
                new org.qompat.model.QemuVersion(8, 2, 2), "d", true));
    }

    @Test
    void sameSeedSameFleet() {
        var spec = new SyntheticFleet.Spec(200, 12, 50, 7);
        Fleet a = SyntheticFleet.generate(spec, builds(), List.of(TEMPLATE));
        Fleet b = SyntheticFleet.generate(spec, builds(), List.of(TEMPLATE));
        assertThat(a.hosts()).extracting(Host::name).isEqualTo(b.hosts().stream().map(Host::name).toList());
        assertThat(a.vms()).extracting(Vm::host).isEqualTo(b.vms().stream().map(Vm::host).toList());
        Fleet c = SyntheticFleet.generate(new SyntheticFleet.Spec(200, 12, 50, 8), builds(), List.of(TEMPLATE));
        assertThat(c.vms()).extracting(Vm::host).isNotEqualTo(a.vms().stream().map(Vm::host).toList());
    }

    @Test
    void everyClassIsUsedAndBuildsAreSharedInstances() {
        Fleet f = SyntheticFleet.generate(new SyntheticFleet.Spec(300, 16, 10, 1), builds(), List.of(TEMPLATE));
        assertThat(f.hosts()).hasSize(300);
        Set<String> classes = f.hosts().stream()
                .map(h -> h.build().id() + "|" + h.kernelRelease() + "|" + h.cpu().modelName())
                .collect(Collectors.toSet());
        assertThat(classes).hasSize(16);
        assertThat(f.hosts().stream().map(Host::build).distinct()).hasSize(2);
        assertThat(f.hosts()).allSatisfy(h -> assertThat(h.labels()).containsKeys("cluster", "rack"));
        assertThat(f.vms()).allSatisfy(v -> assertThat(f.host(v.host())).isPresent());
    }

    @Test
    void writtenFleetLoadsBackWithOneBuildFilePerBuild() throws Exception {
        Fleet f = SyntheticFleet.generate(new SyntheticFleet.Spec(40, 6, 5, 3), builds(), List.of(TEMPLATE));
        Path manifest = SyntheticFleet.write(f, dir);
        FleetLoader.Result r = FleetLoader.loadDetailed(List.of(manifest), LoadProgress.NONE);
        assertThat(r.fleet().problems()).isEmpty();
        assertThat(r.fleet().hosts()).hasSize(40);
        assertThat(r.fleet().vms()).hasSize(5);
        assertThat(r.fleet().builds()).hasSize(2);
        assertThat(java.nio.file.Files.list(dir.resolve("builds")).count()).isEqualTo(2);
        Vm v = r.fleet().vms().get(0);
        assertThat(v.host()).isEqualTo(f.vms().get(0).host());
    }
}
