package org.qompat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.qompat.io.qmpraw.QmpAnswer;
import org.qompat.io.qmpraw.RawBuildAssembler;
import org.qompat.model.QemuBuild;
import org.qompat.model.VmStateDump;

/** A directory of raw QMP answers (and -dump-vmstate files) read as one build, e.g. a host's {@code build} path. */
public final class RawQmpDirectory {

    private RawQmpDirectory() {
    }

    public static QemuBuild read(Path dir) throws IOException {
        List<QmpAnswer> answers = new ArrayList<>();
        List<VmStateDump> dumps = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            // other files here (a host naming this directory as its build …) are not part of the build: their
            // own build references are not followed
            Imported imported = FileImporter.read(f, f.toString(), (path, ref) -> null);
            if (imported instanceof Imported.QmpAnswers q) answers.addAll(q.answers());
            else if (imported instanceof Imported.VmStateFile v) dumps.add(v.dump());
        }
        return RawBuildAssembler.assemble(dir.toString(), answers, dumps);
    }
}
