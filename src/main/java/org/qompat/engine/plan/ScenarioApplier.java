package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;

/**
 * Applies a what-if {@link Scenario} to copies of a fleet's host records, in order. The fleet passed in, and the
 * files it came from, are never changed. A step naming a host or build the fleet lacks is skipped and reported.
 */
public final class ScenarioApplier {

    private ScenarioApplier() {
    }

    public static ScenarioOutcome apply(Fleet fleet, Scenario scenario) {
        Map<String, Host> hosts = new LinkedHashMap<>();
        for (Host h : fleet.hosts()) hosts.put(h.name(), h);
        Map<String, QemuBuild> builds = new HashMap<>();
        for (QemuBuild b : fleet.builds()) builds.putIfAbsent(b.id(), b);
        for (Host h : fleet.hosts()) if (h.build() != null) builds.putIfAbsent(h.build().id(), h.build());
        List<String> problems = new ArrayList<>();
        int step = 0;
        for (ScenarioChange change : scenario.changes()) {
            step++;
            String where = "step " + step + " (" + change.describe() + "): ";
            String problem = applyOne(change, scenario, hosts, builds, where, problems);
            if (problem != null) problems.add(where + problem);
        }
        return new ScenarioOutcome(scenario, fleet.withHosts(new ArrayList<>(hosts.values())), problems);
    }

    /** Applies one step to the host map; returns why it could not be applied, or null. */
    private static String applyOne(ScenarioChange change, Scenario scenario, Map<String, Host> hosts,
                                   Map<String, QemuBuild> builds, String where, List<String> problems) {
        if (change instanceof ScenarioChange.UseBuild c) {
            QemuBuild b = builds.get(c.buildId());
            if (b == null) return "no loaded QEMU build has id " + c.buildId();
            forEachHost(c.hosts(), hosts, problems, where, h -> h.withBuild(b));
        } else if (change instanceof ScenarioChange.UseKernelOf c) {
            Host source = hosts.get(c.sourceHost());
            if (source == null) return "no host named " + c.sourceHost();
            forEachHost(c.hosts(), hosts, problems, where,
                    h -> h.withFeatures(source.kernelRelease(), source.features()));
        } else if (change instanceof ScenarioChange.SetFeatures c) {
            forEachHost(c.hosts(), hosts, problems, where, h -> {
                Map<String, PlatformFeature> features = new HashMap<>(h.features());
                c.features().forEach((name, on) -> features.put(name, new PlatformFeature(name, on,
                        "set by what-if scenario '" + scenario.name() + "'",
                        Provenance.derived("scenario", scenario.name()))));
                String kernel = c.kernelRelease() == null || c.kernelRelease().isBlank()
                        ? h.kernelRelease() : c.kernelRelease();
                return h.withFeatures(kernel, features);
            });
        } else if (change instanceof ScenarioChange.AddCopies c) {
            Host template = hosts.get(c.template());
            if (template == null) return "no host named " + c.template();
            if (c.count() < 0) return "count must not be negative";
            String prefix = c.namePrefix() == null || c.namePrefix().isBlank()
                    ? template.name() + "-copy" : c.namePrefix();
            int n = 0;
            for (int i = 1; n < c.count(); i++) {
                String name = prefix + "-" + i;
                if (hosts.containsKey(name)) continue;
                hosts.put(name, template.withName(name));
                n++;
            }
        } else if (change instanceof ScenarioChange.RemoveHosts c) {
            for (String name : c.hosts()) {
                if (hosts.remove(name) == null) problems.add(where + "no host named " + name);
            }
        }
        return null;
    }

    private static void forEachHost(List<String> names, Map<String, Host> hosts, List<String> problems, String where,
                                    java.util.function.UnaryOperator<Host> change) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) continue;
            Host h = hosts.get(name);
            if (h == null) problems.add(where + "no host named " + name);
            else hosts.put(name, change.apply(h));
        }
    }
}
