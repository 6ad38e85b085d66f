package org.qompat.io.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.model.CompatProperty;
import org.qompat.model.CpuModel;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;
import org.qompat.model.QomType;

/**
 * Small builds shaped like QEMU's: a "10.0" whose q35 tables chain newest-first exactly as QEMU appends its
 * arrays (with the real USO rows in hw_compat_8_1), and a "7.2" to tell old properties from new ones.
 */
final class TinyBuilds {

    private TinyBuilds() {
    }

    static CompatProperty cp(String type, String prop, String value, int pos) {
        return new CompatProperty(type, prop, value, null, Provenance.json("tiny", "/compat-props/" + pos));
    }

    /** Arrays newest first: base, then 9_2 … 8_0 as the real ones (abridged). */
    static QemuBuild ten() {
        List<List<CompatProperty>> arrays = List.of(
                List.of(cp("virtio-iommu-pci", "aw-bits", "39", 0)),                       // q35 base (9.0+)
                List.of(cp("virtio-balloon-pci", "vectors", "0", 1)),                      // hw_compat_9_2
                List.of(cp("pci-device", "x-pcie-ext-tag", "false", 2)),                   // hw_compat_9_1
                List.of(cp("virtio-pci", "x-pcie-pm-no-soft-reset", "off", 3)),            // hw_compat_9_0
                List.of(cp("virtio-iommu-pci", "aw-bits", "64", 4)),                       // hw_compat_8_2
                List.of(cp("virtio-net-device", "host_uso", "off", 5),                     // hw_compat_8_1
                        cp("virtio-net-device", "guest_uso4", "off", 6),
                        cp("virtio-net-device", "guest_uso6", "off", 7),
                        cp("ramfb", "x-migrate", "off", 8)),
                List.of(cp("pci-device", "x-pcie-ari-nextfn-1", "on", 9)));                // hw_compat_8_0
        String[] versions = {"10.0", "9.2", "9.1", "9.0", "8.2", "8.1", "8.0"};
        Map<String, MachineType> machines = new LinkedHashMap<>();
        List<CompatProperty> table = new ArrayList<>();
        for (int i = 0; i < versions.length; i++) {
            table.addAll(arrays.get(i));
            String name = "pc-q35-" + versions[i];
            machines.put(name, new MachineType(name, i == 0 ? "q35" : null, false, false, null, List.copyOf(table),
                    true, Provenance.UNKNOWN));
        }
        machines.put("none", new MachineType("none", null, false, false, null, List.of(), false, Provenance.UNKNOWN));
        Map<String, QomType> types = new LinkedHashMap<>();
        type(types, "device", null, true);
        type(types, "pci-device", "device", true);
        type(types, "virtio-pci", "pci-device", true, "x-pcie-pm-no-soft-reset", "x-pcie-ext-tag", "vectors");
        type(types, "virtio-net-pci", "virtio-pci", false, "host_uso", "host_tso4", "x-pcie-pm-no-soft-reset",
                "x-pcie-ext-tag");
        type(types, "virtio-net-device", "device", false, "host_uso", "guest_uso4", "guest_uso6", "host_tso4");
        type(types, "virtio-iommu-pci", "virtio-pci", false, "aw-bits", "granule", "x-pcie-ext-tag");
        Map<String, CpuModel> cpus = new LinkedHashMap<>();
        for (String c : List.of("qemu64", "EPYC-Milan", "ClearwaterForest")) {
            cpus.put(c, new CpuModel(c, c + "-x86_64-cpu", null, true, false, false, List.of(), Provenance.UNKNOWN));
        }
        return new QemuBuild("ten", new QemuVersion(10, 0, 2), "tiny 10.0", machines, types, cpus, Map.of(),
                Provenance.UNKNOWN);
    }

    static QemuBuild seventwo() {
        Map<String, QomType> types = new LinkedHashMap<>();
        type(types, "virtio-pci", "pci-device", true, "vectors");
        type(types, "virtio-net-pci", "virtio-pci", false, "host_tso4");
        type(types, "virtio-iommu-pci", "virtio-pci", false);
        return new QemuBuild("72", new QemuVersion(7, 2, 22), "tiny 7.2", Map.of(), types, Map.of(), Map.of(),
                Provenance.UNKNOWN);
    }

    private static void type(Map<String, QomType> types, String name, String parent, boolean abstr, String... props) {
        Map<String, PropertyInfo> p = new LinkedHashMap<>();
        for (String s : props) p.put(s, new PropertyInfo(s, "bool", "on/off", "true"));
        types.put(name, new QomType(name, parent, abstr, p, true, Provenance.UNKNOWN));
    }
}
