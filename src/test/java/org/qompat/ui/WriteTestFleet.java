package org.qompat.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.qompat.io.QompatWriter;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/** Writes {@link TestFleets#demo()} as Qompat files into a directory, to open the real app on it. */
public final class WriteTestFleet {

    private WriteTestFleet() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir.resolve("hosts"));
        Files.createDirectories(dir.resolve("vms"));
        Fleet f = TestFleets.demo();
        QompatWriter w = QompatWriter.unguarded();
        for (Host h : f.hosts()) w.writeHost(h, dir.resolve("hosts").resolve(h.name() + ".json"));
        for (Vm v : f.vms()) w.writeVm(v, dir.resolve("vms").resolve(v.name() + ".json"));
        if (args.length > 1) Files.writeString(dir.resolve("hosts/hv-broken.json"), "{\"format\": \"qompat.host/1\", \"name\": ");
    }
}
