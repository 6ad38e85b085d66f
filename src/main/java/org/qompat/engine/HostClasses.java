package org.qompat.engine;

import java.util.TreeMap;
import java.util.TreeSet;
import org.qompat.model.Host;

/** What makes two hosts equivalent for migration. */
public final class HostClasses {

    private HostClasses() {
    }

    /** Same build, same platform feature values, same CPU flags and firmware → same key. */
    public static String key(Host h) {
        StringBuilder sb = new StringBuilder();
        sb.append(h.build() == null ? "?" : h.build().id()).append('|');
        TreeMap<String, Boolean> feats = new TreeMap<>();
        h.features().forEach((k, f) -> feats.put(k, f.available()));
        sb.append(feats).append('|');
        sb.append(h.cpu() == null ? "?" : h.cpu().vendor() + ":" + new TreeSet<>(h.cpu().flags()).hashCode());
        sb.append('|').append(new TreeMap<>(h.firmware()).hashCode());
        return sb.toString();
    }
}
