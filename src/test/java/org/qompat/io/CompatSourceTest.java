package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.csource.CompatFill;
import org.qompat.io.csource.CompatSource;
import org.qompat.io.csource.QemuSourceCheckout;
import org.qompat.io.json.Json;
import org.qompat.model.CompatProperty;
import org.qompat.model.LoadProblem;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;

/** Compat tables read from the real QEMU 7.2.22 source (Debian bookworm's qemu 1:7.2+dfsg-7+deb12u18). */
class CompatSourceTest {

    @TempDir
    Path dir;

    private static CompatSource source() throws IOException {
        return QemuSourceCheckout.read(Fixtures.SOURCE_72, Fixtures.SOURCE_72.toString());
    }

    private static List<String> describe(List<CompatProperty> props) {
        return props.stream().map(p -> p.qomType() + "." + p.property() + "=" + p.value()).toList();
    }

    @Test
    void readsVersionAndTablesWithOriginsAndSourceLines() throws IOException {
        CompatSource s = source();

        assertThat(s.version().toString()).isEqualTo("7.2.22");
        assertThat(s.problems()).isEmpty();
        assertThat(s.tables().get("pc-q35-7.2")).isEmpty();
        List<CompatProperty> q71 = s.tables().get("pc-q35-7.1");
        assertThat(q71).extracting(CompatProperty::describe).containsExactly(
                "virtio-device.queue_reset=false (hw_compat_7_1)", "virtio-rng-pci.vectors=0 (hw_compat_7_1)",
                "virtio-rng-pci-transitional.vectors=0 (hw_compat_7_1)",
                "virtio-rng-pci-non-transitional.vectors=0 (hw_compat_7_1)");
        assertThat(q71.get(0).provenance().file()).endsWith("v7.2/hw/core/machine.c");
        assertThat(q71.get(0).provenance().location()).isEqualTo("line 44");
        assertThat(s.tables().get("pc-i440fx-7.1")).isEqualTo(q71);
    }

    @Test
    void laterEntriesWinSoTheOldestArrayDecides() throws IOException {
        List<CompatProperty> q60 = source().tables().get("pc-q35-6.0");
        List<String> eui = q60.stream().filter(p -> p.property().equals("eui64-default"))
                .map(p -> p.value() + " " + p.origin()).toList();
        assertThat(eui).containsExactly("on hw_compat_7_0", "off hw_compat_6_0");
    }

    @Test
    void macrosConcatenationAndHelperMacrosResolve() throws IOException {
        CompatSource s = source();
        // TYPE_PCI_DEVICE from include/hw/pci/pci.h
        assertThat(describe(s.tables().get("pc-q35-2.8"))).contains("pci-device.x-pcie-extcap-init=off");
        // TYPE_X86_CPU is defined twice (x86_64 and i386 arms of an #ifdef): the x86_64 name is used
        assertThat(describe(s.tables().get("pc-q35-6.1"))).contains("x86_64-cpu.hv-version-id-build=0x1bbc");
        // "qemu64" "-" TYPE_X86_CPU, and ACPI_PM_PROP_ACPI_PCIHP_BRIDGE from include/hw/acpi/acpi.h
        assertThat(describe(s.tables().get("pc-q35-6.0"))).contains("qemu64-x86_64-cpu.family=6",
                "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off");
        // PC_CPU_MODEL_IDS("2.3.0") expands into three entries
        assertThat(describe(s.tables().get("pc-i440fx-2.3"))).contains(
                "qemu32-x86_64-cpu.model-id=QEMU Virtual CPU version 2.3.0",
                "athlon-x86_64-cpu.model-id=QEMU Virtual CPU version 2.3.0");
        // pc_compat_1_7: HPET_INTCAP from include/hw/i386/pc.h, TYPE_USB_DEVICE from include/hw/usb.h
        assertThat(describe(s.tables().get("pc-i440fx-1.7"))).contains("hpet.hpet-intcap=4",
                "usb-device.msos-desc=no", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off");
    }

    @Test
    void boardFileQuirksAreReplayed() throws IOException {
        CompatSource s = source();
        // pc-q35-4.0 only calls the 4.0.1 options; pc-i440fx-1.7 adds pc_compat_1_7 alone (no hw_compat_1_7)
        assertThat(s.tables().get("pc-q35-4.0")).isEqualTo(s.tables().get("pc-q35-4.0.1"));
        List<CompatProperty> i17 = s.tables().get("pc-i440fx-1.7");
        List<CompatProperty> i20 = s.tables().get("pc-i440fx-2.0");
        assertThat(i17.subList(0, i20.size())).isEqualTo(i20);
        assertThat(i17.subList(i20.size(), i17.size())).extracting(CompatProperty::origin).containsOnly("pc_compat_1_7");
        assertThat(s.tables()).doesNotContainKey("pc-q35-2.3"); // q35 machine types start at 2.4 in 7.2
    }

    /** QEMU 10.0 reports pc-q35-X.Y's table over QMP: it ends with exactly what 7.2's source gives for X.Y. */
    @Test
    void chainMatchesWhatQemu100ReportsForOldMachines() throws IOException {
        CompatSource s = source();
        JsonNode answer = Json.readSingle(Files.readAllBytes(Fixtures.Q100.resolve("query-machines-compat-props.json")),
                "q");
        int compared = 0;
        for (JsonNode m : answer.get("return")) {
            String name = m.get("name").asText();
            if (!name.equals("pc-q35-5.2") && !name.equals("pc-i440fx-6.0") && !name.equals("pc-q35-7.1")) continue;
            List<String> reported = new ArrayList<>();
            for (JsonNode p : m.get("compat-props")) {
                reported.add(p.get("qom-type").asText() + "." + p.get("property").asText() + "="
                        + p.get("value").asText());
            }
            List<String> mine = describe(s.tables().get(name));
            assertThat(reported.subList(reported.size() - mine.size(), reported.size())).as(name).isEqualTo(mine);
            compared++;
        }
        assertThat(compared).isEqualTo(3);
    }

    @Test
    void anUnresolvedMacroIsAProblemNamingFileAndLineAndTheRestLoads() throws IOException {
        Path copy = copyFixture();
        Files.delete(copy.resolve("include/hw/i386/pc.h")); // defines HPET_INTCAP

        CompatSource s = QemuSourceCheckout.read(copy, "qemu");

        assertThat(s.problems()).hasSize(1);
        LoadProblem p = s.problems().get(0);
        assertThat(p.file()).isEqualTo("qemu/hw/i386/pc.c");
        assertThat(p.location()).isEqualTo("line 346");
        assertThat(p.message()).contains("unresolved macro HPET_INTCAP").contains("pc_compat_1_7")
                .contains("#define HPET_INTCAP");
        assertThat(describe(s.tables().get("pc-i440fx-1.7"))).doesNotContain("hpet.hpet-intcap=4")
                .contains("usb-device.msos-desc=no");
    }

    @Test
    void withoutBoardFilesTheDocumentedChainGivesTheSameTables() throws IOException {
        Path copy = copyFixture();
        Files.delete(copy.resolve("hw/i386/pc_q35.c"));

        CompatSource chain = QemuSourceCheckout.read(copy, Fixtures.SOURCE_72.toString());
        CompatSource board = source();

        for (String m : List.of("pc-q35-7.2", "pc-q35-7.1", "pc-q35-5.2", "pc-q35-4.0", "pc-q35-2.4")) {
            assertThat(chain.tables().get(m)).as(m).isEqualTo(board.tables().get(m));
        }
    }

    @Test
    void fillsTheUnknownTablesOfTheRealQemu72Build() throws IOException {
        QemuBuild raw = RawQmpDirectory.read(Fixtures.Q72);
        QemuBuild filled = CompatFill.fill(raw, source());

        assertThat(filled.id()).isNotEqualTo(raw.id());
        MachineType q71 = filled.machineTypes().get("pc-q35-7.1");
        assertThat(q71.compatPropsKnown()).isTrue();
        assertThat(q71.compatProps()).hasSize(4);
        assertThat(filled.machineTypes().get("pc-q35-7.2").compatPropsKnown()).isTrue();
        assertThat(filled.machineTypes().get("pc-q35-7.2").compatProps()).isEmpty();
        // machine types the source does not describe (microvm, none) stay unknown
        assertThat(filled.machineTypes().get("microvm").compatPropsKnown()).isFalse();
        assertThat(filled.machineTypes().values().stream().filter(m -> !m.compatPropsKnown())
                .map(MachineType::name)).containsExactlyInAnyOrder("microvm", "none", "x-remote");
    }

    @Test
    void aBadVersionFileIsNamed() throws IOException {
        Path copy = copyFixture();
        Files.writeString(copy.resolve("VERSION"), "unknown\n");

        FormatException e = catchThrowableOfType(() -> QemuSourceCheckout.read(copy, "qemu"), FormatException.class);

        assertThat(e.file()).isEqualTo("qemu/VERSION");
        assertThat(e.location()).isEqualTo("line 1");
    }

    private Path copyFixture() throws IOException {
        Path target = dir.resolve("qemu");
        try (Stream<Path> s = Files.walk(Fixtures.SOURCE_72)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(Fixtures.SOURCE_72.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return target;
    }
}
