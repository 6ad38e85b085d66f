package org.qompat.ui.matrix;

import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;

/** The engine's fleet analysis seen as a matrix source. */
public final class AnalysisMatrixSource implements MatrixSource {

    private final FleetAnalysis analysis;
    private final String[] classLabels;

    public AnalysisMatrixSource(FleetAnalysis analysis) {
        this.analysis = analysis;
        List<HostClass> classes = analysis.classes();
        classLabels = new String[classes.size()];
        for (HostClass c : classes) classLabels[c.index()] = describe(c);
    }

    public FleetAnalysis analysis() {
        return analysis;
    }

    /** What the members share, in the words an operator would use: QEMU version, kernel, CPU model. */
    static String describe(HostClass c) {
        Host h = c.representative();
        StringBuilder sb = new StringBuilder();
        sb.append(h.build() == null ? "QEMU ?" : "QEMU " + h.build().version());
        if (h.kernelRelease() != null && !h.kernelRelease().isBlank()) sb.append(" · ").append(shortKernel(h.kernelRelease()));
        if (h.cpu() != null && h.cpu().modelName() != null && !h.cpu().modelName().isBlank()) {
            sb.append(" · ").append(shortCpu(h.cpu().modelName()));
        }
        return sb.toString();
    }

    private static String shortKernel(String release) {
        int dash = release.indexOf('-');
        return dash > 0 ? release.substring(0, dash) : release;
    }

    /** "AMD EPYC 9654 96-Core Processor" → "AMD EPYC 9654"; keeps headers short. */
    private static String shortCpu(String model) {
        String[] words = model.replace("(R)", "").replace("(TM)", "").trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length && i < 3; i++) sb.append(i == 0 ? "" : " ").append(words[i]);
        return sb.toString();
    }

    @Override
    public int hostCount() {
        return analysis.hosts().size();
    }

    @Override
    public String hostName(int host) {
        return analysis.hosts().get(host).name();
    }

    @Override
    public int classCount() {
        return analysis.classes().size();
    }

    @Override
    public int classOf(int host) {
        return analysis.classOf(host);
    }

    @Override
    public String classLabel(int cls) {
        return classLabels[cls];
    }

    @Override
    public int vmCount() {
        return analysis.vms().size();
    }

    @Override
    public String vmName(int vm) {
        return analysis.vms().get(vm).name();
    }

    @Override
    public VerdictStatus classStatus(int vm, int fromClass, int toClass) {
        return analysis.classStatus(vm, fromClass, toClass);
    }

    @Override
    public Verdict classVerdict(int vm, int fromClass, int toClass) {
        return analysis.classVerdict(vm, fromClass, toClass);
    }
}
