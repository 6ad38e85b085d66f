package org.qompat.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.qompat.model.QemuBuild;

/**
 * A build's identity is a hash of its canonical content: two hosts whose dumps describe the same binary get the
 * same id (and the loader hands them one shared instance), whichever format or file the dumps came from.
 */
public final class BuildIds {

    private BuildIds() {
    }

    /** {@code "qemu-10.0.2-" + 12 hex digits of SHA-256} over the canonical qompat.build body. */
    public static String contentId(QemuBuild b) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // stream the canonical form straight into the digest: a build with VMState dumps is megabytes
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                Json.MAPPER.writeValue(out, BuildJsonWriter.body(b));
            }
            return "qemu-" + b.version() + "-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash build " + b.version(), e);
        }
    }

    public static QemuBuild withContentId(QemuBuild b) {
        return new QemuBuild(contentId(b), b.version(), b.packageString(), b.machineTypes(), b.types(),
                b.cpuModels(), b.vmstateByMachine(), b.provenance());
    }
}
