package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.qmpraw.QmpAnswer;
import org.qompat.io.qmpraw.RawBuildAssembler;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;

/** Raw QMP answers captured from real QEMU 7.2 and 10.0 binaries assemble into one build per directory. */
class RawQmpImportTest {

    @TempDir
    Path dir;

    @Test
    void qemu72DirectoryAssemblesIntoOneBuild() throws IOException {
        QemuBuild b = RawQmpDirectory.read(Fixtures.Q72);

        assertThat(b.version().toString()).isEqualTo("7.2.22");
        assertThat(b.packageString()).isEqualTo("Debian 1:7.2+dfsg-7+deb12u18+b3");
        assertThat(b.machineTypes()).hasSize(59).containsKey("pc-q35-7.2");
        assertThat(b.machine("q35")).map(MachineType::name).contains("pc-q35-7.2");
        assertThat(b.defaultMachine()).map(MachineType::name).contains("pc-i440fx-7.2");
        // 7.2 cannot report compat props: the table is unknown, not empty
        assertThat(b.machineTypes().values()).allMatch(m -> !m.compatPropsKnown() && m.compatProps().isEmpty());
        assertThat(b.types()).hasSize(753);
        assertThat(b.isSubtype("virtio-net-pci", "virtio-pci")).isTrue();
        assertThat(b.types().get("virtio-net-pci-base").isAbstract()).isTrue();
        QomType vnp = b.types().get("virtio-net-pci");
        assertThat(vnp.propertiesKnown()).isTrue();
        assertThat(vnp.properties().get("host_tso4").defaultValue()).isEqualTo("true");
        assertThat(vnp.properties().get("host_tso4").type()).isEqualTo("bool");
        assertThat(vnp.properties()).doesNotContainKey("host_uso"); // USO arrived in 8.2
        assertThat(b.types().get("virtio-blk-pci").propertiesKnown()).isTrue();
        assertThat(b.types().get("virtio-rng-pci").propertiesKnown()).isFalse();
        assertThat(b.cpuModels()).hasSize(132);
        assertThat(b.cpuModels().get("host").unavailableFeatures()).containsExactly("kvm");
        assertThat(b.cpuModels().get("max").runnable()).isTrue();
        // query-cpu-model-expansion of "max" becomes the property defaults of max-x86_64-cpu
        QomType max = b.types().get("max-x86_64-cpu");
        assertThat(max.parent()).isEqualTo("x86_64-cpu");
        assertThat(max.properties()).hasSize(432);
        assertThat(max.properties().get("aes").defaultValue()).isEqualTo("true");
        assertThat(max.properties().get("model-id").defaultValue()).isEqualTo("QEMU TCG CPU version 2.5+");
        // the -dump-vmstate file beside the answers joins the build
        assertThat(b.vmstateByMachine()).containsOnlyKeys("pc-q35-7.2");
        assertThat(b.id()).startsWith("qemu-7.2.22-");
    }

    @Test
    void qemu100CompatPropsArriveInOrderWithTheirPointers() throws IOException {
        QemuBuild b = RawQmpDirectory.read(Fixtures.Q100);

        assertThat(b.version().toString()).isEqualTo("10.0.2");
        assertThat(b.machineTypes()).hasSize(65);
        assertThat(b.machine("q35")).map(MachineType::name).contains("pc-q35-10.0");
        MachineType m80 = b.machineTypes().get("pc-q35-8.0");
        assertThat(m80.compatPropsKnown()).isTrue();
        assertThat(m80.compatProps()).extracting(CompatProperty::describe)
                .contains("virtio-net-device.host_uso=off", "virtio-net-device.guest_uso4=off",
                        "pci-device.x-pcie-ari-nextfn-1=on", "migration.multifd-flush-after-each-section=on");
        CompatProperty uso = m80.compatProps().stream().filter(p -> p.property().equals("host_uso")).findFirst()
                .orElseThrow();
        assertThat(uso.provenance().file()).endsWith("query-machines-compat-props.json");
        assertThat(uso.provenance().location()).isEqualTo("/return/37/compat-props/33");
        // newer arrays are appended first: hw_compat_9_2's vfio entry comes before hw_compat_8_1's USO entries
        List<String> order = m80.compatProps().stream().map(CompatProperty::property).toList();
        assertThat(order.indexOf("x-migration-multifd-transfer")).isLessThan(order.indexOf("host_uso"));
        // the newest q35 still carries the base (non-versioned) entry pc_q35.c adds to every q35 machine
        assertThat(b.machineTypes().get("pc-q35-10.0").compatProps()).extracting(CompatProperty::describe)
                .containsExactly("virtio-iommu-pci.aw-bits=39");
        assertThat(b.machineTypes().get("pc-q35-10.0").compatPropsKnown()).isTrue();
        assertThat(b.types().get("virtio-net-pci").properties().get("host_uso").defaultValue()).isEqualTo("true");
        assertThat(b.vmstateByMachine()).containsOnlyKeys("pc-q35-10.0", "pc-q35-7.2");
    }

    @Test
    void aQmpTranscriptTiesAnswersToTheirRequests() throws IOException {
        Path file = Path.of("src/test/resources/qmp-transcripts/qemu-7.2-session.jsonl");
        Imported imported = FileImporter.read(file, file.toString(), QompatReader::resolveBuild);

        assertThat(imported).isInstanceOf(Imported.QmpAnswers.class);
        List<QmpAnswer> answers = ((Imported.QmpAnswers) imported).answers();
        // qmp_capabilities and the refused compat-props request carry no facts
        assertThat(answers).extracting(QmpAnswer::command).containsExactly("query-version", "query-machines",
                "qom-list-types", "device-list-properties", "device-list-properties", "query-cpu-definitions",
                "query-cpu-model-expansion");
        assertThat(answers).extracting(QmpAnswer::subject).contains("virtio-net-pci", "e1000");

        QemuBuild b = RawBuildAssembler.assemble(file.toString(), answers, List.of());
        assertThat(b.version().toString()).isEqualTo("7.2.22");
        assertThat(b.machineTypes()).containsKey("pc-q35-7.2");
        assertThat(b.machineTypes().get("pc-q35-7.2").compatPropsKnown()).isFalse();
        assertThat(b.types().get("e1000").properties()).containsKey("migrate_tso_props");
        assertThat(b.types().get("virtio-net-pci").properties().get("host_tso4").defaultValue()).isEqualTo("true");
        assertThat(b.machineTypes().get("pc-q35-7.2").provenance().location()).startsWith("line 9 /return/");
    }

    @Test
    void qmpShellLogsMergeRequestAndAnswerInOneObject() throws IOException {
        for (String log : List.of("qemu-7.2-qmp-shell.log", "qemu-7.2-qmp-shell-pretty.log")) {
            Path file = Path.of("src/test/resources/qmp-transcripts").resolve(log);
            Imported imported = FileImporter.read(file, file.toString(), QompatReader::resolveBuild);

            List<QmpAnswer> answers = ((Imported.QmpAnswers) imported).answers();
            assertThat(answers).as(log).extracting(QmpAnswer::command).contains("query-version",
                    "device-list-properties");
            assertThat(answers).as(log).extracting(QmpAnswer::subject).contains("virtio-net-pci", "e1000");
            QemuBuild b = RawBuildAssembler.assemble(file.toString(), answers, List.of());
            assertThat(b.version().toString()).isEqualTo("7.2.22");
            assertThat(b.types().get("virtio-net-pci").properties().get("host_tso4").defaultValue())
                    .isEqualTo("true");
        }
        Path compact = Path.of("src/test/resources/qmp-transcripts/qemu-7.2-qmp-shell.log");
        List<QmpAnswer> answers = ((Imported.QmpAnswers) FileImporter.read(compact, "log",
                QompatReader::resolveBuild)).answers();
        // line 2 is the refused compat-props request (an error): the plain query-machines on line 3 is used
        assertThat(answers).extracting(a -> a.result().location()).containsExactly("line 1 /return",
                "line 3 /return", "line 4 /return", "line 5 /return");
    }

    @Test
    void sameAnswersGiveTheSameBuildId() throws IOException {
        copy(Fixtures.Q72, dir, "query-version.json", "query-machines.json", "qom-list-types.json");
        QemuBuild a = RawQmpDirectory.read(dir);
        QemuBuild b = RawQmpDirectory.read(dir);
        assertThat(a.id()).isEqualTo(b.id());
        Files.copy(Fixtures.Q72.resolve("query-cpu-definitions.json"), dir.resolve("query-cpu-definitions.json"));
        assertThat(RawQmpDirectory.read(dir).id()).isNotEqualTo(a.id());
    }

    @Test
    void aBareDeviceListPropertiesAnswerNeedsItsTypenameInTheFileName() throws IOException {
        Path file = dir.resolve("answer.json");
        Files.copy(Fixtures.Q72.resolve("device-list-properties-e1000.json"), file);

        FormatException e = catchThrowableOfType(() -> FileImporter.read(file, file.toString(),
                QompatReader::resolveBuild), FormatException.class);

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.location()).isEqualTo("/return");
        assertThat(e.getMessage()).contains("device-list-properties-<typename>.json");
    }

    @Test
    void answersWithoutQueryVersionAreRefusedNamingTheDirectory() throws IOException {
        copy(Fixtures.Q72, dir, "query-machines.json");

        FormatException e = catchThrowableOfType(() -> RawQmpDirectory.read(dir), FormatException.class);

        assertThat(e.file()).isEqualTo(dir.toString());
        assertThat(e.getMessage()).contains("query-version");
    }

    @Test
    void truncatedAnswerReportsLineAndColumn() throws IOException {
        String whole = Files.readString(Fixtures.Q72.resolve("query-machines.json"));
        Path file = dir.resolve("query-machines.json");
        Files.writeString(file, whole.substring(0, 5000));

        FormatException e = catchThrowableOfType(() -> FileImporter.read(file, file.toString(),
                QompatReader::resolveBuild), FormatException.class);

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.location()).isEqualTo("1:5001");
    }

    @Test
    void wrongValueTypeInAnAnswerNamesThePointer() throws IOException {
        copy(Fixtures.Q72, dir, "query-version.json");
        String machines = Files.readString(Fixtures.Q72.resolve("query-machines.json"))
                .replaceFirst("\"deprecated\": false", "\"deprecated\": \"no\"");
        Files.writeString(dir.resolve("query-machines.json"), machines);

        FormatException e = catchThrowableOfType(() -> RawQmpDirectory.read(dir), FormatException.class);

        assertThat(e.file()).endsWith("query-machines.json");
        assertThat(e.location()).isEqualTo("/return/0/deprecated");
        assertThat(e.getMessage()).isEqualTo("expected true or false, found a string");
    }

    private static void copy(Path from, Path to, String... names) throws IOException {
        for (String n : names) Files.copy(from.resolve(n), to.resolve(n));
    }
}
