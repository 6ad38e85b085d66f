package org.qompat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qompat bench …}: benchmarks, never timed unit tests. Each benchmark is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of Qompat's own speed on synthetic inputs.",
        subcommands = {
            BenchMatrixCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
