package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.io.json.BuildJsonWriter;
import org.qompat.io.json.HostJsonWriter;
import org.qompat.io.json.VmJsonWriter;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;

/** The demo fleet is read in place from the jar (zip file system) or from the samples directory. */
class EmbeddedSamplesTest {

    @TempDir
    Path dir;

    @Test
    void readsASamplesTreeInsideAJarWithRelativeBuildReferences() throws IOException {
        QemuBuild build = Fixtures.build();
        Host host = Fixtures.host(build);
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "samples/builds/qemu-7.2.22.json", QompatWriter.toBytes(BuildJsonWriter.toJson(build)));
            put(out, "samples/hosts/node-a1.json",
                    QompatWriter.toBytes(HostJsonWriter.toJson(host, "../builds/qemu-7.2.22.json")));
            put(out, "samples/hosts/node-a2.json",
                    QompatWriter.toBytes(HostJsonWriter.toJson(host.withName("node-a2"), null)));
            put(out, "samples/vms/web-1.json", QompatWriter.toBytes(VmJsonWriter.toJson(Fixtures.vm())));
        }

        Fleet f = EmbeddedSamples.load(new URL("jar:" + jar.toUri() + "!/samples"), LoadProgress.NONE);

        assertThat(f.problems()).isEmpty();
        assertThat(f.hosts()).extracting(Host::name).containsExactly("node-a1", "node-a2");
        assertThat(f.hosts().get(0).build()).isSameAs(f.hosts().get(1).build());
        assertThat(f.builds()).hasSize(1);
        assertThat(f.builds().get(0).id()).isEqualTo(build.id());
        assertThat(f.vm("web-1").orElseThrow().root().find("/machine/peripheral/net0")).isPresent();
        assertThat(f.hosts().get(0).provenance().file()).isEqualTo("/samples/hosts/node-a1.json");
        // the jar is left as it was
        assertThat(Files.size(jar)).isPositive();
    }

    @Test
    void theShippedSamplesLoadWithoutProblems() throws IOException {
        // surefire sets qompat.samples to the project's samples/ directory
        assertThat(System.getProperty(EmbeddedSamples.PROPERTY)).isNotNull();
        Fleet f = FleetLoader.loadEmbeddedSamples(LoadProgress.NONE);

        assertThat(f.problems()).isEmpty();
        // the demo fleet's QEMU 7.2 build was collected from the real binary, its tables filled from the 7.2 source
        assertThat(f.builds()).filteredOn(b -> b.version().toString().equals("7.2.22")).isNotEmpty()
                .allSatisfy(b -> assertThat(b.machineTypes().get("pc-q35-6.0").compatProps().get(0).origin())
                        .isEqualTo("hw_compat_7_1"));
        assertThat(f.hosts()).allMatch(h -> h.build() != null && f.builds().contains(h.build()));
    }

    @Test
    void aMissingSamplesTreeIsAProblemNotACrash() {
        Fleet f = EmbeddedSamples.load((URL) null, LoadProgress.NONE);
        assertThat(f.hosts()).isEmpty();
        assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not on the class path"));
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(bytes);
        out.closeEntry();
    }
}
