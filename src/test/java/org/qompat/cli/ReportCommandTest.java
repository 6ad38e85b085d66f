package org.qompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new QompatCommand());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void anUnknownExtensionIsAUsageErrorNamingTheKnownOnes() throws Exception {
        Path in = Files.writeString(dir.resolve("h.json"), "{}");

        assertThat(run("report", in.toString(), "-o", dir.resolve("m.gif").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("m.gif").contains(".html .png .svg .csv .json");
        assertThat(dir.resolve("m.gif")).doesNotExist();
    }

    @Test
    void aScaleOutOfRangeIsAUsageError() throws Exception {
        Path in = Files.writeString(dir.resolve("h.json"), "{}");

        assertThat(run("report", in.toString(), "-o", dir.resolve("m.png").toString(), "--scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--scale must be between 1 and 64");
    }

    @Test
    void aMissingInputIsAnInputError() {
        assertThat(run("report", dir.resolve("nope").toString(), "-o", dir.resolve("r.html").toString()))
                .isEqualTo(ReportCommand.INPUT_ERROR);
        assertThat(err.toString()).contains("input not found").contains("nope");
    }

    @Test
    void refusesToOverwriteAnInputBeforeLoadingAnything() throws Exception {
        Path in = Files.writeString(dir.resolve("fleet.json"), "{\"format\":\"qompat.fleet/1\"}");

        assertThat(run("report", dir.toString(), "-o", in.toString())).isEqualTo(ReportCommand.OUTPUT_ERROR);
        assertThat(err.toString()).contains("refusing to overwrite").contains("fleet.json");
        assertThat(Files.readString(in)).isEqualTo("{\"format\":\"qompat.fleet/1\"}");
    }

    /** End to end on the demo fleet: real files loaded, the real engine, the report written and well-formed. */
    @Test
    void writesTheHtmlReportOfTheDemoFleet() throws Exception {
        Path samples = Path.of(System.getProperty("qompat.samples", "samples"));
        Path html = dir.resolve("demo.html");

        assertThat(run("report", samples.toString(), "-o", html.toString(), "-q")).isZero();

        assertThat(err.toString()).contains("wrote").contains("demo.html");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("count(//section[@id='blockers']//tbody/tr)", doc)).isNotEqualTo("0");
        // store-1's nvme refuses to migrate anywhere: the migration-blocker rule must be among the ranked blockers
        assertThat(xpath.evaluate("//section[@id='blockers']", doc)).contains("migration-blocker").contains("store-1");
        assertThat(xpath.evaluate("count(//section[@id='vms']/details)", doc)).isEqualTo("12");
        assertThat(xpath.evaluate("//section[@id='inputs']", doc)).contains("fleet.json").contains("east-r1-n01");
        assertThat(xpath.evaluate("//img/@src", doc)).startsWith("data:image/png;base64,");
    }

    @Test
    void helpListsTheFormatsAndExitCodes() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new QompatCommand());
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("report", "--help")).isZero();
        assertThat(out.toString()).contains(".html").contains(".svg").contains("--scale").contains("--vm")
                .contains("4   could not write");
    }
}
