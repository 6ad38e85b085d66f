package org.qompat.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qompat.io.QompatWriter;
import org.qompat.io.collect.CollectedHost;
import org.qompat.io.collect.HostCollectOptions;
import org.qompat.io.collect.HostCollector;
import org.qompat.io.csource.CompatFill;
import org.qompat.io.csource.CompatSource;
import org.qompat.io.csource.QemuSourceCheckout;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qompat collect host --qemu BIN -o host.json}: this host's platform dump as qompat.host/1. */
@Command(name = "host", mixinStandardHelpOptions = true,
        description = {"Collect this host's platform dump: the QEMU binary's introspection over read-only QMP "
                + "(-machine none), -dump-vmstate, firmware files, kernel, CPU, /dev/kvm, /dev/vhost-net.",
            "Exit 0 on success, 1 when collection failed, 2 on bad arguments."})
public final class CollectHostCommand implements Callable<Integer> {

    @Option(names = "--qemu", required = true, paramLabel = "BINARY",
            description = "QEMU system emulator to ask, e.g. /usr/bin/qemu-system-x86_64")
    String qemu;

    @Option(names = "--name", description = "Host name (default: this machine's hostname)")
    String name;

    @Option(names = "--label", paramLabel = "KEY=VALUE", description = "A label such as cluster=east (repeatable)")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--machine", paramLabel = "M",
            description = "Also dump VMState for this machine type (repeatable; the default type is always dumped)")
    List<String> machines = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "qompat.host/1 file")
    Path output;

    @Option(names = "--build-output", paramLabel = "FILE",
            description = "Write the QEMU build to its own qompat.build/1 file and reference it from the host "
                    + "file (hosts sharing a binary can then share one build file)")
    Path buildOutput;

    @Option(names = "--save-raw", paramLabel = "DIR",
            description = "Also save every raw QMP answer and -dump-vmstate file into DIR")
    Path rawDir;

    @Option(names = "--compat-source", paramLabel = "DIR",
            description = "A QEMU source checkout of the same release (hw/core/machine.c, hw/i386/pc*.c): fills "
                    + "the compat tables QEMU before 9.1 cannot report over QMP")
    Path compatSource;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time-out for each QMP answer and each QEMU run (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() {
        HostCollectOptions opts = HostCollectOptions.of(qemu).withName(name).withLabels(labels)
                .withMachines(machines).withTimeout(Duration.ofSeconds(timeoutSeconds)).withRawDir(rawDir);
        try {
            CollectedHost c = new HostCollector(opts).collect();
            if (compatSource != null) c = withSourceTables(c);
            QompatWriter w = QompatWriter.unguarded();
            if (buildOutput != null) {
                w.writeBuild(c.host().build(), buildOutput);
                w.writeHost(c.host(), output, buildOutput);
            } else {
                w.writeHost(c.host(), output);
            }
            System.out.println(summary(c));
            System.out.println("wrote " + output + (buildOutput == null ? "" : " and " + buildOutput));
            return 0;
        } catch (Exception e) {
            System.err.println("qompat collect host: " + e.getMessage());
            return 1;
        }
    }

    private CollectedHost withSourceTables(CollectedHost c) throws java.io.IOException {
        CompatSource source = QemuSourceCheckout.read(compatSource, compatSource.toString());
        if (!CompatFill.sameSeries(c.host().build(), source)) {
            throw new java.io.IOException("--compat-source " + compatSource + " is QEMU " + source.version()
                    + ", the binary is " + c.host().build().version() + ": tables must come from the same release");
        }
        QemuBuild filled = CompatFill.fill(c.host().build(), source);
        List<String> notes = new ArrayList<>(c.notes());
        long known = filled.machineTypes().values().stream().filter(m -> m.compatPropsKnown()).count();
        notes.add("compat tables of " + known + " machine types filled from the QEMU " + source.version()
                + " source in " + compatSource);
        return new CollectedHost(c.host().withBuild(filled), c.answers(), notes);
    }

    static String summary(CollectedHost c) {
        Host h = c.host();
        QemuBuild b = h.build();
        long withProps = b.types().values().stream().filter(QomType::propertiesKnown).count();
        StringBuilder s = new StringBuilder();
        s.append("host ").append(h.name()).append(": QEMU ").append(b.label()).append('\n');
        s.append("  ").append(b.machineTypes().size()).append(" machine types")
                .append(b.defaultMachine().map(m -> " (default " + m.name() + ")").orElse(""))
                .append(", compat-props ").append(c.answers().compatPropsReported() ? "reported over QMP"
                        : "not reported over QMP")
                .append('\n');
        s.append("  ").append(b.types().size()).append(" QOM types, ").append(withProps)
                .append(" with properties; ").append(c.answers().failedTypes().size()).append(" failed")
                .append(c.answers().failedTypes().isEmpty() ? "" : " " + c.answers().failedTypes().keySet())
                .append('\n');
        s.append("  ").append(b.cpuModels().size()).append(" CPU models; vmstate for ")
                .append(String.join(", ", b.vmstateByMachine().keySet())).append('\n');
        s.append("  kernel ").append(h.kernelRelease()).append(", CPU ").append(h.cpu().vendor()).append(" / ")
                .append(h.cpu().modelName()).append(", ").append(h.firmware().size()).append(" firmware files\n");
        for (PlatformFeature f : h.features().values()) {
            String v = f.available() == null ? "unknown" : f.available() ? "yes" : "no";
            s.append("  ").append(f.name()).append(": ").append(v).append(" (").append(f.derivation()).append(")\n");
        }
        for (String n : c.notes()) s.append("  note: ").append(n).append('\n');
        return s.toString().stripTrailing();
    }
}
