package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;

/** Host equivalence classes tell apart builds that share a version but not their content. */
class HostClassesTest {

    @Test
    void twoBuildsOfOneVersionWithDifferentContentAreTwoClasses() {
        // content ids share the prefix "qemu-10.0.2-": only the hash part tells a vendor build from Debian's
        QemuBuild debian = Fx.build("qemu-10.0.2-aaaaaaaaaaaa", "10.0.2").done();
        QemuBuild vendor = Fx.build("qemu-10.0.2-bbbbbbbbbbbb", "10.0.2").done();
        Host a = Fx.host("a", debian, Fx.uso(true));
        Host b = Fx.host("b", vendor, Fx.uso(true));
        Host c = Fx.host("c", debian, Fx.uso(true));

        assertThat(HostClasses.key(a)).isNotEqualTo(HostClasses.key(b)).isEqualTo(HostClasses.key(c));
        FleetAnalysis fa = FleetAnalysis.compute(List.of(a, b, c), List.of());
        assertThat(fa.classes()).hasSize(2);
        assertThat(fa.classOf(0)).isEqualTo(fa.classOf(2)).isNotEqualTo(fa.classOf(1));
    }
}
