package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.io.FileImporter;
import org.qompat.io.Imported;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

class QomTreeDiffTest {

    static QomNode node(String path, String type, Map<String, String> props, QomNode... kids) {
        return new QomNode(path, type, props, Map.of(), Set.of(), List.of(kids), Provenance.UNKNOWN);
    }

    private static Optional<QomDifference> diff(QomTreeDiff d, QomDifference.Kind kind, String path, String prop) {
        return d.differences().stream().filter(x -> x.kind() == kind && x.path().equals(path)
                && x.property().equals(prop)).findFirst();
    }

    @Test
    void missingNodesTypesValuesAndPropertiesAreEachReported() {
        QomNode left = node("/machine", "pc-q35-8.1-machine", Map.of(),
                node("/machine/peripheral", "container", Map.of(),
                        node("/machine/peripheral/net0", "virtio-net-pci", Map.of("mq", "off", "host_uso", "on")),
                        node("/machine/peripheral/disk0", "virtio-blk-pci", Map.of())),
                node("/machine/fw_cfg", "fw_cfg_io", Map.of()));
        QomNode right = node("/machine", "pc-q35-8.1-machine", Map.of(),
                node("/machine/peripheral", "container", Map.of(),
                        node("/machine/peripheral/net0", "virtio-net-pci", Map.of("mq", "false", "rss", "off")),
                        node("/machine/peripheral/nic1", "e1000", Map.of())),
                node("/machine/fw_cfg", "fw_cfg_mem", Map.of()));
        QomTreeDiff d = QomTreeDiff.compare("src", left, "dst", right);
        assertThat(d.nodes()).extracting(QomAlignedNode::path).containsExactly("/machine", "/machine/peripheral",
                "/machine/peripheral/net0", "/machine/peripheral/disk0", "/machine/peripheral/nic1", "/machine/fw_cfg");
        assertThat(d.nodes()).extracting(QomAlignedNode::depth).containsExactly(0, 1, 2, 2, 2, 1);
        assertThat(diff(d, QomDifference.Kind.NODE_ONLY_LEFT, "/machine/peripheral/disk0", "")).isPresent();
        assertThat(diff(d, QomDifference.Kind.NODE_ONLY_RIGHT, "/machine/peripheral/nic1", "")).isPresent();
        assertThat(diff(d, QomDifference.Kind.TYPE_DIFFERS, "/machine/fw_cfg", "")).get()
                .extracting(QomDifference::left, QomDifference::right).containsExactly("fw_cfg_io", "fw_cfg_mem");
        assertThat(diff(d, QomDifference.Kind.PROPERTY_ONLY_LEFT, "/machine/peripheral/net0", "host_uso")).isPresent();
        assertThat(diff(d, QomDifference.Kind.PROPERTY_ONLY_RIGHT, "/machine/peripheral/net0", "rss")).isPresent();
        // off and false mean the same
        assertThat(diff(d, QomDifference.Kind.VALUE_DIFFERS, "/machine/peripheral/net0", "mq")).isEmpty();
        assertThat(d.counts().get(QomDifference.Kind.NODE_ONLY_LEFT)).isEqualTo(1);
        assertThat(d.differences()).hasSize(5);
    }

    @Test
    void numberedDevicesAreMatchedByTypeAndTheirLinksTranslated() {
        // the right build created one more device first: every device[N] moved by one
        QomNode left = node("/machine", "m", Map.of("rtc_state", "/machine/unattached/device[1]"),
                node("/machine/unattached", "container", Map.of(),
                        node("/machine/unattached/device[0]", "qemu64-x86_64-cpu", Map.of()),
                        node("/machine/unattached/device[1]", "mc146818rtc", Map.of("base_year", "0"))));
        QomNode right = node("/machine", "m", Map.of("rtc_state", "/machine/unattached/device[2]"),
                node("/machine/unattached", "container", Map.of(),
                        node("/machine/unattached/device[0]", "qemu64-x86_64-cpu", Map.of()),
                        node("/machine/unattached/device[1]", "hpet", Map.of()),
                        node("/machine/unattached/device[2]", "mc146818rtc", Map.of("base_year", "0"))));
        QomTreeDiff d = QomTreeDiff.compare("a", left, "b", right);
        assertThat(d.differences()).extracting(QomDifference::kind, QomDifference::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(QomDifference.Kind.NODE_ONLY_RIGHT,
                        "/machine/unattached/device[1]"));
        QomAlignedNode rtc = d.nodes().stream().filter(n -> "mc146818rtc".equals(n.leftType())).findFirst().orElseThrow();
        assertThat(rtc.renumbered()).isTrue();
        assertThat(rtc.rightPath()).isEqualTo("/machine/unattached/device[2]");
    }

    @Test
    void runtimeStateIsShownButNotCounted() {
        QomNode left = node("/machine", "m", Map.of("rtc-time", "{'tm_sec': 42}"));
        QomNode right = node("/machine", "m", Map.of("rtc-time", "{'tm_sec': 14}"));
        QomTreeDiff d = QomTreeDiff.compare("a", left, "b", right);
        assertThat(d.differences()).isEmpty();
        assertThat(d.nodes().get(0).properties()).hasSize(1);
        assertThat(d.nodes().get(0).properties().get(0).runtimeState()).isTrue();
    }

    @Test
    void sameVmOnRealQemu72And100() throws IOException {
        // captures/qemu-*/qom-tree.txt: -M pc-q35-7.2 with one virtio-net NIC, launched on each real binary
        QomNode a = vm("src/test/resources/captures/qemu-7.2/qom-tree.txt");
        QomNode b = vm("src/test/resources/captures/qemu-10.0/qom-tree.txt");
        QomTreeDiff d = QomTreeDiff.compare("7.2", a, "10.0", b);
        // 10.0 knows host_uso (pinned off by pc-q35-7.2's compat table), 7.2 has no such property
        assertThat(diff(d, QomDifference.Kind.PROPERTY_ONLY_RIGHT, "/machine/peripheral/net0", "host_uso")).get()
                .extracting(QomDifference::right).isEqualTo("false");
        // rombar became a signed property in 10.0: 1 → -1 on every PCI device
        assertThat(diff(d, QomDifference.Kind.VALUE_DIFFERS, "/machine/peripheral/net0", "rombar")).isPresent();
        // the machine and the NIC are the same type on both
        assertThat(d.counts().get(QomDifference.Kind.TYPE_DIFFERS)).isZero();
        // the RTC moved under the LPC bridge in 10.0 (/machine/unattached/device[2]/rtc)
        assertThat(diff(d, QomDifference.Kind.NODE_ONLY_RIGHT, "/machine/unattached/device[2]/rtc", "")).isPresent();
        // the SMBus EEPROMs are renumbered, not different: no address differences remain
        assertThat(d.differences()).noneMatch(x -> x.property().equals("address"));
    }

    static QomNode vm(String file) throws IOException {
        Imported i = FileImporter.read(Path.of(file), file, null);
        assertThat(i).isInstanceOf(Imported.VmFile.class);
        return ((Imported.VmFile) i).vm().root();
    }
}
