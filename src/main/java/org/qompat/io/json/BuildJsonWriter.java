package org.qompat.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.qompat.io.vmstate.VmStateDumpWriter;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuModel;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;
import org.qompat.model.VmStateDump;

/**
 * Writes a build as {@code qompat.build/1}. Output is canonical (everything keyed by name is sorted; compat
 * entries keep their application order), which is also what makes the content hash in {@link BuildIds} stable.
 */
public final class BuildJsonWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private BuildJsonWriter() {
    }

    /** The full document, with its {@code format} field. */
    public static ObjectNode toJson(QemuBuild b) {
        ObjectNode o = F.objectNode();
        o.put(QompatFormat.FIELD, QompatFormat.BUILD.tag());
        o.setAll(body(b));
        return o;
    }

    /** The build without a {@code format} field, as embedded in a host file. */
    public static ObjectNode body(QemuBuild b) {
        ObjectNode o = F.objectNode();
        o.put("version", b.version().toString());
        if (b.packageString() != null) o.put("package", b.packageString());
        ArrayNode machines = o.putArray("machine-types");
        b.machineTypes().values().stream().sorted(Comparator.comparing(MachineType::name))
                .forEach(m -> machines.add(machine(m)));
        ArrayNode types = o.putArray("types");
        b.types().values().stream().sorted(Comparator.comparing(QomType::name)).forEach(t -> types.add(type(t)));
        ArrayNode cpus = o.putArray("cpu-models");
        b.cpuModels().values().stream().sorted(Comparator.comparing(CpuModel::name))
                .forEach(c -> cpus.add(cpuModel(c)));
        if (!b.vmstateByMachine().isEmpty()) {
            ObjectNode vs = o.putObject("vmstate");
            for (Map.Entry<String, VmStateDump> e : new TreeMap<>(b.vmstateByMachine()).entrySet()) {
                vs.set(e.getKey(), VmStateDumpWriter.toJson(e.getValue()));
            }
        }
        return o;
    }

    static ObjectNode machine(MachineType m) {
        ObjectNode o = F.objectNode();
        o.put("name", m.name());
        if (m.alias() != null) o.put("alias", m.alias());
        o.put("default", m.isDefault());
        o.put("deprecated", m.deprecated());
        if (m.defaultCpuType() != null) o.put("default-cpu-type", m.defaultCpuType());
        o.put("compat-props-known", m.compatPropsKnown());
        if (m.compatPropsKnown()) {
            ArrayNode props = o.putArray("compat-props");
            for (CompatProperty p : m.compatProps()) {
                ObjectNode e = props.addObject();
                e.put("qom-type", p.qomType());
                e.put("property", p.property());
                e.put("value", p.value());
                if (p.origin() != null && !p.origin().isEmpty()) e.put("origin", p.origin());
            }
        }
        return o;
    }

    static ObjectNode type(QomType t) {
        ObjectNode o = F.objectNode();
        o.put("name", t.name());
        if (t.parent() != null) o.put("parent", t.parent());
        o.put("abstract", t.isAbstract());
        if (t.propertiesKnown()) {
            ArrayNode props = o.putArray("properties");
            for (PropertyInfo p : new TreeMap<>(t.properties()).values()) {
                ObjectNode e = props.addObject();
                e.put("name", p.name());
                e.put("type", p.type());
                if (p.description() != null) e.put("description", p.description());
                if (p.defaultValue() != null) e.put("default-value", p.defaultValue());
            }
        }
        return o;
    }

    static ObjectNode cpuModel(CpuModel c) {
        ObjectNode o = F.objectNode();
        o.put("name", c.name());
        if (c.typename() != null) o.put("typename", c.typename());
        if (c.aliasOf() != null) o.put("alias-of", c.aliasOf());
        o.put("migration-safe", c.migrationSafe());
        o.put("static", c.isStatic());
        o.put("deprecated", c.deprecated());
        ArrayNode missing = o.putArray("unavailable-features");
        c.unavailableFeatures().forEach(missing::add);
        return o;
    }
}
