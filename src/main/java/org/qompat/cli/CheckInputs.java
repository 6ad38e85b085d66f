package org.qompat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.Vm;

/**
 * The inputs of {@code check} and {@code explain}: the loaded fleet, the VMs and hosts asked for, and whether
 * anything was wrong with the inputs (reported on stderr; the rest is still checked).
 */
final class CheckInputs {

    final Fleet fleet;
    final List<Vm> vms = new ArrayList<>();
    final List<Integer> from = new ArrayList<>();
    final List<Integer> to = new ArrayList<>();
    boolean inputError;

    private CheckInputs(Fleet fleet) {
        this.fleet = fleet;
    }

    static CheckInputs load(List<Path> inputs, List<String> vmNames, String fromName, String toName,
                            PrintWriter err) {
        CheckInputs in = new CheckInputs(FleetLoader.load(inputs, LoadProgress.NONE));
        for (LoadProblem p : in.fleet.problems()) {
            err.println("qompat: " + p);
            in.inputError = true;
        }
        if (vmNames.isEmpty()) {
            in.vms.addAll(in.fleet.vms());
        } else {
            for (String n : vmNames) {
                in.fleet.vm(n).ifPresentOrElse(in.vms::add, () -> {
                    err.println("qompat: --vm " + n + ": no such VM; loaded: " + names(in.fleet.vms()));
                    in.inputError = true;
                });
            }
        }
        in.pick(fromName, "--from", in.from, err);
        in.pick(toName, "--to", in.to, err);
        if (in.fleet.hosts().isEmpty()) {
            err.println("qompat: no host loaded from " + inputs);
            in.inputError = true;
        }
        if (in.vms.isEmpty()) {
            err.println("qompat: no VM to check (loaded " + in.fleet.vms().size() + ")");
            in.inputError = true;
        }
        return in;
    }

    private void pick(String name, String option, List<Integer> out, PrintWriter err) {
        List<Host> hosts = fleet.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            if (name == null || hosts.get(i).name().equals(name)) out.add(i);
        }
        if (name != null && out.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Host h : hosts) names.add(h.name());
            err.println("qompat: " + option + " " + name + ": no such host; loaded: "
                    + (names.isEmpty() ? "(none)" : String.join(", ", names)));
            inputError = true;
        }
    }

    private static String names(List<Vm> vms) {
        List<String> n = new ArrayList<>();
        for (Vm v : vms) n.add(v.name());
        return n.isEmpty() ? "(none)" : String.join(", ", n);
    }
}
