package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.Vm;

/**
 * A hand-built verdict grid for graph algorithms (domains, drain, Pareto) whose answers depend only on the
 * statuses and findings, not on how the rules reached them. Every host is its own class unless grouped.
 */
class FakeGrid implements VerdictGrid {

    interface Cell {
        Verdict verdict(Vm vm, Host from, Host to);
    }

    private final List<Host> hosts;
    private final List<Vm> vms;
    private final int[] classOf;
    private final int classCount;
    private final Cell cell;

    FakeGrid(List<Host> hosts, List<Vm> vms, int[] classOf, Cell cell) {
        this.hosts = hosts;
        this.vms = vms;
        this.classOf = classOf;
        int max = -1;
        for (int c : classOf) max = Math.max(max, c);
        this.classCount = max + 1;
        this.cell = cell;
    }

    static FakeGrid eachHostItsClass(List<Host> hosts, List<Vm> vms, Cell cell) {
        int[] classOf = new int[hosts.size()];
        for (int i = 0; i < classOf.length; i++) classOf[i] = i;
        return new FakeGrid(hosts, vms, classOf, cell);
    }

    static Verdict ok(Vm vm, Host from, Host to) {
        return new Verdict(vm.name(), from.name(), to.name(), VerdictStatus.OK, List.of());
    }

    static Verdict blocked(Vm vm, Host from, Host to, Rule rule, String property, String message) {
        Finding f = new Finding(rule, Severity.BLOCKER, "/machine/peripheral/net0/virtio-backend", property, "true",
                "", message, Provenance.UNKNOWN, Provenance.UNKNOWN);
        return new Verdict(vm.name(), from.name(), to.name(), VerdictStatus.BLOCKED, List.of(f));
    }

    @Override
    public List<Host> hosts() {
        return hosts;
    }

    @Override
    public List<Vm> vms() {
        return vms;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int classOf(int host) {
        return classOf[host];
    }

    @Override
    public Verdict classVerdict(int vm, int fromClass, int toClass) {
        return cell.verdict(vms.get(vm), representative(fromClass), representative(toClass));
    }

    private Host representative(int c) {
        List<Host> members = new ArrayList<>();
        for (int h = 0; h < hosts.size(); h++) if (classOf[h] == c) members.add(hosts.get(h));
        return members.get(0);
    }
}
