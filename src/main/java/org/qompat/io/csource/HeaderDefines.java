package org.qompat.io.csource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The object-like {@code #define}s of a checkout's headers ({@code include/}, {@code hw/}, {@code target/}),
 * indexed once by name so that {@code TYPE_PCI_DEVICE} in an array resolves to {@code "pci-device"}. A name may be
 * defined more than once (e.g. {@code TYPE_X86_CPU} under {@code #ifdef TARGET_X86_64}); all are kept.
 */
final class HeaderDefines {

    private static final Pattern DEFINE = Pattern.compile("^\\s*#\\s*define\\s+([A-Za-z_]\\w*)(?:\\s+(.*))?$");
    private static final List<String> HEADER_DIRS = List.of("include", "hw", "target");

    private final Map<String, List<CDefine>> byName;

    private HeaderDefines(Map<String, List<CDefine>> byName) {
        this.byName = byName;
    }

    static HeaderDefines none() {
        return new HeaderDefines(Map.of());
    }

    /** Scans the headers under {@code root}; {@code display} is how the root is named in provenance. */
    static HeaderDefines scan(Path root, String display) throws IOException {
        Map<String, List<CDefine>> index = new HashMap<>();
        for (String dir : HEADER_DIRS) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            List<Path> headers;
            try (Stream<Path> s = Files.walk(d)) {
                headers = s.filter(p -> p.getFileName().toString().endsWith(".h")).sorted().toList();
            }
            for (Path h : headers) {
                String name = display + "/" + root.relativize(h).toString().replace('\\', '/');
                index(Files.readString(h, StandardCharsets.ISO_8859_1), name, index);
            }
        }
        return new HeaderDefines(index);
    }

    private static void index(String text, String file, Map<String, List<CDefine>> index) {
        if (!text.contains("define")) return;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.indexOf('#') < 0) continue;
            Matcher m = DEFINE.matcher(line);
            if (!m.matches() || m.group(2) == null || line.endsWith("\\")) continue;
            List<CToken> body = CLexer.fragment(m.group(2), lineNo);
            if (body.isEmpty()) continue;
            index.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                    .add(new CDefine(m.group(1), null, body, file, lineNo));
        }
    }

    List<CDefine> get(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
