package org.qompat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qompat bench …}: benchmarks, measured the honest way (warm iterations, median), never timed tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of Qompat's own speed on synthetic inputs: warm iterations, median reported.",
        subcommands = {
            BenchLoadCommand.class,
            BenchMatrixCommand.class,
            BenchDecodeCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
