package org.qompat.io.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.QomTrees;
import org.qompat.model.QomNode;
import org.qompat.model.RamBlock;
import org.qompat.model.VfioAttributes;
import org.qompat.model.Vm;

/** Reads a {@code qompat.vm/1} document: a VM's QOM tree, its command line and where it runs. */
public final class VmJsonReader {

    private VmJsonReader() {
    }

    public static Vm read(JsonCursor root) {
        String name = root.string("name");
        QomNode tree = QomTreeJson.read(root.get("qom-tree"));
        String machine = root.optString("machine-type");
        if (machine == null) machine = QomTrees.machineType(tree);
        if (machine == null) {
            throw root.error("missing \"machine-type\" and the QOM tree has no /machine object to derive it from");
        }
        String cpu = root.optString("cpu-model");
        if (cpu == null) cpu = QomTrees.cpuModel(tree);
        List<String> commandLine = root.strings("command-line");
        boolean known = root.bool("command-line-known", root.has("command-line"));
        List<RamBlock> ram = new ArrayList<>();
        for (JsonCursor r : root.optArray("ram-blocks")) {
            ram.add(new RamBlock(r.string("id"), r.longValue("size"), r.optString("firmware-file")));
        }
        Map<String, VfioAttributes> vfio = new LinkedHashMap<>();
        JsonCursor v = root.opt("vfio");
        if (v != null) {
            for (Map.Entry<String, JsonCursor> e : v.members().entrySet()) {
                vfio.put(e.getKey(), new VfioAttributes(e.getValue().string("model"),
                        e.getValue().stringMap("params")));
            }
        }
        return new Vm(name, machine, root.optString("machine-arg"), known, cpu, tree,
                root.optString("host"), commandLine, ram, vfio, root.provenance());
    }
}
