package org.qompat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qompat.io.json.BuildJsonReader;
import org.qompat.io.json.BuildResolver;
import org.qompat.io.json.FleetManifest;
import org.qompat.io.json.HostJsonReader;
import org.qompat.io.json.Json;
import org.qompat.io.json.JsonCursor;
import org.qompat.io.json.QompatFormat;
import org.qompat.io.json.VmJsonReader;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * Reads one file of Qompat's own formats when the caller knows which one it wants (the fleet loader detects
 * formats itself). Shape errors are {@link FormatException}s naming the file and JSON pointer.
 */
public final class QompatReader {

    private QompatReader() {
    }

    public static QemuBuild readBuild(Path file) throws IOException {
        JsonCursor root = open(file, QompatFormat.BUILD);
        return BuildJsonReader.read(root, file.toAbsolutePath().getParent());
    }

    /** Reads a host; a build it references by path is read from disk (a qompat.build file). */
    public static Host readHost(Path file) throws IOException {
        return HostJsonReader.read(open(file, QompatFormat.HOST), file, QompatReader::resolveBuild);
    }

    public static Host readHost(Path file, BuildResolver resolver) throws IOException {
        return HostJsonReader.read(open(file, QompatFormat.HOST), file, resolver);
    }

    public static Vm readVm(Path file) throws IOException {
        return VmJsonReader.read(open(file, QompatFormat.VM));
    }

    public static FleetManifest readFleet(Path file) throws IOException {
        return FleetManifest.read(open(file, QompatFormat.FLEET));
    }

    /**
     * The default way to follow a host's {@code build} path: a qompat.build file, or a directory of raw QMP
     * answers.
     */
    public static QemuBuild resolveBuild(Path buildPath, JsonCursor reference) {
        try {
            if (Files.isDirectory(buildPath)) return RawQmpDirectory.read(buildPath);
            return readBuild(buildPath);
        } catch (IOException e) {
            throw reference.error("cannot read the referenced build " + buildPath + ": " + e);
        } catch (FormatException e) {
            throw reference.error("the referenced build " + buildPath + " does not load: " + e.toProblem());
        }
    }

    private static JsonCursor open(Path file, QompatFormat expected) throws IOException {
        String name = file.toString();
        JsonCursor root = JsonCursor.root(Json.readSingle(InputBytes.read(file), name), name);
        if (!root.node().isObject()) throw root.error("expected a JSON object, found " + Json.describe(root.node()));
        QompatFormat actual = QompatFormat.of(root);
        if (actual != expected) {
            throw root.get(QompatFormat.FIELD).error("expected a " + expected.tag() + " file, found "
                    + actual.tag());
        }
        return root;
    }
}
