package org.qompat.io.collect;

import java.time.Duration;

/**
 * @param name    the VM's name; null means the command line's {@code -name}, QMP {@code query-name}, or "vm"
 * @param host    the host the VM runs on, when known (null otherwise)
 * @param timeout time-out for each QMP answer and for QEMU to come up
 */
public record VmCollectOptions(String name, String host, Duration timeout) {

    public static VmCollectOptions defaults() {
        return new VmCollectOptions(null, null, Duration.ofSeconds(30));
    }

    public VmCollectOptions withName(String n) {
        return new VmCollectOptions(n, host, timeout);
    }

    public VmCollectOptions withHost(String h) {
        return new VmCollectOptions(name, h, timeout);
    }
}
