package org.qompat.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.qompat.io.json.BuildJsonReader;
import org.qompat.io.json.BuildResolver;
import org.qompat.io.json.FleetManifest;
import org.qompat.io.json.HostJsonReader;
import org.qompat.io.json.Json;
import org.qompat.io.json.JsonCursor;
import org.qompat.io.json.QompatFormat;
import org.qompat.io.json.VmJsonReader;
import org.qompat.io.qmpraw.QmpAnswer;
import org.qompat.io.qmpraw.QmpDocument;
import org.qompat.io.qomtext.QomText;
import org.qompat.io.vmstate.VmStateDumpReader;

/**
 * Reads one file whatever its format, recognising the format from the content: Qompat's JSON formats by their
 * {@code format} field, -dump-vmstate by {@code vmschkmachine}, QMP traffic by its message keys, QOM-tree text by
 * its line shapes. Shape errors are thrown as {@link FormatException}; unknown content is {@link
 * Imported.Unrecognised}.
 */
public final class FileImporter {

    private FileImporter() {
    }

    /**
     * @param file        the file to read
     * @param displayName how the file is named in provenance and problems (usually its path as given)
     * @param resolver    follows a host's reference to a build file or directory
     */
    public static Imported read(Path file, String displayName, BuildResolver resolver) throws IOException {
        byte[] bytes = InputBytes.read(file);
        int start = firstSignificant(bytes);
        if (start < 0) return new Imported.Unrecognised(file, "empty file");
        byte first = bytes[start];
        if (first == '{' || first == '[') return readJson(file, displayName, bytes, resolver);
        if (looksBinary(bytes)) return new Imported.Unrecognised(file, "binary file");
        String text = new String(bytes, StandardCharsets.UTF_8);
        return QomText.read(text, file, displayName)
                .<Imported>map(vm -> new Imported.VmFile(file, vm))
                .orElseGet(() -> new Imported.Unrecognised(file,
                        "text that is neither qom-tree script output nor HMP info qom-tree"));
    }

    private static Imported readJson(Path file, String name, byte[] bytes, BuildResolver resolver) {
        List<Json.Value> values = Json.readValues(bytes, name);
        JsonCursor root = JsonCursor.root(values.get(0).node(), name);
        if (QompatFormat.claims(root)) {
            if (values.size() > 1) {
                throw new FormatException(name, "line " + values.get(1).line(),
                        "unexpected second JSON value: a Qompat file holds exactly one JSON object");
            }
            return switch (QompatFormat.of(root)) {
                case BUILD -> new Imported.BuildFile(file, BuildJsonReader.read(root, file.toAbsolutePath().getParent()));
                case HOST -> new Imported.HostFile(file, HostJsonReader.read(root, file, resolver));
                case VM -> new Imported.VmFile(file, VmJsonReader.read(root));
                case FLEET -> new Imported.ManifestFile(file, FleetManifest.read(root));
            };
        }
        if (values.size() == 1 && VmStateDumpReader.claims(root)) {
            return new Imported.VmStateFile(file, VmStateDumpReader.read(root));
        }
        if (QmpDocument.claims(values)) {
            List<QmpAnswer> answers = QmpDocument.answers(values, name, file.getFileName().toString());
            return answers.isEmpty()
                    ? new Imported.Unrecognised(file, "QMP traffic without answers Qompat reads")
                    : new Imported.QmpAnswers(file, answers);
        }
        if (root.node().isObject() && root.node().has(QompatFormat.FIELD)) {
            throw root.get(QompatFormat.FIELD).error("expected a Qompat format such as \"qompat.host/1\", found "
                    + root.node().get(QompatFormat.FIELD));
        }
        return new Imported.Unrecognised(file, "JSON that is neither a Qompat file (no \"format\" field), "
                + "a QMP answer, nor a -dump-vmstate file (no \"vmschkmachine\")");
    }

    private static int firstSignificant(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) i = 3;
        for (; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') return i;
        }
        return -1;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 4096);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }
}
