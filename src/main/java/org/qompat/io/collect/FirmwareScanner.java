package org.qompat.io.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.qompat.model.FirmwareFile;

/**
 * Finds the BIOS and option ROM files an x86 QEMU loads into guest memory, in its data directories (what
 * {@code qemu -L help} prints, searched in that order, first hit wins as in QEMU), with size and SHA-256: a ROM's
 * size becomes a RAM block's size, which must match on both sides of a migration.
 */
public final class FirmwareScanner {

    /** x86 guest firmware: SeaBIOS images, VGA BIOSes, iPXE option ROMs, and QEMU's own small option ROMs. */
    private static final Pattern X86_FIRMWARE = Pattern.compile(
            "(bios(-256k|-microvm)?\\.bin|vgabios.*\\.bin|(efi|pxe)-.*\\.rom|kvmvapic\\.bin|linuxboot(_dma)?\\.bin"
                    + "|multiboot(_dma)?\\.bin|pvh\\.bin|qboot\\.rom|sgabios\\.bin)");

    private FirmwareScanner() {
    }

    /** The directories {@code binary -L help} lists, in search order. */
    public static List<Path> dataDirs(String binary, long timeoutMillis) throws IOException {
        Process p = QemuProcesses.start(new ProcessBuilder(binary, "-L", "help").redirectErrorStream(true));
        try (InputStream in = p.getInputStream()) {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new IOException(binary + " -L help did not finish within " + timeoutMillis + " ms");
            }
            List<Path> dirs = new ArrayList<>();
            for (String line : new String(in.readAllBytes()).split("\n")) {
                if (line.startsWith("/")) dirs.add(Path.of(line.trim()).normalize());
            }
            return dirs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            QemuProcesses.destroy(p);
        }
    }

    public static Map<String, FirmwareFile> scan(List<Path> dirs) throws IOException {
        Map<String, FirmwareFile> out = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    String name = f.getFileName().toString();
                    if (out.containsKey(name) || !X86_FIRMWARE.matcher(name).matches()) continue;
                    if (!Files.isRegularFile(f)) continue; // follows symlinks: vgabios.bin -> vgabios-isavga.bin
                    out.put(name, new FirmwareFile(name, Files.size(f), sha256(f)));
                }
            }
        }
        return out;
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
