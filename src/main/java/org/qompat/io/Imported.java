package org.qompat.io;

import java.nio.file.Path;
import java.util.List;
import org.qompat.io.json.FleetManifest;
import org.qompat.io.qmpraw.QmpAnswer;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;
import org.qompat.model.VmStateDump;

/** What one input file turned out to be, once its content was recognised and read. */
public sealed interface Imported {

    Path file();

    record BuildFile(Path file, QemuBuild build) implements Imported {
    }

    record HostFile(Path file, Host host) implements Imported {
    }

    record VmFile(Path file, Vm vm) implements Imported {
    }

    record ManifestFile(Path file, FleetManifest manifest) implements Imported {
    }

    /** Raw QMP answers; all such answers of one directory make up one build. */
    record QmpAnswers(Path file, List<QmpAnswer> answers) implements Imported {
    }

    /** A -dump-vmstate file; it joins the build of the raw QMP answers in the same directory. */
    record VmStateFile(Path file, VmStateDump dump) implements Imported {
    }

    /** Not an input Qompat reads (a README, a script, a QMP answer to a command Qompat does not use …). */
    record Unrecognised(Path file, String reason) implements Imported {
    }
}
