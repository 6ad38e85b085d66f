package org.qompat.io.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.io.collect.TapOffloads;
import org.qompat.model.CpuInfo;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.VfioDeviceModel;

/**
 * One host of the demo fleet that was not collected: which collected host it is derived from, and what differs
 * (build, kernel, CPU, firmware, VFIO models). {@link #derive} applies it and records how.
 */
record DemoHostSpec(String name, String cluster, String rack, String buildKey, String kernel, CpuInfo cpu,
                    Map<String, FirmwareFile> firmwareEdits, List<VfioDeviceModel> vfio, String why) {

    static final String SOURCE = "samples/README.md";

    Host derive(Host template, QemuBuild build) {
        String how = "derived from collected host " + template.name() + ": " + why;
        Map<String, PlatformFeature> features = new LinkedHashMap<>();
        features.put(PlatformFeature.KVM, new PlatformFeature(PlatformFeature.KVM, true,
                "assumed for a production hypervisor (derived host, not probed)", Provenance.derived(SOURCE, how)));
        features.put(PlatformFeature.VHOST_NET, new PlatformFeature(PlatformFeature.VHOST_NET, true,
                "assumed for a production hypervisor (derived host, not probed)", Provenance.derived(SOURCE, how)));
        features.putAll(TapOffloads.derive(kernel, SOURCE));
        Map<String, FirmwareFile> firmware = new LinkedHashMap<>(template.firmware());
        firmware.putAll(firmwareEdits);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("cluster", cluster);
        labels.put("rack", rack);
        return new Host(name, labels, kernel, cpu, features, firmware, vfio, build, Provenance.derived(SOURCE, how));
    }
}
