package org.qompat.io.json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuModel;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;
import org.qompat.model.VmsdField;

/**
 * SHA-256 over a build's content, walked straight from the model in the canonical order of {@link BuildJsonWriter}
 * (everything keyed by name sorted, compat entries in application order) and covering the same facts. Loading
 * used to build the whole qompat.build JSON tree and serialise it only to hash it — 40% of a demo fleet load.
 * Every value is tagged and length-prefixed, so different contents cannot run together into the same bytes.
 */
final class BuildDigest {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte BOOL = 3;
    private static final byte LIST = 4;

    private final MessageDigest sha;
    private final byte[] buf = new byte[1 << 15];
    private int len;

    private BuildDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    static byte[] of(QemuBuild b) {
        BuildDigest d = new BuildDigest();
        d.build(b);
        d.flush();
        return d.sha.digest();
    }

    private void build(QemuBuild b) {
        str(b.version().toString());
        str(b.packageString());
        List<MachineType> machines = b.machineTypes().values().stream()
                .sorted(Comparator.comparing(MachineType::name)).toList();
        list(machines.size());
        for (MachineType m : machines) machine(m);
        List<QomType> types = b.types().values().stream().sorted(Comparator.comparing(QomType::name)).toList();
        list(types.size());
        for (QomType t : types) type(t);
        List<CpuModel> cpus = b.cpuModels().values().stream().sorted(Comparator.comparing(CpuModel::name)).toList();
        list(cpus.size());
        for (CpuModel c : cpus) cpuModel(c);
        list(b.vmstateByMachine().size());
        for (Map.Entry<String, VmStateDump> e : new TreeMap<>(b.vmstateByMachine()).entrySet()) {
            str(e.getKey());
            dump(e.getValue());
        }
    }

    private void machine(MachineType m) {
        str(m.name());
        str(m.alias());
        bool(m.isDefault());
        bool(m.deprecated());
        str(m.defaultCpuType());
        bool(m.compatPropsKnown());
        List<CompatProperty> props = m.compatPropsKnown() ? m.compatProps() : List.of();
        list(props.size());
        for (CompatProperty p : props) {
            str(p.qomType());
            str(p.property());
            str(p.value());
            // the writer leaves an empty origin out: empty and absent are the same content
            str(p.origin() == null || p.origin().isEmpty() ? null : p.origin());
        }
    }

    private void type(QomType t) {
        str(t.name());
        str(t.parent());
        bool(t.isAbstract());
        bool(t.propertiesKnown());
        if (!t.propertiesKnown()) return;
        list(t.properties().size());
        for (String name : sortedKeys(t.properties())) {
            PropertyInfo p = t.properties().get(name);
            str(p.name());
            str(p.type());
            str(p.description());
            str(p.defaultValue());
        }
    }

    private void cpuModel(CpuModel c) {
        str(c.name());
        str(c.typename());
        str(c.aliasOf());
        bool(c.migrationSafe());
        bool(c.isStatic());
        bool(c.deprecated());
        list(c.unavailableFeatures().size());
        for (String f : c.unavailableFeatures()) str(f);
    }

    private void dump(VmStateDump d) {
        str(d.machineType());
        list(d.sections().size());
        for (String name : sortedKeys(d.sections())) {
            VmStateSection s = d.sections().get(name);
            str(s.typeName());
            integer(s.versionId());
            integer(s.minimumVersionId());
            description(s.description());
        }
    }

    /** Sorted keys: an array sort is far cheaper than a TreeMap per type (builds have thousands of types). */
    private static String[] sortedKeys(Map<String, ?> map) {
        String[] keys = map.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        return keys;
    }

    private void description(VmsdDescription d) {
        if (d == null) {
            put(NULL);
            return;
        }
        str(d.name());
        integer(d.versionId());
        integer(d.minimumVersionId());
        list(d.fields().size());
        for (VmsdField f : d.fields()) {
            str(f.field());
            integer(f.versionId());
            bool(f.fieldExists());
            if (f.num() == null) put(NULL);
            else integer(f.num());
            integer(f.size());
            description(f.description());
        }
        list(d.subsections().size());
        for (VmsdDescription sub : d.subsections()) description(sub);
    }

    private void str(String s) {
        if (s == null) {
            put(NULL);
            return;
        }
        put(STRING);
        int32(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (len + 2 > buf.length) flush();
            char c = s.charAt(i);
            buf[len++] = (byte) (c >>> 8);
            buf[len++] = (byte) c;
        }
    }

    private void integer(long v) {
        put(INT);
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void bool(boolean v) {
        put(BOOL);
        put((byte) (v ? 1 : 0));
    }

    private void list(int size) {
        put(LIST);
        int32(size);
    }

    private void int32(int v) {
        put((byte) (v >>> 24));
        put((byte) (v >>> 16));
        put((byte) (v >>> 8));
        put((byte) v);
    }

    private void put(byte b) {
        if (len == buf.length) flush();
        buf[len++] = b;
    }

    private void flush() {
        sha.update(buf, 0, len);
        len = 0;
    }
}
