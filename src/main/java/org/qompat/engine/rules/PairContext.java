package org.qompat.engine.rules;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.MachineResolution;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.compat.AnalysisCache;
import org.qompat.engine.compat.BuildIndex;
import org.qompat.engine.compat.IdKey;
import org.qompat.engine.compat.MachineNames;
import org.qompat.engine.compat.VmCommandLine;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * One question — VM from source host to destination host — with lazily computed, cached facts that several
 * rules need: each side's build index, the machine type each side resolves, the VM's parsed command line and
 * its flattened QOM tree.
 */
public final class PairContext {

    private final Vm vm;
    private final Host from;
    private final Host to;
    private final AnalysisCache cache;
    private MachineResolution srcMachine;
    private MachineResolution dstMachine;
    private List<QomNode> nodes;
    private HostPairFacts pairFacts;
    // asked many times per pair by several rules; the cache's lookups are synchronised, so keep them here
    private BuildIndex srcIndex;
    private BuildIndex dstIndex;
    private VmCommandLine commandLine;

    public PairContext(Vm vm, Host from, Host to, AnalysisCache cache) {
        this(vm, from, to, cache, null);
    }

    /** With facts about the host pair computed beforehand (the fleet analysis shares them between VMs). */
    public PairContext(Vm vm, Host from, Host to, AnalysisCache cache, HostPairFacts pairFacts) {
        this.vm = vm;
        this.from = from;
        this.to = to;
        this.cache = cache;
        this.pairFacts = pairFacts;
    }

    public HostPairFacts pairFacts() {
        if (pairFacts == null) pairFacts = HostPairFacts.of(from, to);
        return pairFacts;
    }

    public Vm vm() {
        return vm;
    }

    public Host from() {
        return from;
    }

    public Host to() {
        return to;
    }

    public AnalysisCache cache() {
        return cache;
    }

    public QemuBuild srcBuild() {
        return from.build();
    }

    public QemuBuild dstBuild() {
        return to.build();
    }

    public BuildIndex src() {
        if (srcIndex == null) srcIndex = cache.index(from.build());
        return srcIndex;
    }

    public BuildIndex dst() {
        if (dstIndex == null) dstIndex = cache.index(to.build());
        return dstIndex;
    }

    /** True when both sides run the very same build (the same object, or the same content id). */
    public boolean sameBuild() {
        return from.build() == to.build() || from.build().id().equals(to.build().id());
    }

    public VmCommandLine commandLine() {
        if (commandLine == null) commandLine = cache.commandLine(vm);
        return commandLine;
    }

    public MachineResolution srcMachine() {
        if (srcMachine == null) srcMachine = cache.memo(IdKey.of("machine", vm, srcBuild(), null),
                k -> MachineResolution.resolve(vm, commandLine(), srcBuild()));
        return srcMachine;
    }

    public MachineResolution dstMachine() {
        if (dstMachine == null) dstMachine = cache.memo(IdKey.of("machine", vm, dstBuild(), null),
                k -> MachineResolution.resolve(vm, commandLine(), dstBuild()));
        return dstMachine;
    }

    /** The machine type whose compat table and VMState apply on the source. */
    public String srcMachineName() {
        return srcMachine().nameOr(MachineNames.userName(vm.machineType()));
    }

    public String dstMachineName() {
        return dstMachine().nameOr(MachineNames.userName(vm.machineType()));
    }

    /** Every node of the VM's QOM tree, depth first (empty without a tree). */
    public List<QomNode> nodes() {
        if (vm.root() == null) return List.of();
        if (nodes == null) nodes = cache.memo(IdKey.of("nodes", vm, null, null), k -> List.copyOf(vm.root().flatten()));
        return nodes;
    }

    /** The parent of a node of this VM's tree, or null for the root. */
    public QomNode parentOf(QomNode n) {
        int slash = n.path().lastIndexOf('/');
        if (slash <= 0 || vm.root() == null) return null;
        return vm.root().find(n.path().substring(0, slash)).orElse(null);
    }

    /** A unique key for a build within this analysis (for memo tables). */
    public String key(QemuBuild b) {
        return cache.identity(b);
    }

    public Provenance vmProvenance() {
        return vm.provenance() == null ? Provenance.UNKNOWN : vm.provenance();
    }

    public static Provenance orUnknown(Provenance p) {
        return p == null ? Provenance.UNKNOWN : p;
    }

    /** Adds a finding; a small convenience so that rules read like the primer. */
    public static void add(List<Finding> out, Rule rule, Severity severity, String path, String property,
                           String src, String dst, String message, Provenance sp, Provenance dp) {
        out.add(new Finding(rule, severity, path == null ? "" : path, property == null ? "" : property,
                src == null ? "" : src, dst == null ? "" : dst, message, orUnknown(sp), orUnknown(dp)));
    }
}
