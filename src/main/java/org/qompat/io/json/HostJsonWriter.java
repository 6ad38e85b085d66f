package org.qompat.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.VfioDeviceModel;

/** Writes a host as {@code qompat.host/1}, its build embedded or referenced by a relative path. */
public final class HostJsonWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private HostJsonWriter() {
    }

    /**
     * @param buildReference the path of the build file relative to the host file ({@code ../builds/x.json}), or
     *                       null to embed the build
     */
    public static ObjectNode toJson(Host h, String buildReference) {
        ObjectNode o = F.objectNode();
        o.put(QompatFormat.FIELD, QompatFormat.HOST.tag());
        o.put("name", h.name());
        ObjectNode labels = o.putObject("labels");
        new TreeMap<>(h.labels()).forEach(labels::put);
        if (h.kernelRelease() != null) o.put("kernel-release", h.kernelRelease());
        ObjectNode cpu = o.putObject("cpu");
        if (h.cpu() != null) {
            cpu.put("vendor", h.cpu().vendor());
            cpu.put("model-name", h.cpu().modelName());
            ArrayNode flags = cpu.putArray("flags");
            new TreeSet<>(h.cpu().flags()).forEach(flags::add);
        }
        ObjectNode features = o.putObject("features");
        for (PlatformFeature f : new TreeMap<>(h.features()).values()) {
            ObjectNode e = features.putObject(f.name());
            if (f.available() == null) e.putNull("available");
            else e.put("available", f.available());
            e.put("derivation", f.derivation());
        }
        ArrayNode firmware = o.putArray("firmware");
        for (FirmwareFile f : new TreeMap<>(h.firmware()).values()) {
            ObjectNode e = firmware.addObject();
            e.put("name", f.name());
            e.put("size", f.size());
            if (f.sha256() != null) e.put("sha256", f.sha256());
        }
        ArrayNode vfio = o.putArray("vfio-device-models");
        for (VfioDeviceModel m : h.vfioModels()) {
            ObjectNode e = vfio.addObject();
            e.put("model", m.model());
            ObjectNode params = e.putObject("allowed-params");
            for (Map.Entry<String, List<String>> p : new TreeMap<>(m.allowedParams()).entrySet()) {
                ArrayNode allowed = params.putArray(p.getKey());
                p.getValue().forEach(allowed::add);
            }
        }
        if (buildReference != null) o.put("build", buildReference);
        else if (h.build() != null) o.set("build", BuildJsonWriter.body(h.build()));
        return o;
    }
}
