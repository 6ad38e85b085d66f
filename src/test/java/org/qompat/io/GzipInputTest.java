package org.qompat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qompat.model.CpuInfo;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;

/** A gzipped build is recognised by content, whatever its name, and a host can reference one. */
class GzipInputTest {

    @TempDir
    Path dir;

    @Test
    void writerGzipsByNameAndReaderDetectsByContent() throws Exception {
        QemuBuild b = new QemuBuild("x", new QemuVersion(9, 1, 3), "test", Map.of("pc-q35-9.1",
                new MachineType("pc-q35-9.1", "q35", false, false, null, List.of(), true, Provenance.UNKNOWN)),
                Map.of(), Map.of(), Map.of(), Provenance.UNKNOWN);
        Path gz = dir.resolve("builds/qemu-9.1.3.json.gz");
        QompatWriter w = QompatWriter.unguarded();
        w.writeBuild(b, gz);
        byte[] raw = Files.readAllBytes(gz);
        assertThat(InputBytes.isGzip(raw)).isTrue();
        // content decides, not the name: the same bytes under a .json name still read as gzip
        Path misnamed = dir.resolve("plain-looking.json");
        Files.write(misnamed, raw);
        assertThat(QompatReader.readBuild(misnamed).machineTypes()).containsKey("pc-q35-9.1");
        Host h = new Host("h", Map.of(), "6.1.0", new CpuInfo("GenuineIntel", "x", Set.of()), Map.of(), Map.of(),
                List.of(), b, Provenance.UNKNOWN);
        Path host = dir.resolve("hosts/h.json");
        w.writeHost(h, host, gz);
        assertThat(Files.readString(host)).contains("../builds/qemu-9.1.3.json.gz");
        assertThat(QompatReader.readHost(host).build().version()).isEqualTo(new QemuVersion(9, 1, 3));
    }
}
