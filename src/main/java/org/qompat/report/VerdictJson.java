package org.qompat.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.qompat.engine.Finding;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.Vm;

/**
 * Streams verdicts as the stable JSON of {@code qompat check} (docs/formats.md, "check output"):
 * {@code {format, hosts, vms, classes, verdicts:[{vm, from, to, verdict, findings:[{rule, severity, path, property,
 * source, destination, message, provenance}]}]}}. Open it with the inventory, add verdicts one by one (constant
 * memory for any fleet size), close it to finish the document. Does not close the stream.
 */
public final class VerdictJson implements Closeable {

    public static final String FORMAT = "qompat.check/1";

    private final JsonGenerator g;

    /** Writes the inventory and opens the verdict list; {@code classOfHost} maps a host index to its class. */
    public VerdictJson(OutputStream out, List<Host> hosts, IntUnaryOperator classOfHost, List<Vm> vms,
                       List<HostClass> classes) throws IOException {
        this(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), hosts, classOfHost, vms, classes);
    }

    /** The same onto a character stream (e.g. the CLI's standard output writer). */
    public VerdictJson(java.io.Writer out, List<Host> hosts, IntUnaryOperator classOfHost, List<Vm> vms,
                       List<HostClass> classes) throws IOException {
        this(new JsonFactory().createGenerator(out), hosts, classOfHost, vms, classes);
    }

    private VerdictJson(JsonGenerator generator, List<Host> hosts, IntUnaryOperator classOfHost, List<Vm> vms,
                        List<HostClass> classes) throws IOException {
        g = generator;
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeArrayFieldStart("hosts");
        for (int i = 0; i < hosts.size(); i++) host(hosts.get(i), classOfHost.applyAsInt(i));
        g.writeEndArray();
        g.writeArrayFieldStart("vms");
        for (Vm v : vms) vm(v);
        g.writeEndArray();
        g.writeArrayFieldStart("classes");
        for (HostClass c : classes) {
            g.writeStartObject();
            g.writeNumberField("index", c.index());
            g.writeStringField("key", c.key());
            g.writeArrayFieldStart("hosts");
            for (Host h : c.members()) g.writeString(h.name());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("verdicts");
    }

    private void host(Host h, int cls) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", h.name());
        g.writeNumberField("class", cls);
        g.writeStringField("build", h.build() == null ? null : h.build().label());
        g.writeStringField("kernel", h.kernelRelease());
        g.writeObjectFieldStart("labels");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(h.labels()).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void vm(Vm v) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", v.name());
        g.writeStringField("machineType", v.machineType());
        g.writeStringField("machineArg", v.machineArg());
        g.writeBooleanField("commandLineKnown", v.commandLineKnown());
        g.writeStringField("cpuModel", v.cpuModel());
        g.writeStringField("host", v.host());
        g.writeEndObject();
    }

    /** Appends one verdict with all its findings. */
    public void verdict(Verdict v) throws IOException {
        g.writeStartObject();
        g.writeStringField("vm", v.vm());
        g.writeStringField("from", v.from());
        g.writeStringField("to", v.to());
        g.writeStringField("verdict", v.status().name());
        g.writeArrayFieldStart("findings");
        for (Finding f : v.findings()) finding(f);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void finding(Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule().id());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("path", f.path());
        g.writeStringField("property", f.property());
        g.writeStringField("source", f.sourceValue());
        g.writeStringField("destination", f.destinationValue());
        g.writeStringField("message", f.message());
        g.writeObjectFieldStart("provenance");
        provenance("source", f.sourceProvenance());
        provenance("destination", f.destinationProvenance());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void provenance(String side, Provenance p) throws IOException {
        g.writeObjectFieldStart(side);
        g.writeStringField("file", p == null ? "" : p.file());
        g.writeStringField("location", p == null ? "" : p.location());
        g.writeEndObject();
    }

    /** Closes the verdict list and the document, and flushes. */
    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }
}
