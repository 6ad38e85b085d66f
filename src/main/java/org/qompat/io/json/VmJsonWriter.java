package org.qompat.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.qompat.model.RamBlock;
import org.qompat.model.VfioAttributes;
import org.qompat.model.Vm;

/** Writes a VM as {@code qompat.vm/1}. */
public final class VmJsonWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private VmJsonWriter() {
    }

    public static ObjectNode toJson(Vm vm) {
        ObjectNode o = F.objectNode();
        o.put(QompatFormat.FIELD, QompatFormat.VM.tag());
        o.put("name", vm.name());
        o.put("machine-type", vm.machineType());
        if (vm.machineArg() == null) o.putNull("machine-arg");
        else o.put("machine-arg", vm.machineArg());
        o.put("command-line-known", vm.commandLineKnown());
        ArrayNode cmd = o.putArray("command-line");
        vm.commandLine().forEach(cmd::add);
        if (vm.cpuModel() != null) o.put("cpu-model", vm.cpuModel());
        if (vm.host() != null) o.put("host", vm.host());
        ArrayNode ram = o.putArray("ram-blocks");
        for (RamBlock r : vm.ramBlocks()) {
            ObjectNode e = ram.addObject();
            e.put("id", r.id());
            e.put("size", r.size());
            if (r.firmwareFile() != null) e.put("firmware-file", r.firmwareFile());
        }
        ObjectNode vfio = o.putObject("vfio");
        for (Map.Entry<String, VfioAttributes> e : new TreeMap<>(vm.vfio()).entrySet()) {
            ObjectNode a = vfio.putObject(e.getKey());
            a.put("model", e.getValue().model());
            ObjectNode params = a.putObject("params");
            new TreeMap<>(e.getValue().params()).forEach(params::put);
        }
        if (vm.root() != null) o.set("qom-tree", QomTreeJson.toJson(vm.root()));
        return o;
    }
}
