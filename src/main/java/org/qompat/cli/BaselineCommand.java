package org.qompat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.BaselineEffect;
import org.qompat.engine.plan.BaselineRecommender;
import org.qompat.engine.plan.EngineGates;
import org.qompat.engine.plan.LibvirtXml;
import org.qompat.engine.plan.QemuOptions;
import org.qompat.model.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qompat baseline}: the settings that make a host set one migration domain for its VMs, verified by the
 * engine. Exit 0 when every VM's baseline makes all ordered pairs OK/WARN, 1 when some VM still blocks, 3 on
 * input errors.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Recommend the machine type, CPU model and device property pins that let the VMs move "
                + "anywhere in a host set (platform dumps merged, result re-checked by the engine).",
                "Exit status: 0 all VMs verified, 1 some VM still blocked (the summary says whether by a cause no "
                        + "pin can fix, such as a device with a migration blocker), 3 input error."})
public final class BaselineCommand implements Callable<Integer> {

    enum Format { text, json, qemu, libvirt }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories to load")
    List<Path> inputs;

    @Option(names = "--hosts", required = true, paramLabel = "SELECTOR",
            description = "label selector (cluster=east), comma list of host names, or glob (east-*)")
    String hosts;

    @Option(names = "--vm", paramLabel = "NAME",
            description = "VMs to baseline (repeatable); default: the VMs running on the selected hosts, "
                    + "or every VM when none runs there")
    List<String> vmNames = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json, qemu or libvirt")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanInputs in = PlanInputs.load(inputs, hosts, err);
        if (in == null) return PlanInputs.INPUT_ERROR;
        List<Vm> vms = chooseVms(in, err);
        if (vms == null) return PlanInputs.INPUT_ERROR;
        Baseline b = BaselineRecommender.recommend(hosts, in.selected, vms, EngineGates.INSTANCE);
        switch (format) {
            case qemu -> out.print(QemuOptions.render(b));
            case libvirt -> out.print(LibvirtXml.render(b));
            case json -> out.println(BaselineReport.json(b, BaselineEffect.compute(in.selected, vms, b)));
            default -> BaselineReport.text(b, BaselineEffect.compute(in.selected, vms, b), out);
        }
        out.flush();
        return b.allVerified() ? 0 : 1;
    }

    private List<Vm> chooseVms(PlanInputs in, PrintWriter err) {
        List<Vm> vms = new ArrayList<>();
        if (!vmNames.isEmpty()) {
            for (String name : vmNames) {
                Vm vm = in.fleet.vm(name).orElse(null);
                if (vm == null) {
                    err.println("qompat: --vm " + name + ": no such VM; loaded VMs: "
                            + String.join(", ", in.fleet.vms().stream().map(Vm::name).toList()));
                    return null;
                }
                vms.add(vm);
            }
            return vms;
        }
        vms.addAll(BaselineRecommender.defaultVms(in.fleet.vms(), in.selected));
        if (vms.isEmpty()) {
            err.println("qompat: no VMs loaded: a baseline needs the VMs' QOM trees");
            return null;
        }
        return vms;
    }
}
