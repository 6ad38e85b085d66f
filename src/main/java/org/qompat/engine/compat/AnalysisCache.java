package org.qompat.engine.compat;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/**
 * Memo tables for one analysis (one {@code Compatibility.check}, or a whole {@code FleetAnalysis}). Keyed by
 * object identity: the model records have deep equals/hashCode that would be far too slow as map keys, and two
 * builds loaded separately must not share results by accident. Thread-safe.
 */
public final class AnalysisCache {

    private final Map<QemuBuild, BuildIndex> builds = new IdentityHashMap<>();
    private final Map<Vm, VmCommandLine> commandLines = new IdentityHashMap<>();
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    public BuildIndex index(QemuBuild build) {
        synchronized (builds) {
            return builds.computeIfAbsent(build, BuildIndex::new);
        }
    }

    public VmCommandLine commandLine(Vm vm) {
        synchronized (commandLines) {
            return commandLines.computeIfAbsent(vm, VmCommandLine::of);
        }
    }

    /**
     * A general memo: {@code key} is an {@link IdKey} (identity of model objects plus a string) or a string.
     * The value is computed at most once per key in practice (a race computes twice and keeps the first).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<Object, T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.apply(key);
            Object prev = memo.putIfAbsent(key, v);
            if (prev != null) v = prev;
        }
        return (T) v;
    }

    /** A key part that is unique per object for the lifetime of this cache. */
    public String identity(Object o) {
        synchronized (identities) {
            return identities.computeIfAbsent(o, k -> Integer.toString(identities.size()));
        }
    }

    private final Map<Object, String> identities = new IdentityHashMap<>();
}
