package org.qompat.engine.compat;

import java.util.Map;
import java.util.function.Function;

/**
 * Read-mostly memo lookups. {@code ConcurrentHashMap.computeIfAbsent} locks the bin even when the key is present
 * (unless it is the bin's first node), and the fleet analysis asks the same keys millions of times from two
 * threads; a plain {@code get} first keeps the common case lock-free. A race may compute a value twice; the
 * first one stored wins, so every caller sees the same object.
 */
public final class Memo {

    private Memo() {
    }

    public static <K, V> V get(Map<K, V> map, K key, Function<? super K, ? extends V> compute) {
        V v = map.get(key);
        if (v != null) return v;
        v = compute.apply(key);
        V prev = map.putIfAbsent(key, v);
        return prev != null ? prev : v;
    }
}
