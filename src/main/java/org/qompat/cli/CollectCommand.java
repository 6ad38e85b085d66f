package org.qompat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qompat collect host|vm}: make platform dumps and QOM-tree files from a real QEMU. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Collect a host's platform dump or a VM's QOM tree from a real QEMU (read-only QMP).",
        subcommands = {CollectHostCommand.class, CollectVmCommand.class})
public final class CollectCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
