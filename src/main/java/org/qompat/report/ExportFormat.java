package org.qompat.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, chosen by the output file's extension (the CLI and the GUI's save dialog agree on them). */
public enum ExportFormat {
    HTML("HTML report", "html", "htm"),
    PNG("Matrix image (PNG)", "png"),
    SVG("Matrix vector image (SVG)", "svg"),
    CSV("Verdicts (CSV)", "csv"),
    JSON("Verdicts (JSON)", "json");

    private final String description;
    private final String[] extensions;

    ExportFormat(String description, String... extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** The preferred extension, without the dot. */
    public String extension() {
        return extensions[0];
    }

    /** The format for {@code file}'s extension; an error that lists the known ones otherwise. */
    public static ExportFormat forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            for (String ext : f.extensions) {
                if (name.endsWith("." + ext)) return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the export format of '" + file + "': use one of "
                + Arrays.stream(values()).map(f -> "." + f.extension()).collect(Collectors.joining(" ")));
    }
}
