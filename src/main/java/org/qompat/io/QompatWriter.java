package org.qompat.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.qompat.io.json.BuildJsonWriter;
import org.qompat.io.json.FleetManifest;
import org.qompat.io.json.HostJsonWriter;
import org.qompat.io.json.Json;
import org.qompat.io.json.VmJsonWriter;
import org.qompat.io.vmstate.VmStateDumpWriter;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;
import org.qompat.model.VmStateDump;

/**
 * Writes Qompat's own formats: atomically, pretty-printed, and never over a file that was loaded as input
 * (pass the input set, e.g. {@link FleetLoader.Result#inputFiles()}).
 */
public final class QompatWriter {

    private final List<Path> protectedInputs;

    /** @param protectedInputs files this writer must never replace (the inputs of the current session) */
    public QompatWriter(Collection<Path> protectedInputs) {
        this.protectedInputs = List.copyOf(protectedInputs);
    }

    /** A writer that protects nothing (for tools that write fresh output, e.g. the collector). */
    public static QompatWriter unguarded() {
        return new QompatWriter(List.of());
    }

    public void writeBuild(QemuBuild build, Path target) throws IOException {
        write(BuildJsonWriter.toJson(build), target);
    }

    /** Writes the host with its build embedded. */
    public void writeHost(Host host, Path target) throws IOException {
        write(HostJsonWriter.toJson(host, null), target);
    }

    /**
     * Writes the host with its build referenced as a path relative to the host file, e.g.
     * {@code ../builds/qemu-10.0.2.json}. Does not write the build file itself (see {@link #writeBuild}).
     */
    public void writeHost(Host host, Path target, Path buildFile) throws IOException {
        write(HostJsonWriter.toJson(host, relativeReference(target, buildFile)), target);
    }

    public void writeVm(Vm vm, Path target) throws IOException {
        write(VmJsonWriter.toJson(vm), target);
    }

    public void writeFleet(FleetManifest manifest, Path target) throws IOException {
        write(manifest.toJson(), target);
    }

    /** Writes a dump in QEMU's own -dump-vmstate layout. */
    public void writeVmState(VmStateDump dump, Path target) throws IOException {
        write(VmStateDumpWriter.toJson(dump), target);
    }

    /** Any JSON document, atomically and guarded; gzipped when {@code target} ends with {@code .gz}. */
    public void write(JsonNode document, Path target) throws IOException {
        byte[] bytes = toBytes(document);
        // readers recognise gzip by its magic bytes; the writer follows the name the caller chose
        if (target.getFileName().toString().endsWith(".gz")) bytes = InputBytes.gzip(bytes);
        AtomicFiles.write(target, bytes, protectedInputs);
    }

    /** Pretty-printed UTF-8 bytes with a final newline, as all Qompat files are written. */
    public static byte[] toBytes(JsonNode document) {
        try {
            byte[] body = Json.PRETTY.writeValueAsBytes(document);
            byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document", e);
        }
    }

    /** The path of {@code buildFile} relative to the directory of {@code hostFile}, with forward slashes. */
    public static String relativeReference(Path hostFile, Path buildFile) {
        Path from = hostFile.toAbsolutePath().normalize().getParent();
        Path rel = from.relativize(buildFile.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }
}
