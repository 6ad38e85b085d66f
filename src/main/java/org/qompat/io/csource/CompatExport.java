package org.qompat.io.csource;

import java.io.IOException;
import java.nio.file.Path;
import org.qompat.io.QompatWriter;
import org.qompat.io.RawQmpDirectory;
import org.qompat.model.QemuBuild;

/**
 * Writes a complete {@code qompat.build/1} for a pre-9.1 QEMU: what the binary told over QMP (a directory of raw
 * answers) with its machine-type compat tables filled from the same release's source. This is how the demo
 * fleet's QEMU 7.2 build is made:
 *
 * <pre>
 * java -cp target/classes:… org.qompat.io.csource.CompatExport \
 *     src/test/resources/qemu-source/v7.2 src/test/resources/captures/qemu-7.2 src/test/resources/exports/qemu-7.2.22.json
 * </pre>
 */
public final class CompatExport {

    private CompatExport() {
    }

    /** The raw build with its tables filled; fails when the source is of another release series. */
    public static QemuBuild build(Path sourceRoot, String sourceName, Path rawQmpDir) throws IOException {
        CompatSource source = QemuSourceCheckout.read(sourceRoot, sourceName);
        if (!source.problems().isEmpty()) {
            throw new IOException("the source checkout has problems: " + source.problems());
        }
        QemuBuild raw = RawQmpDirectory.read(rawQmpDir);
        if (!CompatFill.sameSeries(raw, source)) {
            throw new IOException("QEMU " + raw.version() + " answers cannot take the tables of " + source.version()
                    + " source");
        }
        return CompatFill.fill(raw, source);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CompatExport <qemu-source-root> <raw-qmp-answers-dir> <out.json>");
            System.exit(2);
        }
        QemuBuild b = build(Path.of(args[0]), "qemu-" + Path.of(args[0]).getFileName(), Path.of(args[1]));
        QompatWriter.unguarded().writeBuild(b, Path.of(args[2]));
        System.out.println("wrote " + args[2] + ": QEMU " + b.label() + ", id " + b.id());
    }
}
