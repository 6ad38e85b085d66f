package org.qompat.io.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.model.FirmwareFile;
import org.qompat.model.VfioDeviceModel;

/**
 * The demo fleet's shape: three clusters of 24 hosts in all, and where each of the 12 VMs runs. Kept apart from
 * the builder so that the story the samples tell can be read in one place (samples/README.md tells it in prose).
 */
final class DemoFleetLayout {

    static final String K_612 = "6.12.38+deb13-amd64";
    static final String K_61 = "6.1.0-28-amd64";
    static final String K_68 = "6.8.0-51-generic";

    /** A GPU partition model after the VFIO migration RFC: the profile must be offered by the destination. */
    static final VfioDeviceModel MIG_FULL = new VfioDeviceModel("nvidia.com/a100-mig",
            Map.of("profile", List.of("1g.5gb", "2g.10gb", "3g.20gb"), "driver-version", List.of("535-550")));
    static final VfioDeviceModel MIG_SMALL = new VfioDeviceModel("nvidia.com/a100-mig",
            Map.of("profile", List.of("1g.5gb"), "driver-version", List.of("535-550")));

    /** iPXE built later than bookworm's: efi-e1000.rom outgrows the 256 KiB ROM BAR (constructed). */
    static final FirmwareFile NEWER_IPXE_E1000 = new FirmwareFile("efi-e1000.rom", 286720, null);

    private DemoFleetLayout() {
    }

    static List<DemoHostSpec> hosts() {
        List<DemoHostSpec> out = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String rack = i <= 4 ? "r1" : i <= 8 ? "r2" : "r3";
            String name = String.format("east-%s-n%02d", rack, i);
            if (i <= 6) {
                out.add(new DemoHostSpec(name, "east", rack, "10.0.2-milan", K_612, CpuProfiles.MILAN, Map.of(),
                        i <= 4 ? List.of(MIG_FULL) : List.of(), "QEMU 10.0.2 (collected build), kernel " + K_612
                        + ", AMD EPYC 7763"));
            } else if (i <= 8) {
                out.add(new DemoHostSpec(name, "east", rack, "10.0.2-milan", K_61, CpuProfiles.MILAN, Map.of(),
                        List.of(), "QEMU 10.0.2 (collected build), still on kernel " + K_61 + " (no tap USO)"));
            } else {
                out.add(new DemoHostSpec(name, "east", rack, "9.1.3-milan", K_612, CpuProfiles.MILAN, Map.of(),
                        List.of(), "QEMU 9.1.3 (derived build), kernel " + K_612));
            }
        }
        for (int i = 1; i <= 8; i++) {
            String rack = i <= 4 ? "r1" : "r2";
            String name = String.format("west-%s-n%02d", rack, i);
            if (i <= 4) {
                out.add(new DemoHostSpec(name, "west", rack, "7.2.22-icelake", K_61, CpuProfiles.ICELAKE,
                        Map.of(), List.of(), "QEMU 7.2.22 (collected build), Debian 12 kernel, Xeon Gold 6338"));
            } else if (i <= 6) {
                out.add(new DemoHostSpec(name, "west", rack, "8.2.2-cascadelake", K_68, CpuProfiles.CASCADELAKE,
                        Map.of(), List.of(), "QEMU 8.2.2 (derived build), Ubuntu 24.04 kernel, Xeon Gold 6230R"));
            } else {
                out.add(new DemoHostSpec(name, "west", rack, "9.0.0-icelake", K_61, CpuProfiles.ICELAKE,
                        Map.of(), List.of(), "QEMU 9.0.0 (derived build), Debian 12 kernel, Xeon Gold 6338"));
            }
        }
        out.add(new DemoHostSpec("lab-l2-n03", "lab", "l2", "10.0.2-vendor-milan", K_612, CpuProfiles.MILAN,
                Map.of(), List.of(), "QEMU 10.0.2 with a vendor patch bumping virtio-balloon's VMState version"));
        out.add(new DemoHostSpec("lab-l2-n04", "lab", "l2", "10.0.2-milan", K_612, CpuProfiles.MILAN,
                Map.of(NEWER_IPXE_E1000.name(), NEWER_IPXE_E1000), List.of(MIG_SMALL),
                "QEMU 10.0.2 with a newer iPXE package (efi-e1000.rom 286720 bytes) and 1g.5gb GPU partitions"));
        out.add(new DemoHostSpec("lab-l2-n05", "lab", "l2", "10.0.2-milan", K_612, CpuProfiles.MILAN, Map.of(),
                List.of(MIG_SMALL), "QEMU 10.0.2, GPU host offering 1g.5gb partitions only"));
        out.add(new DemoHostSpec("lab-l2-n06", "lab", "l2", "10.0.2-milan", K_612, CpuProfiles.MILAN, Map.of(),
                List.of(MIG_FULL), "QEMU 10.0.2, GPU host offering every partition size"));
        return out;
    }

    /** VM → the host it runs on. */
    static Map<String, String> placement() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("web-1", "west-r1-n01");
        p.put("legacy-1", "west-r1-n02");
        p.put("legacy-text", "west-r1-n03");
        p.put("web-2", "east-r1-n02");
        p.put("db-1", "east-r1-n03");
        p.put("cache-1", "east-r1-n04");
        p.put("gpu-1", "east-r1-n01");
        p.put("api-1", "east-r2-n05");
        p.put("ml-1", "east-r2-n06");
        p.put("batch-1", "east-r3-n09");
        p.put("store-1", "east-r2-n05");
        p.put("infra-1", "lab-l2-n03");
        return p;
    }
}
