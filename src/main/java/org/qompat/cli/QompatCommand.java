package org.qompat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the CLI; each subcommand lives in its own class. */
@Command(name = "qompat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Which hosts can exchange which VMs by live migration, and if not, exactly why.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CheckCommand.class,
            ExplainCommand.class,
            VmStateDiffCommand.class,
            CompatDiffCommand.class,
            BenchCommand.class,
            CollectCommand.class,
            BaselineCommand.class,
            DrainCommand.class,
            ReportCommand.class,
            DecodeCommand.class,
            QomDiffCommand.class,
        })
public final class QompatCommand implements Runnable {

    public static int run(String... args) {
        return new CommandLine(new QompatCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
