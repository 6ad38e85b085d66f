package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.json.Json;
import org.qompat.io.vmstate.VmStateDumpReader;
import org.qompat.io.vmstate.VmStateDumpWriter;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;

/** -dump-vmstate files written by real QEMU 7.2 and 10.0. */
class VmStateDumpReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealQemu72Dump() throws IOException {
        Path file = Fixtures.Q72.resolve("dump-vmstate-pc-q35-7.2.json");
        VmStateDump d = VmStateDumpReader.read(file);

        assertThat(d.machineType()).isEqualTo("pc-q35-7.2");
        assertThat(d.sections()).hasSize(213);
        VmStateSection net = d.sections().get("virtio-net-device");
        assertThat(net.versionId()).isEqualTo(11);
        assertThat(net.minimumVersionId()).isEqualTo(11);
        assertThat(net.description().name()).isEqualTo("virtio-net");
        assertThat(net.description().fields()).extracting(f -> f.field()).containsExactly("virtio");
        assertThat(net.provenance().file()).isEqualTo(file.toString());
        assertThat(net.provenance().location()).isEqualTo("/virtio-net-device");
        VmsdDescription e1000 = d.sections().get("e1000").description();
        assertThat(e1000.versionId()).isEqualTo(2);
        assertThat(e1000.minimumVersionId()).isEqualTo(1);
        assertThat(e1000.fields()).hasSize(68);
        assertThat(e1000.subsections()).extracting(VmsdDescription::name)
                .containsExactly("e1000/mit_state", "e1000/full_mac_state", "e1000/tx_tso_state");
        // a description without fields or subsections is QEMU's mark of an unmigratable device
        assertThat(d.sections().get("vhost-user-vsock-device").unmigratable()).isTrue();
        assertThat(d.sections().get("e1000").unmigratable()).isFalse();
        // nested struct fields keep their description
        assertThat(d.sections().get("pcie-pci-bridge").description().fields().get(0).description().name())
                .isEqualTo("PCIDevice");
    }

    @Test
    void qemu100DumpHasMoreSections() throws IOException {
        VmStateDump d = VmStateDumpReader.read(Fixtures.Q100.resolve("dump-vmstate-pc-q35-10.0.json"));
        assertThat(d.machineType()).isEqualTo("pc-q35-10.0");
        assertThat(d.sections()).hasSize(231);
        assertThat(d.sections().get("virtio-net-device").versionId()).isEqualTo(11);
    }

    @Test
    void writerReproducesQemusOwnLayoutExactly() throws IOException {
        Path file = Fixtures.Q72.resolve("dump-vmstate-pc-q35-7.2.json");
        JsonNode original = Json.readSingle(Files.readAllBytes(file), file.toString());

        JsonNode written = VmStateDumpWriter.toJson(VmStateDumpReader.read(file));

        // the one thing the model cannot hold: QEMU prints "Fields": [] for a subsection whose field list is
        // empty (rtl8139/hotplug_ready) and omits "Fields" for none; both read as "no fields"
        assertThat(original.at("/rtl8139/Description/Subsections/0/Fields").isEmpty()).isTrue();
        ((com.fasterxml.jackson.databind.node.ObjectNode) original.at("/rtl8139/Description/Subsections/0"))
                .remove("Fields");
        assertThat(written).isEqualTo(original);
        Path out = dir.resolve("copy.json");
        QompatWriter.unguarded().writeVmState(VmStateDumpReader.read(file), out);
        assertThat(VmStateDumpReader.read(out).sections().keySet())
                .isEqualTo(VmStateDumpReader.read(file).sections().keySet());
    }

    @Test
    void wrongTypeNamesTheSectionPointer() throws IOException {
        String text = Files.readString(Fixtures.Q72.resolve("dump-vmstate-pc-q35-7.2.json"))
                .replace("\"Name\": \"e1000\",\n    \"version_id\": 2,", "\"Name\": \"e1000\",\n    \"version_id\": \"2\",");
        Path file = dir.resolve("dump.json");
        Files.writeString(file, text);

        FormatException e = catchThrowableOfType(() -> VmStateDumpReader.read(file), FormatException.class);

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.location()).isEqualTo("/e1000/version_id");
        assertThat(e.getMessage()).isEqualTo("expected a 32-bit integer, found a string");
    }

    @Test
    void truncatedDumpReportsLineAndColumn() throws IOException {
        String text = Files.readString(Fixtures.Q72.resolve("dump-vmstate-pc-q35-7.2.json"));
        Path file = dir.resolve("dump.json");
        Files.writeString(file, text.substring(0, text.indexOf("\"e1000\": {")));

        FormatException e = catchThrowableOfType(() -> VmStateDumpReader.read(file), FormatException.class);

        assertThat(e.location()).isEqualTo("9554:3");
        assertThat(e.getMessage()).contains("end-of-input");
    }

    @Test
    void missingMachineNameIsNamed() throws IOException {
        Path file = dir.resolve("dump.json");
        Files.writeString(file, "{\"vmschkmachine\": {}, \"e1000\": {}}");

        FormatException e = catchThrowableOfType(() -> VmStateDumpReader.read(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/vmschkmachine");
        assertThat(e.getMessage()).isEqualTo("missing required field \"Name\"");
    }
}
