package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qompat.engine.Rule;

/**
 * Every message form of qemu-reference.md §5 (both the pre-10.2 and the 10.2 wordings), §4.5 and §6.2, one line
 * each, with the pattern, rule and entities the decoder must report. Lines marked "real" are copied from the
 * captures of real QEMU runs; the others are built from QEMU's format strings with plausible values.
 */
class MessageFormsTest {

    record Example(String line, String patternId, Rule rule, List<String> entities) {
        @Override
        public String toString() {
            return patternId + ": " + line;
        }
    }

    static Example ex(String line, String id, Rule rule, String... entities) {
        return new Example(line, id, rule, List.of(entities));
    }

    static Stream<Example> examples() {
        return Stream.of(
                ex("kvm: Features 0x1c0010130afffa7 unsupported. Allowed features: 0x10179bfffe7", "virtio-features",
                        Rule.PLATFORM_FEATURE, "property=host_uso", "property=guest_uso4", "platformFeature=tap-uso",
                        "featureBit=56 VIRTIO_NET_F_HOST_USO (host_uso)"),
                ex("qemu-system-x86_64: Features 0x000000000000001e01c0010130bfffa7 unsupported. Allowed features: "
                        + "0x000000000000000001c0010179bfffe7", "virtio-features", Rule.PLATFORM_FEATURE,
                        "property=host_tunnel", "platformFeature=tap-udp-tunnel-gso"),
                ex("qemu-system-x86_64: Features 0x39ff8064 unsupported. Allowed features: 0x10179bf8064", // real
                        "virtio-features", Rule.EFFECTIVE_PROPERTIES, "property=mq"),
                ex("qemu-system-x86_64: virtio-net: saved image requires vnet_hdr=on", "virtio-net-vnet-hdr", // real
                        Rule.PLATFORM_FEATURE),
                ex("virtio-net: saved image requires TUN_F_UFO support", "virtio-net-ufo", Rule.PLATFORM_FEATURE),
                ex("qemu-system-x86_64: Failed to load PCIDevice:config", "failed-to-load", Rule.VMSTATE, // real
                        "vmsd=PCIDevice", "field=config"),
                ex("Input validation failed: virtio-net/curr_queue_pairs", "input-validation", Rule.VMSTATE,
                        "vmsd=virtio-net", "field=curr_queue_pairs"),
                ex("qemu-system-x86_64: Unknown savevm section or instance '0000:00:02.0/e1000' 0. Make sure that "
                        + "your current VM setup matches your saved VM setup, including any hotplugged devices", // real
                        "unknown-section", Rule.DEVICE_TYPE, "section=0000:00:02.0/e1000", "device=e1000",
                        "pciAddress=0000:00:02.0", "instance=0"),
                ex("Unknown section or instance '0000:00:02.0/e1000' 0. Make sure that your current VM setup matches"
                        + " your saved VM setup, including any hotplugged devices", "unknown-section-10.2",
                        Rule.DEVICE_TYPE, "device=e1000"),
                ex("Unknown savevm section 7", "unknown-section-id", Rule.VMSTATE, "sectionId=7"),
                ex("Unknown section 7", "unknown-section-id", Rule.VMSTATE, "sectionId=7"),
                ex("Unknown savevm section type 9", "unknown-section-type", Rule.UNKNOWN, "code=9"),
                ex("savevm: unsupported version 4 for '0000:00:02.0/e1000' v3", "unsupported-version", Rule.VMSTATE,
                        "version=4", "localVersion=3", "device=e1000"),
                ex("unsupported version 4 for '0000:00:02.0/e1000' v3", "unsupported-version-10.2", Rule.VMSTATE,
                        "version=4", "localVersion=3"),
                ex("virtio-net: incoming version_id 12 is too new for local version_id 11", "version-too-new",
                        Rule.VMSTATE, "vmsd=virtio-net", "version=12", "localVersion=11"),
                ex("e1000: incoming version_id 1 is too old for local minimum version_id  2", "version-too-old",
                        Rule.VMSTATE, "vmsd=e1000", "localVersion=2"),
                ex("e1000: incoming version_id 1 is too old for local minimum version_id 2", "version-too-old",
                        Rule.VMSTATE, "localVersion=2"),
                ex("VM subsection 'virtio-net/rss' in 'virtio-net' does not exist", "subsection-missing", Rule.VMSTATE,
                        "subsection=virtio-net/rss", "vmsd=virtio-net"),
                ex("Loading VM subsection 'virtio-net/rss' in 'virtio-net' failed: -2", "subsection-failed",
                        Rule.VMSTATE, "code=-2"),
                ex("Failed to load element of type virtio-net-queue for vqs: -22", "element-failed", Rule.VMSTATE,
                        "field=vqs"),
                ex("Missing section footer for 0000:00:02.0/virtio-net", "missing-footer", Rule.VMSTATE,
                        "device=virtio-net"),
                ex("Mismatched section id in footer for 0000:00:02.0/virtio-net - read 0x3 expected 0x2",
                        "mismatched-footer", Rule.VMSTATE, "sourceValue=3", "destinationValue=2"),
                ex("Section footer error, section_id: 42", "footer-error-10.2", Rule.VMSTATE, "sectionId=42"),
                ex("error while loading state for instance 0x0 of device '0000:00:02.0:00.0/virtio-net'", // KubeVirt
                        "error-loading-instance", Rule.VMSTATE, "pciAddress=0000:00:02.0:00.0", "device=virtio-net"),
                ex("error while loading state section id 3(ram)", "error-loading-section-id", Rule.VMSTATE,
                        "sectionId=3", "section=ram"),
                ex("qemu-system-x86_64: Machine type received is 'pc-q35-10.0' and local is 'pc-q35-7.2'", // real
                        "machine-type-mismatch", Rule.MACHINE_TYPE, "sourceMachine=pc-q35-10.0",
                        "destinationMachine=pc-q35-7.2"),
                ex("qemu-system-x86_64: unsupported machine type", "unsupported-machine", Rule.MACHINE_TYPE), // real 7.2
                ex("qemu-system-x86_64: unsupported machine type: \"pc-i440fx-2.3\"", "unsupported-machine", // real 10.0
                        Rule.MACHINE_TYPE, "machine=pc-i440fx-2.3"),
                ex("Use -machine help to list supported machines", "machine-help", Rule.MACHINE_TYPE), // real
                ex("error: unsupported configuration: Emulator '/usr/bin/qemu-system-x86_64' does not support machine"
                        + " type 'pc-q35-10.0'", "libvirt-emulator-machine", Rule.MACHINE_TYPE, "machine=pc-q35-10.0"),
                ex("Received TARGET_PAGE_BITS is 16 but local is 12", "page-bits", Rule.MACHINE_TYPE,
                        "sourceValue=16", "destinationValue=12"),
                ex("Configuration section missing", "configuration-missing", Rule.MACHINE_TYPE),
                ex("qemu-system-x86_64: -device virtio-net-pci,id=net0,netdev=n0,host_uso=off: Property " // real
                        + "'virtio-net-pci.host_uso' not found", "property-not-found", Rule.PROPERTY_EXISTS,
                        "qomType=virtio-net-pci", "property=host_uso", "qomPath=/machine/peripheral/net0"),
                ex("qemu-system-x86_64: -device igb,id=nic1,netdev=n1: 'igb' is not a valid device model name", // real
                        "invalid-device", Rule.DEVICE_TYPE, "qomType=igb", "qomPath=/machine/peripheral/nic1"),
                ex("qemu-system-x86_64: -device virtio-net-pci,mac=52:54:00:12:34:56,id=n9: Property "
                        + "'virtio-net-pci.x' not found", "device-option", Rule.PROPERTY_EXISTS,
                        "option=virtio-net-pci,mac=52:54:00:12:34:56,id=n9", "qomPath=/machine/peripheral/n9"),
                ex("qemu-system-x86_64: unable to find CPU model 'GraniteRapids'", "cpu-model-missing", // real
                        Rule.CPU_MODEL, "cpuModel=GraniteRapids"),
                ex("qemu-system-x86_64: warning: TCG doesn't support requested feature: CPUID.07H:EBX.hle [bit 4]",
                        "cpu-feature-unsupported", Rule.CPU_MODEL, "cpuFeature=hle", "accel=TCG", "bit=4"), // real
                ex("warning: host doesn't support requested feature: CPUID.07H:EBX.avx512f [bit 16]",
                        "cpu-feature-unsupported", Rule.CPU_MODEL, "cpuFeature=avx512f", "accel=host"),
                ex("qemu-system-x86_64: TCG doesn't support requested features", "cpu-features-enforced", // real
                        Rule.CPU_MODEL, "accel=TCG"),
                ex("{\"component\":\"virt-launcher\",\"level\":\"error\",\"msg\":\"operation failed: guest CPU doesn't "
                        + "match specification: missing features: vmx-rdrand-exit,vmx-vmfunc,vmx-rdseed-exit,"
                        + "vmx-posted-intr\",\"pos\":\"manager.go:1000\"}", "libvirt-cpu-missing", Rule.CPU_MODEL,
                        "cpuFeature=vmx-rdrand-exit", "cpuFeature=vmx-posted-intr"),
                ex("error: operation failed: guest CPU doesn't match specification: extra features: ht",
                        "libvirt-cpu-extra", Rule.CPU_MODEL, "cpuFeature=ht"),
                ex("the CPU is incompatible with host CPU: Host CPU does not provide required features: avx512f, "
                        + "avx512dq", "libvirt-host-cpu", Rule.CPU_MODEL, "cpuFeature=avx512f",
                        "cpuFeature=avx512dq"),
                ex("unsupported configuration: CPU model 'GraniteRapids' is not supported by hypervisor",
                        "libvirt-cpu-model", Rule.CPU_MODEL, "cpuModel=GraniteRapids"),
                ex("{\"error\": {\"class\": \"GenericError\", \"desc\": \"State blocked by non-migratable device "
                        + "'0000:00:01.0/nvme'\"}}", "non-migratable-device", Rule.MIGRATION_BLOCKER, // real QMP
                        "device=nvme", "pciAddress=0000:00:01.0"),
                ex("error: Requested operation is not valid: cannot migrate domain: Migration disabled: vhost-user "
                        + "backend lacks VHOST_USER_PROTOCOL_F_LOG_SHMFD feature.", "libvirt-cannot-migrate",
                        Rule.MIGRATION_BLOCKER),
                ex("qemu-system-x86_64: Size mismatch: pc.bios: 0x40000 != 0x20000: Invalid argument", // real
                        "ramblock-size", Rule.RAM_BLOCKS, "ramBlock=pc.bios", "sourceValue=40000",
                        "destinationValue=20000"),
                ex("Size too large: pc.ram: 0x20000000 > 0x10000000", "ramblock-too-large", Rule.RAM_BLOCKS,
                        "ramBlock=pc.ram"),
                ex("qemu-system-x86_64: Unknown ramblock \"0000:00:02.0/e1000.rom\", cannot accept migration", // real
                        "ramblock-unknown", Rule.RAM_BLOCKS, "ramBlock=0000:00:02.0/e1000.rom", "device=e1000"),
                ex("Mismatched RAM page size pc.ram (local) 2097152 != 4096", "ramblock-page-size", Rule.RAM_BLOCKS,
                        "sourceValue=4096", "destinationValue=2097152"),
                ex("qemu-system-x86_64: get_pci_config_device: Bad config data: i=0x2 read: 41 device: 0 cmask: ff " // real
                        + "wmask: 0 w1cmask:0", "pci-config", Rule.EFFECTIVE_PROPERTIES, "offset=2",
                        "register=Device ID", "sourceValue=41", "destinationValue=0"),
                ex("Not a migration stream, magic: 51455649 != 5145564d", "not-a-stream", Rule.UNKNOWN),
                ex("Unsupported migration stream version, file version 2 != 3", "stream-version", Rule.UNKNOWN),
                ex("qemu-system-x86_64: load of migration failed: Invalid argument", "load-failed", Rule.UNKNOWN, // real
                        "reason=Invalid argument"),
                ex("virError(Code=9, Domain=10, Message='operation failed: job 'migration in' failed: load of "
                        + "migration failed: Operation not permitted')", "libvirt-job-failed", Rule.UNKNOWN,
                        "job=migration in"),
                ex("error: operation failed: migration out job: unexpectedly failed", "libvirt-job-unexpected",
                        Rule.UNKNOWN, "job=migration out job"),
                ex("internal error: QEMU unexpectedly closed the monitor (vm='web-1'): 2025-12-01T10:00:00.123456Z "
                        + "qemu-kvm: unsupported machine type", "libvirt-monitor-closed", Rule.UNKNOWN, "vm=web-1"),
                ex("failureReason: 'Live migration failed error encountered during MigrateToURI3 libvirt api call: "
                        + "virError(Code=9, Domain=31, Message=''operation failed: guest CPU doesn''t match')'",
                        "kubevirt-migration-failed", Rule.UNKNOWN, "detail=MigrateToURI3"),
                ex("2025-12-01 10:00:00.000+0000: starting up libvirt version: 9.0.0, package: 9.0.0-4+deb12u2 "
                        + "(Debian), qemu version: 7.2.0Debian 1:7.2+dfsg-7+deb12u18, kernel: 6.1.0-37-amd64, "
                        + "hostname: kvm-b07.example.org", "libvirt-start", Rule.UNKNOWN, "host=kvm-b07.example.org",
                        "kernel=6.1.0-37-amd64", "libvirtVersion=9.0.0"),
                ex("LC_ALL=C PATH=/usr/bin HOME=/var/lib/libvirt/qemu/domain-3-web-1 /usr/bin/qemu-system-x86_64 "
                        + "-name guest=web-1,debug-threads=on -S -machine pc-q35-7.2,usb=off,dump-guest-core=off",
                        "command-line-name", Rule.UNKNOWN, "vm=web-1"),
                ex("/usr/bin/qemu-system-x86_64 -machine pc-q35-7.2,usb=off -accel kvm", "command-line-machine",
                        Rule.MACHINE_TYPE, "machine=pc-q35-7.2"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void decodesEveryForm(Example ex) {
        LogDecoding d = MigrationLogDecoder.decodeText(ex.line());
        DecodedMessage m = d.messages().stream().filter(x -> x.pattern().id().equals(ex.patternId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ex.patternId() + " in " + d.messages().stream()
                        .map(x -> x.pattern().id()).toList()));
        assertThat(m.rule()).isEqualTo(ex.rule());
        Set<String> named = m.entities().stream().map(e -> e.kind().id() + "=" + e.value()).collect(Collectors.toSet());
        assertThat(named).containsAll(ex.entities());
        assertThat(m.meaning()).doesNotContain("{").isNotBlank();
        assertThat(m.title()).doesNotContain("{").isNotBlank();
        assertThat(m.lineNumber()).isEqualTo(1);
    }

    @Test
    void everyCatalogEntryHasAnExample() {
        Set<String> covered = examples().map(Example::patternId).collect(Collectors.toSet());
        Set<String> catalog = MessageCatalog.standard().patterns().stream().map(MessagePattern::id)
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(catalog);
    }

    @Test
    void theOldWordingIsNotMistakenForTheNewOneAndBack() {
        assertThat(ids("Unknown savevm section or instance 'slirp' 1. Make sure …"))
                .containsExactly("unknown-section");
        assertThat(ids("Unknown section or instance 'slirp' 1. Make sure …")).containsExactly("unknown-section-10.2");
        assertThat(ids("savevm: unsupported version 4 for 'e1000' v3")).containsExactly("unsupported-version");
        assertThat(ids("unsupported version 4 for 'e1000' v3")).containsExactly("unsupported-version-10.2");
    }

    @Test
    void unknownLinesAreKeptAsUnrecognized() {
        LogDecoding d = MigrationLogDecoder.decodeText("qemu-system-x86_64: terminating on signal 15\nhello\n");
        assertThat(d.messages()).isEmpty();
        assertThat(d.unrecognized()).extracting(LogLine::number).containsExactly(1, 2);
        assertThat(d.stories()).isEmpty();
        assertThat(d.hasFailure()).isFalse();
    }

    private static List<String> ids(String line) {
        return MigrationLogDecoder.decodeText(line).messages().stream().map(m -> m.pattern().id()).toList();
    }
}
