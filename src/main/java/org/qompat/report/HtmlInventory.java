package org.qompat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qompat.engine.HostClass;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** The report's input inventory: what was given, which files fed which facts, classes, hosts, builds, VMs, problems. */
final class HtmlInventory {

    /** Above this many hosts the host table is left out; the class table (with member names) covers them. */
    static final int MAX_HOST_ROWS = 300;

    private HtmlInventory() {
    }

    static void write(Html h, VerdictSource source, MatrixCells cells, ReportContext ctx) {
        h.open("section", "id", "inputs").el("h2", "Inputs").nl();
        h.open("p", "class", "lead").text("Generated " + HtmlReport.stamp(ctx) + " by " + ctx.generator()
                + " from: ").el("code", String.join("  ", ctx.inputs())).close("p");
        files(h, source, ctx);
        classes(h, source);
        if (source.hosts().size() <= MAX_HOST_ROWS) hosts(h, source);
        builds(h, ctx);
        vms(h, source);
        problems(h, ctx.fleet().problems());
        h.close("section");
    }

    private static void files(Html h, VerdictSource source, ReportContext ctx) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Host host : source.hosts()) add(byFile, host.provenance(), "host " + host.name());
        for (Vm vm : source.vms()) add(byFile, vm.provenance(), "VM " + vm.name());
        for (QemuBuild b : ctx.fleet().builds()) add(byFile, b.provenance(), "QEMU " + b.label());
        Map<String, Long> problems = ctx.fleet().problems().stream()
                .collect(Collectors.groupingBy(LoadProblem::file, TreeMap::new, Collectors.counting()));
        problems.keySet().forEach(f -> byFile.computeIfAbsent(f, k -> new ArrayList<>()));
        // files read that are no host's, VM's or build's own: manifests, referenced dumps, compat sources
        java.util.Set<java.nio.file.Path> listed = new java.util.HashSet<>();
        for (String f : byFile.keySet()) {
            java.nio.file.Path p = normalized(f);
            if (p != null) listed.add(p);
        }
        for (java.nio.file.Path p : ctx.inputFiles()) {
            if (!listed.contains(p.toAbsolutePath().normalize())) {
                byFile.put(shown(p), new ArrayList<>(List.of(READ_ONLY)));
            }
        }
        h.el("h3", "Files (" + byFile.size() + ")");
        h.open("table").raw("<thead><tr><th>File</th><th>Provides</th><th class=\"n\">Load problems</th></tr></thead>")
                .open("tbody").nl();
        for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
            long p = problems.getOrDefault(e.getKey(), 0L);
            h.open("tr", "class", p > 0 ? "problem" : null).open("td").el("code", e.getKey()).close("td");
            h.el("td", e.getValue().isEmpty() ? "nothing (failed to load)" : HtmlBlockers.names(e.getValue()));
            h.num(p).close("tr");
        }
        h.close("tbody").close("table");
    }

    static final String READ_ONLY = "read; no host, VM or build of its own (a manifest, notes, or data the entries"
            + " above refer to)";

    /** The loader hands absolute paths; show them as the user named them, relative to where the report ran. */
    static String shown(java.nio.file.Path p) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath().normalize();
        java.nio.file.Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    }

    private static java.nio.file.Path normalized(String file) {
        try {
            return java.nio.file.Path.of(file).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static void add(Map<String, List<String>> byFile, Provenance p, String what) {
        if (p == null || !p.isKnown()) return;
        List<String> list = byFile.computeIfAbsent(p.file(), k -> new ArrayList<>());
        if (!list.contains(what)) list.add(what);
    }

    private static void classes(Html h, VerdictSource source) {
        h.el("h3", "Host classes (" + source.classes().stream().filter(c -> !c.members().isEmpty()).count() + ")");
        h.el("p", "Hosts with the same QEMU build, platform features, CPU flags and firmware are equivalent for "
                + "migration; the engine decides once per class pair.", "class", "lead");
        h.open("table").raw("<thead><tr><th class=\"n\">Class</th><th class=\"n\">Hosts</th><th>QEMU build</th>"
                + "<th>Kernel</th><th>CPU</th><th>Members</th></tr></thead>").open("tbody").nl();
        for (HostClass c : source.classes()) {
            if (c.members().isEmpty()) continue;
            Host r = c.representative();
            h.open("tr").num(c.index() + 1L).num(c.members().size());
            h.el("td", r.build() == null ? "unknown" : r.build().label());
            h.el("td", nz(r.kernelRelease()));
            h.el("td", r.cpu() == null ? "unknown" : nz(r.cpu().modelName()));
            List<String> names = c.members().stream().map(Host::name).collect(Collectors.toList());
            String shown = names.size() <= 40 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 40)) + " +" + (names.size() - 40) + " more";
            h.el("td", shown).close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void hosts(Html h, VerdictSource source) {
        h.el("h3", "Hosts (" + source.hosts().size() + ")");
        h.open("table").raw("<thead><tr><th>Host</th><th class=\"n\">Class</th><th>Labels</th><th>QEMU build</th>"
                + "<th>Kernel</th><th>Source</th></tr></thead>").open("tbody").nl();
        for (int i = 0; i < source.hosts().size(); i++) {
            Host host = source.hosts().get(i);
            h.open("tr").el("td", host.name()).num(source.classOf(i) + 1L);
            h.el("td", new TreeMap<>(host.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")));
            h.el("td", host.build() == null ? "unknown" : host.build().label());
            h.el("td", nz(host.kernelRelease()));
            h.open("td").el("span", String.valueOf(host.provenance()), "class", "prov").close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void builds(Html h, ReportContext ctx) {
        List<QemuBuild> builds = ctx.fleet().builds();
        h.el("h3", "QEMU builds (" + builds.size() + ")");
        if (builds.isEmpty()) {
            h.el("p", "No QEMU build was loaded.", "class", "empty");
            return;
        }
        h.open("table").raw("<thead><tr><th>Build</th><th class=\"n\">Machine types</th><th>Default machine</th>"
                + "<th class=\"n\">Device types</th><th>Source</th></tr></thead>").open("tbody").nl();
        for (QemuBuild b : builds) {
            h.open("tr").el("td", b.label()).num(b.machineTypes().size());
            h.el("td", b.defaultMachine().map(m -> m.name()).orElse("none"));
            h.num(b.types().size());
            h.open("td").el("span", String.valueOf(b.provenance()), "class", "prov").close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void vms(Html h, VerdictSource source) {
        h.el("h3", "VMs (" + source.vms().size() + ")");
        h.open("table").raw("<thead><tr><th>VM</th><th>Runs on</th><th>Machine type</th><th>-M as written</th>"
                + "<th>CPU model</th><th>Source</th></tr></thead>").open("tbody").nl();
        for (Vm vm : source.vms()) {
            h.open("tr").open("td").raw("<a href=\"#vm-" + Markup.esc(vm.name()) + "\">").text(vm.name()).raw("</a>")
                    .close("td");
            h.el("td", vm.host() == null ? "unknown" : vm.host());
            h.el("td", nz(vm.machineType()));
            h.el("td", vm.commandLineKnown() ? nz(vm.machineArg()) : "command line unknown");
            h.el("td", nz(vm.cpuModel()));
            h.open("td").el("span", String.valueOf(vm.provenance()), "class", "prov").close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void problems(Html h, List<LoadProblem> problems) {
        h.el("h3", "Load problems (" + problems.size() + ")");
        if (problems.isEmpty()) {
            h.el("p", "Every input loaded without a problem.", "class", "empty");
            return;
        }
        h.open("table").raw("<thead><tr><th>File</th><th>Where</th><th>Problem</th></tr></thead>").open("tbody").nl();
        for (LoadProblem p : problems) {
            h.open("tr", "class", "problem").open("td").el("code", p.file()).close("td");
            h.open("td").el("code", nz(p.location())).close("td").el("td", p.message()).close("tr");
        }
        h.close("tbody").close("table");
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "\u2014" : s;
    }
}
