package org.qompat.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * The files an export must never overwrite: every file the user named, every regular file inside a folder they
 * named (a load reads folders recursively), and every file the loaded fleet's provenance points to.
 */
public final class ProtectedInputs {

    private ProtectedInputs() {
    }

    public static Set<Path> of(Collection<Path> inputs, Fleet fleet) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else {
                files.add(input);
            }
        }
        if (fleet != null) {
            for (Host h : fleet.hosts()) add(files, h.provenance());
            for (Vm v : fleet.vms()) add(files, v.provenance());
            for (QemuBuild b : fleet.builds()) add(files, b.provenance());
            for (LoadProblem p : fleet.problems()) {
                if (p.file() != null && !p.file().isEmpty()) addPath(files, p.file());
            }
        }
        return files;
    }

    private static void add(Set<Path> files, Provenance p) {
        if (p != null && p.isKnown()) addPath(files, p.file());
    }

    private static void addPath(Set<Path> files, String file) {
        try {
            files.add(Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            // a provenance such as "(embedded sample)" names no file on disk: nothing to protect
        }
    }
}
