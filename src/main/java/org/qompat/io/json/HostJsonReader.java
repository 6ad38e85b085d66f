package org.qompat.io.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.qompat.model.CpuInfo;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.QemuBuild;
import org.qompat.model.VfioDeviceModel;

/** Reads a {@code qompat.host/1} document: one host's platform and the QEMU build it runs. */
public final class HostJsonReader {

    private HostJsonReader() {
    }

    /**
     * @param file the host file (its directory anchors a relative {@code build} path); may be null for a
     *             document that did not come from a file, which then must embed its build
     */
    public static Host read(JsonCursor root, Path file, BuildResolver resolver) {
        String name = root.string("name");
        Map<String, String> labels = root.stringMap("labels");
        JsonCursor cpuNode = root.get("cpu");
        CpuInfo cpu = new CpuInfo(nullToEmpty(cpuNode.optString("vendor")),
                nullToEmpty(cpuNode.optString("model-name")), new LinkedHashSet<>(cpuNode.strings("flags")));
        Map<String, PlatformFeature> features = new LinkedHashMap<>();
        JsonCursor feats = root.opt("features");
        if (feats != null) {
            for (Map.Entry<String, JsonCursor> e : feats.members().entrySet()) {
                JsonCursor f = e.getValue();
                features.put(e.getKey(), new PlatformFeature(e.getKey(), f.optBoolean("available"),
                        nullToEmpty(f.optString("derivation")), f.provenance()));
            }
        }
        Map<String, FirmwareFile> firmware = new LinkedHashMap<>();
        for (JsonCursor f : root.optArray("firmware")) {
            FirmwareFile ff = new FirmwareFile(f.string("name"), f.longValue("size"), f.optString("sha256"));
            firmware.put(ff.name(), ff);
        }
        List<VfioDeviceModel> vfio = new ArrayList<>();
        for (JsonCursor v : root.optArray("vfio-device-models")) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            JsonCursor ps = v.opt("allowed-params");
            if (ps != null) {
                for (Map.Entry<String, JsonCursor> e : ps.members().entrySet()) {
                    List<String> allowed = new ArrayList<>();
                    for (JsonCursor a : e.getValue().elements()) allowed.add(a.asText());
                    params.put(e.getKey(), allowed);
                }
            }
            vfio.add(new VfioDeviceModel(v.string("model"), params));
        }
        QemuBuild build = build(root.get("build"), file, resolver);
        return new Host(name, labels, root.optString("kernel-release"), cpu, features, firmware, vfio, build,
                root.provenance());
    }

    private static QemuBuild build(JsonCursor ref, Path file, BuildResolver resolver) {
        if (ref.node().isObject()) {
            Path dir = file == null ? null : file.toAbsolutePath().getParent();
            return BuildJsonReader.read(ref, dir);
        }
        if (!ref.node().isTextual()) {
            throw ref.error("expected a build object or a relative path to a qompat.build file, found "
                    + Json.describe(ref.node()));
        }
        if (file == null) throw ref.error("a build reference needs a host file to be relative to");
        Path dir = file.getParent() == null ? Path.of("") : file.getParent();
        return resolver.resolve(dir.resolve(ref.asString()).normalize(), ref);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
