package org.qompat.io;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.qompat.model.Fleet;
import org.qompat.model.LoadProblem;

/**
 * The demo fleet: the {@code samples/} directory when the {@code qompat.samples} system property names one (a
 * source checkout, the tests), else the {@code samples/} tree inside the jar, read in place through the zip file
 * system (nothing is extracted, nothing can be written).
 */
final class EmbeddedSamples {

    static final String PROPERTY = "qompat.samples";

    private EmbeddedSamples() {
    }

    static Fleet load(LoadProgress progress) {
        String dir = System.getProperty(PROPERTY);
        if (dir != null && Files.isDirectory(Path.of(dir))) {
            return FleetLoader.load(List.of(Path.of(dir)), progress);
        }
        return load(FleetLoader.class.getResource("/samples"), progress);
    }

    /** Loads the {@code samples/} tree at {@code url}: a directory, or an entry of a jar. */
    static Fleet load(URL url, LoadProgress progress) {
        if (url == null) {
            return new Fleet(List.of(), List.of(), List.of(), List.of(new LoadProblem("samples/", "",
                    "the demo fleet is not on the class path")));
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return FleetLoader.load(List.of(Path.of(uri)), progress);
            FileSystem zip;
            try {
                zip = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                // someone else holds the jar open: read through theirs and leave it open
                return FleetLoader.load(List.of(FileSystems.getFileSystem(uri).getPath("/samples")), progress);
            }
            try (zip) {
                return FleetLoader.load(List.of(zip.getPath("/samples")), progress);
            }
        } catch (IOException | URISyntaxException | UnsupportedOperationException e) {
            return new Fleet(List.of(), List.of(), List.of(), List.of(new LoadProblem(url.toString(), "",
                    "cannot open the demo fleet: " + e.getMessage())));
        }
    }
}
