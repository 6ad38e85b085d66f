package org.qompat.ui.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.Finding;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Vm;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.CellSelection;

/** One VM's verdict for the selected cell, with its findings sorted blockers first. */
public record VmVerdictRow(Vm vm, Verdict verdict, List<Finding> findings) {

    public VerdictStatus status() {
        return verdict.status();
    }

    /** The first (worst) finding's message, for the table's "main reason" column. */
    public String mainReason() {
        if (findings.isEmpty()) return status() == VerdictStatus.OK ? "" : "(no findings)";
        Finding f = findings.get(0);
        return f.rule().id() + ": " + f.message();
    }

    /** Worst severity first; the engine's order is kept within a severity. */
    public static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingInt(f -> f.severity().ordinal()));
        return out;
    }

    /**
     * The rows for a cell: every VM the fleet matrix counts (all VMs when none are checked), worst verdict first.
     * A collapsed class shares one verdict, so its first member stands for it.
     */
    public static List<VmVerdictRow> forCell(AppModel app, CellSelection cell) {
        FleetAnalysis analysis = app.getAnalysis();
        List<VmVerdictRow> rows = new ArrayList<>();
        if (analysis == null || cell == null) return rows;
        int from = app.hostIndex(cell.fromHost());
        int to = app.hostIndex(cell.toHost());
        if (from < 0 || to < 0) return rows;
        boolean all = app.getSelectedVms().isEmpty();
        for (int v = 0; v < analysis.vms().size(); v++) {
            Vm vm = analysis.vms().get(v);
            if (!all && !app.getSelectedVms().contains(vm.name()) && !vm.name().equals(app.getFocusedVm())) continue;
            Verdict verdict = analysis.verdict(v, from, to);
            rows.add(new VmVerdictRow(vm, verdict, sorted(verdict.findings())));
        }
        rows.sort(Comparator.comparingInt((VmVerdictRow r) -> -r.status().ordinal()).thenComparing(r -> r.vm().name()));
        return rows;
    }
}
