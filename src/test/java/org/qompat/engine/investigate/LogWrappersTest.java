package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wrappers people paste around QEMU's messages come off, and what they say about the source is kept. */
class LogWrappersTest {

    @Test
    void plainQemuStderr() {
        LogLine l = LogLineReader.unwrap(1, "qemu-system-x86_64: load of migration failed: Invalid argument");
        assertThat(l.message()).isEqualTo("load of migration failed: Invalid argument");
        assertThat(l.program()).isEqualTo("qemu-system-x86_64");
    }

    @Test
    void qemuTimestampInALibvirtDomainLog() {
        LogLine l = LogLineReader.unwrap(7,
                "2025-12-01T10:11:12.345678Z qemu-kvm: Features 0x1c0010130afffa7 unsupported. Allowed features: "
                        + "0x10179bfffe7");
        assertThat(l.timestamp()).isEqualTo("2025-12-01T10:11:12.345678Z");
        assertThat(l.program()).isEqualTo("qemu-kvm");
        assertThat(l.message()).startsWith("Features 0x1c0010130afffa7");
        assertThat(l.number()).isEqualTo(7);
    }

    @Test
    void libvirtOwnLineWithPidAndLevel() {
        LogLine l = LogLineReader.unwrap(1, "2025-12-01 10:11:12.345+0000: 4321: error : "
                + "qemuMigrationJobCheckStatus:1927 : operation failed: job 'migration in' failed: load of migration "
                + "failed: Operation not permitted");
        assertThat(l.timestamp()).isEqualTo("2025-12-01 10:11:12.345+0000");
        assertThat(l.message()).startsWith("operation failed: job 'migration in' failed");
    }

    @Test
    void journalLineKeepsTheHost() {
        LogLine l = LogLineReader.unwrap(1, "Dec 01 10:11:12 kvm-b07 qemu-kvm[98765]: kvm: Failed to load "
                + "virtio-net:virtio");
        assertThat(l.host()).isEqualTo("kvm-b07");
        assertThat(l.timestamp()).isEqualTo("Dec 01 10:11:12");
        assertThat(l.message()).isEqualTo("Failed to load virtio-net:virtio");
    }

    @Test
    void journalLineAroundALibvirtdErrorWithAnEmbeddedQemuStamp() {
        LogDecoding d = MigrationLogDecoder.decodeText("Dec  1 10:11:12 kvm-b07 libvirtd[1234]: internal error: QEMU "
                + "unexpectedly closed the monitor (vm='web-1'): 2025-12-01T10:11:12.000000Z qemu-kvm: -device "
                + "virtio-net-pci,id=net0,host_uso=off: Property 'virtio-net-pci.host_uso' not found");
        assertThat(d.messages()).extracting(m -> m.pattern().id())
                .containsExactly("device-option", "property-not-found", "libvirt-monitor-closed");
        assertThat(d.context().vms()).containsExactly("web-1");
        assertThat(d.context().hosts()).containsExactly("kvm-b07");
        assertThat(d.lines().get(0).program()).isEqualTo("libvirtd");
    }

    @Test
    void kubevirtJsonLine() {
        LogLine l = LogLineReader.unwrap(1, "{\"component\":\"virt-launcher\",\"level\":\"error\",\"msg\":\"operation "
                + "failed: guest CPU doesn't match specification: missing features: vmx-vmfunc\",\"pos\":\"x.go:1\","
                + "\"timestamp\":\"2024-08-02T11:34:07.000000Z\"}");
        assertThat(l.message()).isEqualTo("operation failed: guest CPU doesn't match specification: missing features:"
                + " vmx-vmfunc");
        assertThat(l.program()).isEqualTo("virt-launcher");
        assertThat(l.timestamp()).isEqualTo("2024-08-02T11:34:07.000000Z");
    }

    @Test
    void jsonEscapesAreDecoded() {
        assertThat(LogLineReader.jsonString("{\"msg\":\"a \\\"b\\\" \\u0041\\\\\"}", "msg")).isEqualTo("a \"b\" A\\");
        assertThat(LogLineReader.jsonString("{\"other\":1}", "msg")).isNull();
    }

    @Test
    void linesKeepTheirNumbersAndCrLf() {
        List<LogLine> lines = LogLineReader.read("a\r\nb\n\nc\n");
        assertThat(lines).extracting(LogLine::number).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(LogLine::raw).containsExactly("a", "b", "", "c");
    }

    @Test
    void libvirtStartLineNamesTheDestinationHostAndItsKernel() {
        LogDecoding d = MigrationLogDecoder.decodeText("2025-12-01 10:00:00.000+0000: starting up libvirt version: "
                + "9.0.0, package: 9.0.0-4 (Debian), qemu version: 7.2.0Debian 1:7.2+dfsg-7, kernel: 6.1.0-37-amd64, "
                + "hostname: kvm-b07.example.org\nLC_ALL=C /usr/bin/qemu-system-x86_64 -name guest=web-1,debug-threads"
                + "=on -S -machine pc-q35-8.1,usb=off\n");
        assertThat(d.context().hosts()).containsExactly("kvm-b07.example.org");
        assertThat(d.context().kernels()).containsExactly("6.1.0-37-amd64");
        assertThat(d.context().qemuVersions()).containsExactly("7.2.0Debian 1:7.2+dfsg-7");
        assertThat(d.context().vms()).containsExactly("web-1");
        assertThat(d.context().machines()).containsExactly("pc-q35-8.1");
        assertThat(d.stories()).isEmpty();
    }
}
