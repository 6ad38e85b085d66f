package org.qompat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.Finding;
import org.qompat.engine.HostClass;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.CpuInfo;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * A big fleet for export timings (not for correctness): {@code hosts} hosts in {@code classes} classes, each class
 * a (QEMU generation, kernel generation) pair, and {@code vms} VMs of a few machine types, some with USO on, some
 * with a passthrough device. Verdicts follow those traits the way the rules would (newer machine type than the
 * destination knows, USO towards an old kernel, an nvme that never migrates), so the matrix has structure and the
 * blocker ranking has a realistic long tail. Verdicts are precomputed per VM and class pair, like the engine's.
 */
final class SyntheticVerdicts implements VerdictSource {

    private final List<Host> hosts = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();
    private final List<HostClass> classes = new ArrayList<>();
    private final int[] classOf;
    private final Verdict[][] verdicts;

    SyntheticVerdicts(int hostCount, int classCount, int vmCount) {
        List<List<Host>> members = new ArrayList<>();
        List<QemuBuild> builds = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
            builds.add(new QemuBuild("b" + q, new QemuVersion(7 + q, q % 3, 0), "", Map.of(), Map.of(), Map.of(),
                    Map.of(), Provenance.json("builds/qemu-" + (7 + q) + ".json", "")));
        }
        for (int c = 0; c < classCount; c++) members.add(new ArrayList<>());
        classOf = new int[hostCount];
        for (int i = 0; i < hostCount; i++) {
            // skewed class sizes, like a real fleet: a few big classes and a tail of small ones
            int c = (int) Math.min(classCount - 1, Math.floor(classCount * Math.pow((i * 7919L % hostCount)
                    / (double) hostCount, 2)));
            classOf[i] = c;
            Host h = new Host(String.format("host-%05d", i), Map.of("cluster", "c" + (i % 40)), kernel(c) + ".0",
                    new CpuInfo("GenuineIntel", "Xeon", Set.of()), Map.of(), Map.of(), List.of(),
                    builds.get(qemu(c) % builds.size()), Provenance.json("hosts/host-" + i + ".json", ""));
            hosts.add(h);
            members.get(c).add(h);
        }
        for (int c = 0; c < classCount; c++) {
            if (members.get(c).isEmpty()) {
                Host h = hosts.get(c).withName(String.format("spare-%03d", c));
                members.get(c).add(h);
            }
            classes.add(new HostClass(c, "class-" + c, members.get(c)));
        }
        QomNode root = new QomNode("/machine", "pc-q35-machine", Map.of(), Map.of(), Set.of(), List.of(),
                Provenance.UNKNOWN);
        for (int v = 0; v < vmCount; v++) {
            vms.add(new Vm(String.format("vm-%04d", v), "pc-q35-" + (7 + v % 5) + ".0", null, false, "Skylake",
                    root, hosts.get(v * 13 % hostCount).name(), List.of(), List.of(), Map.of(),
                    Provenance.json("vms/vm-" + v + ".json", "")));
        }
        verdicts = new Verdict[vmCount][classCount * classCount];
        for (int v = 0; v < vmCount; v++) {
            for (int a = 0; a < classCount; a++) {
                for (int b = 0; b < classCount; b++) verdicts[v][a * classCount + b] = decide(v, a, b);
            }
        }
    }

    private static int qemu(int c) {
        return c % 6;
    }

    private static int kernel(int c) {
        return 5 + (c / 6) % 2;
    }

    private Verdict decide(int v, int a, int b) {
        List<Finding> f = new ArrayList<>();
        int machine = v % 5;
        if (machine > qemu(b)) {
            f.add(finding(Rule.MACHINE_TYPE, Severity.BLOCKER, "/machine", "machine-type",
                    "pc-q35-" + (7 + machine) + ".0", "", "machine type not registered by the destination build"));
        }
        if (v % 3 == 0 && kernel(a) > kernel(b)) {
            f.add(finding(Rule.PLATFORM_FEATURE, Severity.BLOCKER, "/machine/peripheral/net0", "host_uso", "on", "off",
                    "host_uso needs tap USO (Linux >= 6.2)"));
        }
        if (v % 97 == 0) {
            f.add(finding(Rule.MIGRATION_BLOCKER, Severity.BLOCKER, "/machine/peripheral/nvme0", "", "", "",
                    "State blocked by non-migratable device 'nvme'"));
        }
        if (v % 7 == 0 && qemu(a) != qemu(b)) {
            f.add(finding(Rule.VMSTATE, Severity.BLOCKER, "virtio-net", "version_id", String.valueOf(10 + qemu(a)),
                    String.valueOf(10 + qemu(b)), "section version differs"));
        }
        if (v % 11 == 0 && (a + b) % 5 == 0) {
            f.add(finding(Rule.UNKNOWN, Severity.UNKNOWN, "/machine", "vmstate", "", "", "no -dump-vmstate"));
        }
        if (f.isEmpty() && qemu(a) != qemu(b)) {
            f.add(finding(Rule.MACHINE_TYPE, Severity.WARNING, "/machine", "deprecated", "", "", "deprecated"));
        }
        VerdictStatus s = VerdictStatus.OK;
        for (Finding x : f) {
            s = s.worse(x.severity() == Severity.BLOCKER ? VerdictStatus.BLOCKED
                    : x.severity() == Severity.UNKNOWN ? VerdictStatus.UNKNOWN : VerdictStatus.WARN);
        }
        return new Verdict(vms.get(v).name(), classes.get(a).representative().name(),
                classes.get(b).representative().name(), s, f);
    }

    private static Finding finding(Rule r, Severity s, String path, String prop, String src, String dst, String msg) {
        return new Finding(r, s, path, prop, src, dst, msg, Provenance.json("vms/vm.json", path),
                Provenance.json("builds/b.json", "/types"));
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
    public List<HostClass> classes() {
        return classes;
    }

    @Override
    public int classOf(int hostIndex) {
        return classOf[hostIndex];
    }

    @Override
    public Verdict classVerdict(int vm, int fromClass, int toClass) {
        return verdicts[vm][fromClass * classes.size() + toClass];
    }
}
