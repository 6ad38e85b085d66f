package org.qompat.io.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every QEMU the collector starts is gone afterwards, checked by PID, on success and on failure alike. */
class NoQemuSurvivesTest {

    private final List<Long> pids = new CopyOnWriteArrayList<>();
    private final LongConsumer listener = pids::add;

    @TempDir
    Path dir;

    @BeforeEach
    void listen() {
        QemuProcesses.addLaunchListener(listener);
    }

    @AfterEach
    void stopListening() {
        QemuProcesses.removeLaunchListener(listener);
    }

    private void assertAllGone() {
        assertThat(pids).isNotEmpty();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("QEMU pid %d still alive", pid).isFalse();
        }
    }

    @Test
    void afterASuccessfulHostCollection() throws Exception {
        String qemu = RealQemu.require72();
        CollectedHost h = new HostCollector(HostCollectOptions.of(qemu)).collect();
        assertThat(h.host().build().machineTypes()).containsKey("pc-q35-7.2");
        // -machine none introspection (plus restarts after crashing types), -L help, and one -dump-vmstate
        assertThat(pids.size()).isGreaterThanOrEqualTo(3);
        assertAllGone();
    }

    @Test
    void afterAFailedHostCollection() {
        String qemu = RealQemu.require72();
        assertThatThrownBy(() -> new HostCollector(HostCollectOptions.of(qemu)
                .withMachines(List.of("pc-q35-99.0"))).collect())
                .isInstanceOf(IOException.class).hasMessageContaining("pc-q35-99.0").hasMessageContaining(qemu);
        assertAllGone();
    }

    @Test
    void afterALaunchedVmWhoseArgumentsQemuRejects() {
        String qemu = RealQemu.require72();
        assertThatThrownBy(() -> LaunchedQemu.withSocketQmp(qemu, List.of("-S", "-accel", "tcg", "-nodefaults",
                "-display", "none", "-device", "no-such-device"), dir.resolve("q.sock"), Duration.ofSeconds(20)))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-device");
        assertAllGone();
    }

    @Test
    void aProgramThatIsNotQemuIsRejectedAndEnded() throws Exception {
        // a "QEMU" that never speaks QMP: the greeting read times out and the process is destroyed
        Path fake = dir.resolve("fake-qemu");
        Files.writeString(fake, "#!/bin/sh\nexec sleep 60\n");
        fake.toFile().setExecutable(true);
        assertThatThrownBy(() -> LaunchedQemu.withStdioQmp(fake.toString(), List.of(), Duration.ofMillis(500)))
                .isInstanceOf(IOException.class).hasMessageContaining("did not come up");
        assertAllGone();
        assertThat(QemuProcesses.liveCount()).isZero();
    }
}
