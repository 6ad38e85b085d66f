package org.qompat.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qompat.model.Provenance;

/**
 * A {@code qompat.fleet/1} manifest: which host and VM files make up a fleet (paths relative to the manifest,
 * globs allowed), label overrides per host, and which host each VM runs on.
 *
 * @param hosts      host file paths or globs ({@code hosts/*.json})
 * @param vms        VM file paths or globs (any VM format: qompat.vm, qom-tree text …)
 * @param hostLabels per host name, labels that replace or add to the host file's labels
 * @param runsOn     per VM name, the host it runs on (wins over the VM file's {@code host})
 */
public record FleetManifest(List<String> hosts, List<String> vms, Map<String, Map<String, String>> hostLabels,
                            Map<String, String> runsOn, Provenance provenance) {

    public FleetManifest {
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        hostLabels.forEach((h, l) -> labels.put(h, Map.copyOf(l)));
        hostLabels = Map.copyOf(labels);
        runsOn = Map.copyOf(runsOn);
    }

    public static FleetManifest read(JsonCursor root) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        JsonCursor hl = root.opt("host-labels");
        if (hl != null) {
            for (Map.Entry<String, JsonCursor> e : hl.members().entrySet()) {
                Map<String, String> l = new LinkedHashMap<>();
                for (Map.Entry<String, JsonCursor> kv : e.getValue().members().entrySet()) {
                    l.put(kv.getKey(), kv.getValue().asString());
                }
                labels.put(e.getKey(), l);
            }
        }
        Map<String, String> runsOn = new LinkedHashMap<>();
        JsonCursor ro = root.opt("runs-on");
        if (ro != null) {
            for (Map.Entry<String, JsonCursor> e : ro.members().entrySet()) {
                runsOn.put(e.getKey(), e.getValue().asString());
            }
        }
        return new FleetManifest(root.strings("hosts"), root.strings("vms"), labels, runsOn, root.provenance());
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(QompatFormat.FIELD, QompatFormat.FLEET.tag());
        ArrayNode h = o.putArray("hosts");
        hosts.forEach(h::add);
        ArrayNode v = o.putArray("vms");
        vms.forEach(v::add);
        ObjectNode labels = o.putObject("host-labels");
        new TreeMap<>(hostLabels).forEach((host, l) -> {
            ObjectNode e = labels.putObject(host);
            new TreeMap<>(l).forEach(e::put);
        });
        ObjectNode placement = o.putObject("runs-on");
        new TreeMap<>(runsOn).forEach(placement::put);
        return o;
    }
}
