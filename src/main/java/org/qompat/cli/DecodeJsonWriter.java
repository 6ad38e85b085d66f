package org.qompat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.qompat.engine.Finding;
import org.qompat.engine.investigate.DecodedMessage;
import org.qompat.engine.investigate.Entity;
import org.qompat.engine.investigate.FailureStory;
import org.qompat.engine.investigate.FeatureBit;
import org.qompat.engine.investigate.LinkReport;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.engine.investigate.LogLine;
import org.qompat.engine.investigate.Mismatch;

/** The JSON form of {@code qompat decode} (documented in docs/investigate.md). */
final class DecodeJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DecodeJsonWriter() {
    }

    static void write(PrintWriter out, LogDecoding d, LinkReport link, String linkNote) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "qompat.decode/1");
        root.put("lines", d.lines().size());
        ObjectNode ctx = root.putObject("context");
        ctx.set("vms", JSON.valueToTree(d.context().vms()));
        ctx.set("hosts", JSON.valueToTree(d.context().hosts()));
        ctx.set("machines", JSON.valueToTree(d.context().machines()));
        ctx.set("qemuVersions", JSON.valueToTree(d.context().qemuVersions()));
        ctx.set("kernels", JSON.valueToTree(d.context().kernels()));
        ArrayNode stories = root.putArray("stories");
        for (FailureStory s : d.stories()) {
            ObjectNode o = stories.addObject();
            o.put("title", s.title());
            o.put("rule", s.rule().id());
            o.put("severity", s.severity().name());
            o.put("firstLine", s.firstLine());
            o.put("lastLine", s.lastLine());
            if (!s.note().isEmpty()) o.put("note", s.note());
            ArrayNode ms = o.putArray("messages");
            for (DecodedMessage m : s.messages()) message(ms.addObject(), m, link);
        }
        ArrayNode un = root.putArray("unrecognized");
        for (LogLine l : d.unrecognized()) un.addObject().put("line", l.number()).put("text", l.raw());
        if (link != null) root.set("link", link(link));
        else if (linkNote != null) root.put("linkNote", linkNote);
        out.println(JSON.writeValueAsString(root));
    }

    private static void message(ObjectNode o, DecodedMessage m, LinkReport link) {
        o.put("line", m.lineNumber());
        o.put("raw", m.line().raw());
        o.put("message", m.matchedText());
        o.put("pattern", m.pattern().id());
        o.put("role", m.role().name().toLowerCase(java.util.Locale.ROOT));
        o.put("rule", m.rule().id());
        o.put("severity", m.severity().name());
        o.put("title", m.title());
        o.put("meaning", m.meaning());
        o.put("wording", m.pattern().wording());
        ArrayNode es = o.putArray("entities");
        for (Entity e : m.entities()) es.addObject().put("kind", e.kind().id()).put("value", e.value());
        if (!m.refusedBits().isEmpty()) {
            ArrayNode bits = o.putArray("refusedBits");
            for (FeatureBit b : m.refusedBits()) {
                ObjectNode bo = bits.addObject().put("bit", b.bit()).put("name", b.name()).put("property", b.property());
                if (b.requirement() != null) bo.put("platformFeature", b.requirement().platformFeature())
                        .put("needs", b.requirement().description());
            }
        }
        if (link != null && !link.findingsFor(m).isEmpty()) {
            ArrayNode fs = o.putArray("findings");
            for (Finding f : link.findingsFor(m)) fs.add(finding(f));
        }
    }

    private static ObjectNode link(LinkReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("vm", r.verdict().vm());
        o.put("from", r.verdict().from());
        o.put("to", r.verdict().to());
        o.put("verdict", r.verdict().status().name());
        o.put("agrees", r.agrees());
        ArrayNode mm = o.putArray("mismatches");
        for (Mismatch m : r.mismatches()) {
            ObjectNode x = mm.addObject().put("kind", m.kind().name());
            if (m.message() != null) x.put("line", m.message().lineNumber()).put("pattern", m.message().pattern().id());
            if (m.finding() != null) x.set("finding", finding(m.finding()));
            x.put("explanation", m.explanation());
        }
        return o;
    }

    private static ObjectNode finding(Finding f) {
        return JSON.createObjectNode().put("rule", f.rule().id()).put("severity", f.severity().name())
                .put("path", f.path()).put("property", f.property()).put("source", f.sourceValue())
                .put("destination", f.destinationValue()).put("message", f.message());
    }
}
