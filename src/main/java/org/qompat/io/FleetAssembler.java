package org.qompat.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.io.csource.CompatFill;
import org.qompat.io.csource.CompatSource;
import org.qompat.io.json.FleetManifest;
import org.qompat.io.json.JsonCursor;
import org.qompat.io.qmpraw.QmpAnswer;
import org.qompat.io.qmpraw.RawBuildAssembler;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;
import org.qompat.model.VmStateDump;

/**
 * Puts the files read in parallel together, deterministically (in path order): one shared build per content id,
 * raw QMP answers per directory, compat tables from source checkouts, manifests' labels and placement.
 */
final class FleetAssembler {

    /** One file's outcome: what it was, or the problem it had. */
    record Outcome(InputDiscovery.Candidate candidate, Imported imported, LoadProblem problem) {
    }

    /** A manifest and the files each of its entries matched. */
    record ManifestUse(Outcome manifest, List<List<Path>> hostEntries, List<List<Path>> vmEntries) {
        FleetManifest content() {
            return ((Imported.ManifestFile) manifest.imported()).manifest();
        }
    }

    private final List<LoadProblem> problems;
    private final Map<String, QemuBuild> buildsById = new LinkedHashMap<>();

    FleetAssembler(List<LoadProblem> problems) {
        this.problems = problems;
    }

    Fleet assemble(List<Outcome> outcomes, List<CompatSource> sources, List<ManifestUse> manifests) {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(o -> o.candidate().display()));
        Map<Path, RawGroup> raw = new LinkedHashMap<>();
        List<Host> hosts = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        for (Outcome o : sorted) {
            if (o.problem() != null) {
                problems.add(o.problem());
                continue;
            }
            Imported i = o.imported();
            if (i instanceof Imported.BuildFile b) canonical(b.build());
            else if (i instanceof Imported.HostFile h) hosts.add(h.host());
            else if (i instanceof Imported.VmFile v) vms.add(v.vm());
            else if (i instanceof Imported.QmpAnswers q) group(raw, o).answers.addAll(q.answers());
            else if (i instanceof Imported.VmStateFile v) group(raw, o).dumps.add(new Dump(o, v.dump()));
            else if (i instanceof Imported.Unrecognised u && o.candidate().explicit()) {
                problems.add(new LoadProblem(o.candidate().display(), "", "not an input Qompat reads: "
                        + u.reason()));
            }
        }
        assembleRaw(raw);
        checkRoles(outcomes, manifests);
        for (Host h : hosts) canonical(h.build());
        Map<String, QemuBuild> filled = fill(sources);
        List<Host> finalHosts = hosts(hosts, filled, manifests);
        List<Vm> finalVms = vms(vms, finalHosts, manifests);
        // distinct by identity: a QemuBuild record's own hashCode walks every type and VMState field (~seconds)
        Set<QemuBuild> unique = Collections.newSetFromMap(new IdentityHashMap<>());
        List<QemuBuild> builds = new ArrayList<>(filled.values().stream().filter(unique::add).toList());
        builds.sort(Comparator.comparing(QemuBuild::version).thenComparing(QemuBuild::id));
        return new Fleet(finalHosts, finalVms, builds, problems);
    }

    /** Every manifest entry must match something, and what it matches must be of its kind. */
    private void checkRoles(List<Outcome> outcomes, List<ManifestUse> manifests) {
        Map<Path, Outcome> byKey = new HashMap<>();
        for (Outcome o : outcomes) byKey.putIfAbsent(ImportCache.key(o.candidate().file()), o);
        for (ManifestUse m : manifests) {
            checkEntries(m, "hosts", m.content().hosts(), m.hostEntries(), Imported.HostFile.class, byKey);
            checkEntries(m, "vms", m.content().vms(), m.vmEntries(), Imported.VmFile.class, byKey);
        }
    }

    private void checkEntries(ManifestUse m, String field, List<String> patterns, List<List<Path>> matched,
                              Class<? extends Imported> kind, Map<Path, Outcome> byKey) {
        String file = m.manifest().candidate().display();
        for (int i = 0; i < matched.size(); i++) {
            String where = "/" + field + "/" + i;
            if (matched.get(i).isEmpty()) {
                problems.add(new LoadProblem(file, where, "no file matches \"" + patterns.get(i) + "\""));
                continue;
            }
            for (Path p : matched.get(i)) {
                Outcome o = byKey.get(ImportCache.key(p));
                if (o == null || o.problem() != null || kind.isInstance(o.imported())) continue;
                problems.add(new LoadProblem(file, where, "expected " + (field.equals("hosts") ? "host" : "VM")
                        + " files, but " + o.candidate().display() + " is " + describe(o.imported())));
            }
        }
    }

    private static String describe(Imported i) {
        if (i instanceof Imported.BuildFile) return "a qompat.build file";
        if (i instanceof Imported.HostFile) return "a host file";
        if (i instanceof Imported.VmFile) return "a VM file";
        if (i instanceof Imported.ManifestFile) return "a fleet manifest";
        if (i instanceof Imported.QmpAnswers) return "raw QMP answers";
        if (i instanceof Imported.VmStateFile) return "a -dump-vmstate file";
        return "not an input Qompat reads (" + ((Imported.Unrecognised) i).reason() + ")";
    }

    private record Dump(Outcome outcome, VmStateDump dump) {
    }

    private static final class RawGroup {
        final String display;
        final List<QmpAnswer> answers = new ArrayList<>();
        final List<Dump> dumps = new ArrayList<>();

        RawGroup(String display) {
            this.display = display;
        }
    }

    private static RawGroup group(Map<Path, RawGroup> raw, Outcome o) {
        Path dir = ImportCache.key(o.candidate().file()).getParent();
        Path shown = Path.of(o.candidate().display()).getParent();
        return raw.computeIfAbsent(dir, d -> new RawGroup(shown == null ? "." : shown.toString()));
    }

    private void assembleRaw(Map<Path, RawGroup> raw) {
        for (RawGroup g : raw.values()) {
            if (g.answers.isEmpty()) {
                for (Dump d : g.dumps) {
                    if (!d.outcome().candidate().explicit()) continue;
                    problems.add(new LoadProblem(d.outcome().candidate().display(), "", "a -dump-vmstate file "
                            + "joins the build whose raw QMP answers are in the same directory, and there are none "
                            + "(or name it in a qompat.build file's \"vmstate\")"));
                }
                continue;
            }
            try {
                canonical(RawBuildAssembler.assemble(g.display, g.answers,
                        g.dumps.stream().map(Dump::dump).toList()));
            } catch (org.qompat.io.FormatException e) {
                problems.add(e.toProblem());
            }
        }
    }

    /** The one instance of a build with this content; the first one read (in path order) keeps its provenance. */
    private QemuBuild canonical(QemuBuild b) {
        if (b == null) return null;
        QemuBuild known = buildsById.putIfAbsent(b.id(), b);
        return known == null ? b : known;
    }

    /** Fills unknown compat tables from source checkouts; returns old id → (possibly new) build. */
    private Map<String, QemuBuild> fill(List<CompatSource> sources) {
        Map<String, QemuBuild> out = new LinkedHashMap<>();
        Map<String, QemuBuild> byNewId = new HashMap<>();
        for (QemuBuild b : buildsById.values()) {
            QemuBuild result = b;
            CompatSource best = sources.stream().filter(s -> CompatFill.sameSeries(b, s))
                    .min(Comparator.comparing(s -> s.version().equals(b.version()) ? 0 : 1)).orElse(null);
            if (best != null) result = CompatFill.fill(b, best);
            QemuBuild shared = byNewId.putIfAbsent(result.id(), result);
            out.put(b.id(), shared == null ? result : shared);
        }
        return out;
    }

    private List<Host> hosts(List<Host> read, Map<String, QemuBuild> builds, List<ManifestUse> manifests) {
        Map<String, Host> byName = new LinkedHashMap<>();
        for (Host h : read) {
            Host prior = byName.get(h.name());
            if (prior != null) {
                problems.add(new LoadProblem(h.provenance().file(), "/name", "a second host named \"" + h.name()
                        + "\" (also in " + prior.provenance().file() + "): this one is not loaded"));
                continue;
            }
            byName.put(h.name(), h.withBuild(h.build() == null ? null : builds.get(h.build().id())));
        }
        for (ManifestUse m : manifests) {
            String file = m.manifest().candidate().display();
            for (Map.Entry<String, Map<String, String>> e : m.content().hostLabels().entrySet()) {
                Host h = byName.get(e.getKey());
                if (h == null) {
                    problems.add(new LoadProblem(file, "/host-labels/" + JsonCursor.escape(e.getKey()),
                            "no host named \"" + e.getKey() + "\" was loaded"));
                    continue;
                }
                Map<String, String> labels = new LinkedHashMap<>(h.labels());
                labels.putAll(e.getValue());
                byName.put(h.name(), h.withLabels(labels));
            }
        }
        List<Host> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(Host::name));
        return out;
    }

    private List<Vm> vms(List<Vm> read, List<Host> hosts, List<ManifestUse> manifests) {
        Map<String, Vm> byName = new LinkedHashMap<>();
        for (Vm v : read) {
            Vm prior = byName.get(v.name());
            if (prior != null) {
                problems.add(new LoadProblem(v.provenance().file(), v.provenance().location(), "a second VM named \""
                        + v.name() + "\" (also in " + prior.provenance().file() + "): this one is not loaded"));
                continue;
            }
            byName.put(v.name(), v);
        }
        Set<String> hostNames = new java.util.HashSet<>();
        hosts.forEach(h -> hostNames.add(h.name()));
        for (ManifestUse m : manifests) {
            String file = m.manifest().candidate().display();
            for (Map.Entry<String, String> e : m.content().runsOn().entrySet()) {
                String where = "/runs-on/" + JsonCursor.escape(e.getKey());
                Vm v = byName.get(e.getKey());
                if (v == null) {
                    problems.add(new LoadProblem(file, where, "no VM named \"" + e.getKey() + "\" was loaded"));
                } else if (!hostNames.contains(e.getValue())) {
                    problems.add(new LoadProblem(file, where, "no host named \"" + e.getValue() + "\" was loaded"));
                } else {
                    byName.put(v.name(), v.withHost(e.getValue()));
                }
            }
        }
        List<Vm> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(Vm::name));
        return out;
    }
}
