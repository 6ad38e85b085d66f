package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input names the file, the position (line:column or JSON pointer) and what was expected. */
class QompatJsonErrorTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void truncatedJsonReportsLineAndColumn() throws IOException {
        String whole = new String(QompatWriter.toBytes(org.qompat.io.json.VmJsonWriter.toJson(Fixtures.vm())));
        Path file = write("cut.json", whole.substring(0, whole.length() / 2));

        FormatException e = catchThrowableOfType(() -> QompatReader.readVm(file), FormatException.class);

        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.location()).matches("\\d+:\\d+");
        assertThat(Integer.parseInt(e.location().split(":")[0])).isGreaterThan(10);
        assertThat(e.getMessage()).startsWith("invalid JSON:").contains("end-of-input");
    }

    @Test
    void wrongValueTypeNamesTheJsonPointer() throws IOException {
        Path file = write("host.json", """
                {"format": "qompat.host/1", "name": "h1", "cpu": {"flags": ["sse2", 7]},
                 "build": {"version": "7.2.0"}}
                """);

        FormatException e = catchThrowableOfType(() -> QompatReader.readHost(file), FormatException.class);

        assertThat(e.toProblem().file()).isEqualTo(file.toString());
        assertThat(e.location()).isEqualTo("/cpu/flags/1");
        assertThat(e.getMessage()).isEqualTo("expected a string, found a number");
    }

    @Test
    void wrongTypeDeepInsideAnEmbeddedBuild() throws IOException {
        Path file = write("host.json", """
                {"format": "qompat.host/1", "name": "h1", "cpu": {},
                 "build": {"version": "7.2.0", "machine-types": [{"name": "pc-q35-7.2", "deprecated": "no"}]}}
                """);

        FormatException e = catchThrowableOfType(() -> QompatReader.readHost(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/build/machine-types/0/deprecated");
        assertThat(e.getMessage()).isEqualTo("expected true or false, found a string");
    }

    @Test
    void newerFormatVersionIsRefusedAtTheFormatField() throws IOException {
        Path file = write("vm.json", "{\"format\": \"qompat.vm/2\", \"name\": \"x\"}");

        FormatException e = catchThrowableOfType(() -> QompatReader.readVm(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/format");
        assertThat(e.getMessage()).contains("unsupported format version \"qompat.vm/2\"").contains("qompat.vm/1");
    }

    @Test
    void unknownFormatListsTheKnownOnes() throws IOException {
        Path file = write("x.json", "{\"format\": \"qompat.pizza/1\"}");

        FormatException e = catchThrowableOfType(() -> QompatReader.readBuild(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/format");
        assertThat(e.getMessage()).contains("unknown format").contains("qompat.build/1").contains("qompat.fleet/1");
    }

    @Test
    void missingRequiredFieldNamesTheObjectAndTheField() throws IOException {
        Path file = write("vm.json", """
                {"format": "qompat.vm/1", "name": "x",
                 "qom-tree": {"path": "/machine", "type": "pc-q35-7.2-machine", "children": [{"path": "/machine/q35"}]}}
                """);

        FormatException e = catchThrowableOfType(() -> QompatReader.readVm(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/qom-tree/children/0");
        assertThat(e.getMessage()).isEqualTo("missing required field \"type\"");
    }

    @Test
    void aBuildFileWhereAHostIsExpectedIsRefused() throws IOException {
        Path file = dir.resolve("b.json");
        QompatWriter.unguarded().writeBuild(Fixtures.build(), file);

        FormatException e = catchThrowableOfType(() -> QompatReader.readHost(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/format");
        assertThat(e.getMessage()).isEqualTo("expected a qompat.host/1 file, found qompat.build/1");
    }

    @Test
    void badVersionStringSaysWhatAVersionLooksLike() throws IOException {
        Path file = write("b.json", "{\"format\": \"qompat.build/1\", \"version\": \"latest\"}");

        FormatException e = catchThrowableOfType(() -> QompatReader.readBuild(file), FormatException.class);

        assertThat(e.location()).isEqualTo("/version");
        assertThat(e.getMessage()).contains("\"10.0.2\"").contains("latest");
    }
}
