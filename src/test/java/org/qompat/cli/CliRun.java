package org.qompat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new QompatCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = cl.execute(args);
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return new CliRun(code, out + stdout.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
    }
}
