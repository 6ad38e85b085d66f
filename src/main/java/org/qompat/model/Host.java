package org.qompat.model;

import java.util.List;
import java.util.Map;

/**
 * A host of the fleet: its labels (cluster, rack …), kernel, CPU, platform features, firmware files, the VFIO
 * device models it offers and the QEMU build it runs. {@code build} may be shared with other hosts.
 */
public record Host(String name, Map<String, String> labels, String kernelRelease, CpuInfo cpu,
                   Map<String, PlatformFeature> features, Map<String, FirmwareFile> firmware,
                   List<VfioDeviceModel> vfioModels, QemuBuild build, Provenance provenance) {

    public Host {
        labels = Map.copyOf(labels);
        features = Map.copyOf(features);
        firmware = Map.copyOf(firmware);
        vfioModels = List.copyOf(vfioModels);
    }

    public String label(String key) {
        return labels.getOrDefault(key, "");
    }

    public Host withName(String newName) {
        return new Host(newName, labels, kernelRelease, cpu, features, firmware, vfioModels, build, provenance);
    }

    public Host withBuild(QemuBuild newBuild) {
        return new Host(name, labels, kernelRelease, cpu, features, firmware, vfioModels, newBuild, provenance);
    }

    public Host withFeatures(String newKernel, Map<String, PlatformFeature> newFeatures) {
        return new Host(name, labels, newKernel, cpu, newFeatures, firmware, vfioModels, build, provenance);
    }

    public Host withLabels(Map<String, String> newLabels) {
        return new Host(name, newLabels, kernelRelease, cpu, features, firmware, vfioModels, build, provenance);
    }
}
