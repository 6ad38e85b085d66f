package org.qompat.io.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.model.CpuInfo;
import org.qompat.model.PlatformFeature;

/** Kernel, CPU and device-node facts read from a prepared root, and the tap offloads derived from the kernel. */
class HostPlatformProbeTest {

    @TempDir
    Path root;

    private void write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void readsFirstProcessorOfCpuinfo() throws Exception {
        write("proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Gold 6338\n"
                + "flags\t\t: fpu vme avx2 avx512f\n\nprocessor\t: 1\nvendor_id\t: Other\nflags\t\t: fpu\n");
        CpuInfo cpu = new HostPlatformProbe(root).cpu();
        assertThat(cpu.vendor()).isEqualTo("GenuineIntel");
        assertThat(cpu.modelName()).isEqualTo("Intel(R) Xeon(R) Gold 6338");
        assertThat(cpu.flags()).containsExactlyInAnyOrder("fpu", "vme", "avx2", "avx512f");
    }

    @Test
    void oldKernelHasNoTapUso() throws Exception {
        write("proc/sys/kernel/osrelease", "6.1.0-18-amd64\n");
        Map<String, PlatformFeature> f = new HostPlatformProbe(root).features("test");
        assertThat(f.get(PlatformFeature.TAP_USO).available()).isFalse();
        assertThat(f.get(PlatformFeature.TAP_USO).derivation()).contains("6.1.0-18-amd64 < 6.2");
        assertThat(f.get(PlatformFeature.TAP_UDP_TUNNEL_GSO).available()).isFalse();
    }

    @Test
    void newKernelHasTapUsoAndUnknownTunnelGso() throws Exception {
        write("proc/sys/kernel/osrelease", "6.18.44-fc-v1045");
        Map<String, PlatformFeature> f = new HostPlatformProbe(root).features("test");
        assertThat(f.get(PlatformFeature.TAP_USO).available()).isTrue();
        assertThat(f.get(PlatformFeature.TAP_USO).derivation()).contains(">= 6.2");
        assertThat(f.get(PlatformFeature.TAP_UDP_TUNNEL_GSO).known()).isFalse();
        assertThat(f.get(PlatformFeature.TAP_UDP_TUNNEL_GSO).derivation()).contains("unverified");
    }

    @Test
    void boundaryAndGarbageReleases() {
        assertThat(TapOffloads.derive("6.2.0", "t").get(PlatformFeature.TAP_USO).available()).isTrue();
        assertThat(TapOffloads.derive("5.15.0-91-generic", "t").get(PlatformFeature.TAP_USO).available()).isFalse();
        assertThat(TapOffloads.derive("not-a-kernel", "t").get(PlatformFeature.TAP_USO).known()).isFalse();
    }

    @Test
    void deviceNodesAreUsableOnlyWhenPresent() throws Exception {
        write("dev/kvm", "");
        Map<String, PlatformFeature> f = new HostPlatformProbe(root).features("test");
        assertThat(f.get(PlatformFeature.KVM).available()).isTrue();
        assertThat(f.get(PlatformFeature.VHOST_NET).available()).isFalse();
        assertThat(f.get(PlatformFeature.VHOST_NET).derivation()).isEqualTo("/dev/vhost-net does not exist");
    }
}
