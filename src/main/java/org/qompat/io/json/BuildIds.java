package org.qompat.io.json;

import java.util.HexFormat;
import org.qompat.model.QemuBuild;

/**
 * A build's identity is a hash of its canonical content: two hosts whose dumps describe the same binary get the
 * same id (and the loader hands them one shared instance), whichever format or file the dumps came from.
 */
public final class BuildIds {

    private BuildIds() {
    }

    /** {@code "qemu-10.0.2-" + 12 hex digits of SHA-256} over the build's canonical content ({@link BuildDigest}). */
    public static String contentId(QemuBuild b) {
        return "qemu-" + b.version() + "-" + HexFormat.of().formatHex(BuildDigest.of(b), 0, 6);
    }

    public static QemuBuild withContentId(QemuBuild b) {
        return new QemuBuild(contentId(b), b.version(), b.packageString(), b.machineTypes(), b.types(),
                b.cpuModels(), b.vmstateByMachine(), b.provenance());
    }
}
