package org.qompat.io.collect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real QEMU builds live (see .ci/install-qemu.sh); tests skip when one is absent. */
final class RealQemu {

    static final String QEMU_72 = "/usr/bin/qemu-system-x86_64";
    static final String QEMU_100 = "/opt/qemu-10.0/qemu-system-x86_64";

    private RealQemu() {
    }

    static boolean present(String binary) {
        return Files.isExecutable(Path.of(binary));
    }

    static String require72() {
        assumeTrue(present(QEMU_72), "QEMU 7.2 not installed at " + QEMU_72 + " (run .ci/install-qemu.sh)");
        return QEMU_72;
    }

    static String require100() {
        assumeTrue(present(QEMU_100), "QEMU 10.0 not installed at " + QEMU_100 + " (run .ci/install-qemu.sh)");
        return QEMU_100;
    }
}
