package org.qompat.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qompat.io.QompatWriter;
import org.qompat.io.collect.VmCollectOptions;
import org.qompat.io.collect.VmCollector;
import org.qompat.io.qmp.QmpAddress;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code qompat collect vm}: a VM's QOM tree as qompat.vm/1, from a running VM's QMP socket (read-only) or from a
 * throwaway paused VM launched with the given arguments.
 */
@Command(name = "vm", mixinStandardHelpOptions = true,
        description = {"Collect a VM's QOM tree.",
            "  collect vm --qmp unix:/path/qmp.sock -o vm.json          (a running VM; read-only QMP only)",
            "  collect vm --launch --qemu BIN -o vm.json -- <vm args>   (a throwaway VM started paused, then quit)",
            "Exit 0 on success, 1 when collection failed, 2 on bad arguments."})
public final class CollectVmCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--qmp", paramLabel = "unix:PATH", description = "QMP socket of a running VM")
        String qmp;

        @Option(names = "--launch", description = "Launch a throwaway paused VM (-S) from the arguments after --")
        boolean launch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--qemu", paramLabel = "BINARY", description = "QEMU binary for --launch")
    String qemu;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "qompat.vm/1 file")
    Path output;

    @Option(names = "--name", description = "VM name (default: -name of the command line, query-name, or 'vm')")
    String name;

    @Option(names = "--host", description = "The host this VM runs on, when known")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time-out for each QMP answer and for QEMU to start (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Parameters(paramLabel = "VM-ARGS", description = "QEMU arguments of the VM to launch (after --)")
    List<String> vmArgs = new ArrayList<>();

    @Override
    public Integer call() {
        if (source.launch && qemu == null) {
            System.err.println("qompat collect vm: --launch needs --qemu BINARY");
            return 2;
        }
        if (!source.launch && !vmArgs.isEmpty()) {
            System.err.println("qompat collect vm: VM arguments are only used with --launch");
            return 2;
        }
        VmCollectOptions opts = new VmCollectOptions(name, host, Duration.ofSeconds(timeoutSeconds));
        try {
            VmCollector collector = new VmCollector(opts);
            Vm vm = source.launch ? collector.launch(qemu, vmArgs) : collector.collectRunning(QmpAddress.parse(source.qmp));
            QompatWriter.unguarded().writeVm(vm, output);
            int nodes = vm.root().flatten().size();
            long explicit = vm.root().flatten().stream().mapToLong(n -> n.explicitProperties().size()).sum();
            System.out.println("vm " + vm.name() + ": machine type " + vm.machineType()
                    + (vm.commandLineKnown() ? " (-M " + (vm.machineArg() == null ? "not given" : vm.machineArg())
                    + ")" : " (command line unknown)") + ", CPU " + vm.cpuModel() + ", " + nodes + " QOM objects, "
                    + explicit + " explicit properties, " + vm.ramBlocks().size() + " RAM blocks");
            System.out.println("devices: " + String.join(", ", devices(vm.root())));
            System.out.println("wrote " + output);
            return 0;
        } catch (Exception e) {
            System.err.println("qompat collect vm: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> devices(QomNode root) {
        List<String> out = new ArrayList<>();
        for (QomNode n : root.flatten()) {
            if (n.path().matches("/machine/peripheral(-anon)?/[^/]+")) out.add(n.name() + " (" + n.type() + ")");
        }
        return out;
    }
}
