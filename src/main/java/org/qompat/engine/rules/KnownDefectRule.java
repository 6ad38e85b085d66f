package org.qompat.engine.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.model.Provenance;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomNode;

/**
 * Rule 11: known QEMU defects, kept as data ({@code known-defects.json}) with the versions they affect and their
 * sources. Field-level VMState comparison (rule 7) catches layout changes without a version bump by itself; this
 * list covers what no table shows.
 */
public final class KnownDefectRule implements MigrationRule {

    record Defect(String id, String title, String deviceType, Pattern machine, QemuVersion srcFrom,
                  QemuVersion srcTo, QemuVersion dstFrom, QemuVersion dstTo, Severity severity, String description,
                  String advice, String reference) {
    }

    private static final List<Defect> DEFECTS = load();

    @Override
    public Rule rule() {
        return Rule.KNOWN_DEFECT;
    }

    @Override
    public boolean dependsOnHosts() {
        return false;
    }

    @Override
    public void check(PairContext ctx, List<Finding> out) {
        for (Defect d : DEFECTS) {
            if (!in(ctx.srcBuild().version(), d.srcFrom(), d.srcTo())) continue;
            if (!in(ctx.dstBuild().version(), d.dstFrom(), d.dstTo())) continue;
            String machine = ctx.srcMachineName();
            if (d.machine() != null && (machine == null || !d.machine().matcher(machine).find())) continue;
            String path = "/machine";
            if (d.deviceType() != null) {
                path = null;
                for (QomNode n : ctx.nodes()) {
                    if (ctx.src().isSubtype(n.type(), d.deviceType()) || n.type().equals(d.deviceType())) {
                        path = n.path();
                        break;
                    }
                }
                if (path == null) continue;
            }
            PairContext.add(out, rule(), d.severity(), path, d.id(), ctx.srcBuild().version().toString(),
                    ctx.dstBuild().version().toString(), "Known QEMU defect: " + d.title() + ". " + d.description()
                            + " " + d.advice(), ctx.srcBuild().provenance(),
                    new Provenance("known-defects.json", d.reference()));
        }
    }

    private static boolean in(QemuVersion v, QemuVersion from, QemuVersion to) {
        return (from == null || v.compareTo(from) >= 0) && (to == null || v.compareTo(to) <= 0);
    }

    private static List<Defect> load() {
        try (InputStream in = KnownDefectRule.class.getResourceAsStream("/org/qompat/engine/known-defects.json")) {
            if (in == null) throw new IllegalStateException("known-defects.json missing from the class path");
            List<Defect> out = new ArrayList<>();
            for (JsonNode d : new ObjectMapper().readTree(in).path("defects")) {
                out.add(new Defect(d.path("id").asText(), d.path("title").asText(), text(d, "deviceType"),
                        text(d, "machine") == null ? null : Pattern.compile(text(d, "machine")),
                        version(d.path("source"), "from"), version(d.path("source"), "to"),
                        version(d.path("destination"), "from"), version(d.path("destination"), "to"),
                        Severity.valueOf(d.path("severity").asText("WARNING")), d.path("description").asText(),
                        d.path("advice").asText(), d.path("reference").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read known-defects.json", e);
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static QemuVersion version(JsonNode n, String f) {
        String t = text(n, f);
        return t == null ? null : QemuVersion.parse(t);
    }
}
