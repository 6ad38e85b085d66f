package org.qompat.report;

import java.time.Instant;
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
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * A small fleet with hand-designed verdicts, so export tests know every number in advance:
 * six hosts in three classes — old (QEMU 7.2: old-1, old-2), mid (10.0 on kernel 6.1: mid-1), new (10.0 on
 * kernel 6.8: new-1..3) — and four VMs:
 * <ul>
 * <li>web (-M q35 alias): BLOCKED from mid/new to old (machine-type), WARN old → mid/new, OK within a class;</li>
 * <li>db: OK everywhere except UNKNOWN to mid (no VMState dump);</li>
 * <li>uso (host_uso on): new → old BLOCKED by machine-type AND platform-feature, new → mid BLOCKED by
 *     platform-feature alone, otherwise OK;</li>
 * <li>nvme: BLOCKED everywhere, the diagonal included (migration-blocker).</li>
 * </ul>
 */
public final class ConstructedFleet implements VerdictSource {

    static final int OLD = 0;
    static final int MID = 1;
    static final int NEW = 2;

    final QemuBuild qemu72 = build("b72", "7.2.15", "hosts/old-1.json");
    final QemuBuild qemu100 = build("b100", "10.0.2", "hosts/new-1.json");
    final List<Host> hosts = List.of(
            host("old-1", qemu72, "6.1.0"), host("mid-1", qemu100, "6.1.0"), host("new-1", qemu100, "6.8.0"),
            host("old-2", qemu72, "6.1.0"), host("new-2", qemu100, "6.8.0"), host("new-3", qemu100, "6.8.0"));
    /** Deliberately interleaved so exports must group hosts by class themselves. */
    final int[] classOf = {OLD, MID, NEW, OLD, NEW, NEW};
    final List<Vm> vms = List.of(vm("web", "old-1"), vm("db", "new-2"), vm("uso", "new-3"), vm("nvme", "old-2"));
    final List<HostClass> classes;

    public ConstructedFleet() {
        List<HostClass> list = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            List<Host> members = new ArrayList<>();
            for (int h = 0; h < hosts.size(); h++) if (classOf[h] == c) members.add(hosts.get(h));
            list.add(new HostClass(c, "class-" + c, members));
        }
        classes = List.copyOf(list);
    }

    public Fleet fleet() {
        return new Fleet(hosts, vms, List.of(qemu72, qemu100),
                List.of(new LoadProblem("broken/host-x.json", "/cpu/flags", "expected an array of strings")));
    }

    public ReportContext context() {
        return new ReportContext(fleet(), List.of("hosts/", "vms/", "broken/"),
                Set.of(java.nio.file.Path.of("fleet.json"), java.nio.file.Path.of("hosts/old-1.json")),
                Instant.parse("2026-11-05T10:15:30Z"), "qompat test");
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
    public Verdict classVerdict(int vm, int a, int b) {
        String name = vms.get(vm).name();
        String from = classes.get(a).representative().name();
        String to = classes.get(b).representative().name();
        List<Finding> f = new ArrayList<>();
        switch (name) {
            case "web" -> {
                if (a != OLD && b == OLD) f.add(machineType("pc-q35-10.0", "pc-q35-7.2"));
                else if (a == OLD && b != OLD) f.add(finding(Rule.MACHINE_TYPE, Severity.WARNING, "/machine",
                        "machine-type", "q35", "q35", "-M q35 is an alias: it resolves differently per build"));
            }
            case "db" -> {
                if (b == MID) f.add(finding(Rule.UNKNOWN, Severity.UNKNOWN, "/machine", "vmstate", "", "",
                        "no -dump-vmstate for pc-q35-7.2 on the destination build"));
            }
            case "uso" -> {
                if (a == NEW && b == OLD) f.add(machineType("pc-q35-8.1", ""));
                if (a == NEW && b != NEW) f.add(finding(Rule.PLATFORM_FEATURE, Severity.BLOCKER,
                        "/machine/peripheral/net0", "host_uso", "on", "off",
                        "host_uso needs tap USO (Linux >= 6.2); the destination kernel cannot back it"));
            }
            case "nvme" -> f.add(finding(Rule.MIGRATION_BLOCKER, Severity.BLOCKER, "/machine/peripheral/disk0", "",
                    "nvme", "nvme", "nvme is not migratable: State blocked by non-migratable device 'nvme'"));
            default -> throw new IllegalStateException(name);
        }
        return new Verdict(name, from, to, status(f), f);
    }

    private static VerdictStatus status(List<Finding> f) {
        VerdictStatus s = VerdictStatus.OK;
        for (Finding x : f) {
            s = s.worse(switch (x.severity()) {
                case BLOCKER -> VerdictStatus.BLOCKED;
                case UNKNOWN -> VerdictStatus.UNKNOWN;
                case WARNING -> VerdictStatus.WARN;
                case INFO -> VerdictStatus.OK;
            });
        }
        return s;
    }

    private static Finding machineType(String source, String destination) {
        return finding(Rule.MACHINE_TYPE, Severity.BLOCKER, "/machine", "machine-type", source, destination,
                "Machine type received is '" + source + "' and the destination does not register it");
    }

    private static Finding finding(Rule rule, Severity sev, String path, String prop, String src, String dst,
                                   String message) {
        return new Finding(rule, sev, path, prop, src, dst, message, Provenance.json("vms/vm.json", "/qom" + path),
                Provenance.json("hosts/dest.json", "/build/types/" + prop));
    }

    private static QemuBuild build(String id, String version, String file) {
        return new QemuBuild(id, QemuVersion.parse(version), "Debian " + version, Map.of(), Map.of(), Map.of(),
                Map.of(), Provenance.json(file, "/build"));
    }

    private static Host host(String name, QemuBuild build, String kernel) {
        return new Host(name, Map.of("cluster", name.replaceAll("-\\d+$", "")), kernel,
                new CpuInfo("GenuineIntel", "Xeon Gold 6338", Set.of("sse4_2", "avx2")), Map.of(), Map.of(),
                List.of(), build, Provenance.json("hosts/" + name + ".json", ""));
    }

    private static Vm vm(String name, String host) {
        QomNode root = new QomNode("/machine", "pc-q35-7.2-machine", Map.of(), Map.of(), Set.of(), List.of(),
                Provenance.json("vms/" + name + ".json", "/qom"));
        return new Vm(name, "pc-q35-7.2", "q35", true, "Skylake-Server", root, host, List.of(), List.of(), Map.of(),
                Provenance.json("vms/" + name + ".json", ""));
    }
}
