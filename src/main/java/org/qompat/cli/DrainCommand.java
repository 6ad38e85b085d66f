package org.qompat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.plan.BlockerCount;
import org.qompat.engine.plan.DrainCheck;
import org.qompat.engine.plan.DrainResult;
import org.qompat.engine.plan.StrandedVm;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.model.Host;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qompat drain}: if these hosts are emptied, can every VM on them live-migrate to a host outside the set
 * (verdict OK or WARN, within the destination's {@code slots=N} capacity)? Exit 1 when a VM would be stranded.
 */
@Command(name = "drain", mixinStandardHelpOptions = true,
        description = {"Check that every VM on the selected hosts can live-migrate to some host outside them "
                + "(OK or WARN), honouring per-host capacity labels slots=N; list stranded VMs with their blockers.",
                "Exit status: 0 every VM placed, 1 a VM would be stranded, 3 input error."})
public final class DrainCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories to load")
    List<Path> inputs;

    @Option(names = "--hosts", required = true, paramLabel = "SELECTOR",
            description = "hosts to drain: label selector (rack=r1), comma list of names, or glob")
    String hosts;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanInputs in = PlanInputs.load(inputs, hosts, err);
        if (in == null) return PlanInputs.INPUT_ERROR;
        FleetAnalysis analysis = FleetAnalysis.compute(in.fleet);
        DrainResult r = DrainCheck.run(VerdictGrid.of(analysis), in.selected.stream().map(Host::name).toList());
        if (format == Format.json) out.println(json(r));
        else text(r, out);
        out.flush();
        return r.ok() ? 0 : 1;
    }

    private void text(DrainResult r, PrintWriter out) {
        out.println("Drain --hosts " + hosts + ": " + String.join(", ", r.drainedHosts()) + " ("
                + r.vmsToMove() + " VM" + (r.vmsToMove() == 1 ? "" : "s") + " to move)");
        for (String note : r.notes()) out.println("  note: " + note);
        if (!r.placements().isEmpty()) {
            out.println();
            out.println("Placements");
            int w = r.placements().stream().mapToInt(p -> p.vm().length()).max().orElse(4);
            for (DrainResult.Placement p : r.placements()) {
                out.printf("  %-" + w + "s  %s -> %s  %s%n", p.vm(), p.from(), p.to(), p.status());
            }
        }
        if (!r.stranded().isEmpty()) {
            out.println();
            out.println("Stranded");
            for (StrandedVm s : r.stranded()) {
                out.println("  " + s.vm() + " on " + s.host() + ": " + s.reason());
                for (BlockerCount b : s.blockers()) {
                    out.println("      " + b.label() + " blocks " + b.count() + " destination host"
                            + (b.count() == 1 ? "" : "s") + ": " + b.example());
                }
            }
        }
        out.println();
        out.println(r.ok() ? "OK: every VM has a destination outside the drained hosts."
                : "NOT OK: " + r.stranded().size() + " VM" + (r.stranded().size() == 1 ? "" : "s")
                + " would be stranded.");
    }

    private static String json(DrainResult r) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode drained = root.putArray("drained");
        r.drainedHosts().forEach(drained::add);
        root.put("vms-to-move", r.vmsToMove());
        root.put("ok", r.ok());
        ArrayNode placements = root.putArray("placements");
        for (DrainResult.Placement p : r.placements()) {
            placements.addObject().put("vm", p.vm()).put("from", p.from()).put("to", p.to())
                    .put("verdict", p.status());
        }
        ArrayNode stranded = root.putArray("stranded");
        for (StrandedVm s : r.stranded()) {
            ObjectNode o = stranded.addObject().put("vm", s.vm()).put("host", s.host())
                    .put("reason", s.outOfCapacity() ? "capacity" : "no-compatible-host").put("message", s.reason());
            ArrayNode compat = o.putArray("compatible-hosts");
            s.compatibleHosts().forEach(compat::add);
            ArrayNode blockers = o.putArray("blockers");
            for (BlockerCount b : s.blockers()) {
                blockers.addObject().put("rule", b.key().rule()).put("subject", b.key().subject())
                        .put("destinations", b.count()).put("example", b.example());
            }
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
