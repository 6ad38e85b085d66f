package org.qompat.app;

import org.qompat.ui.QompatApp;

/**
 * The jar's entry point. It must not extend Application: with JavaFX on the classpath, a main class that does
 * extends it fails with "JavaFX runtime components are missing". No arguments → the GUI; otherwise the CLI.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--gui") || isFileArgumentsOnly(args)) {
            QompatApp.launchWith(args);
        } else {
            System.exit(org.qompat.cli.QompatCommand.run(args));
        }
    }

    /** {@code qompat fleet-dir/} opens the GUI on that input, like double-clicking a file would. */
    private static boolean isFileArgumentsOnly(String[] args) {
        for (String a : args) {
            if (a.startsWith("-") || !new java.io.File(a).exists()) return false;
        }
        return true;
    }
}
