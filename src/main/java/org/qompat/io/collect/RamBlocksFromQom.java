package org.qompat.io.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qompat.model.QomNode;
import org.qompat.model.RamBlock;

/**
 * The RAM blocks a VM sends that a destination must have with the same size, read from its QOM tree: guest RAM
 * (memory backends under /objects), the BIOS ({@code pc.bios}, sized by the machine's {@code firmware} file),
 * {@code pc.rom}, PCI option ROMs ({@code <driver>.rom}, sized by the device's {@code romfile} rounded up to a
 * power of two) and video RAM ({@code vga.vram}). Ids follow QEMU's RAM block idstr: {@code 0000:00:01.0/
 * virtio-net-pci.rom} for devices on the root PCI bus, the bare region name otherwise.
 */
public final class RamBlocksFromQom {

    private static final Pattern INDEXED = Pattern.compile("(.*)\\[\\d+]$");

    private RamBlocksFromQom() {
    }

    public static List<RamBlock> derive(QomNode root) {
        List<RamBlock> out = new ArrayList<>();
        String firmware = root.find("/machine").map(m -> m.properties().get("firmware")).orElse(null);
        collect(root, null, firmware, out);
        return out;
    }

    private static void collect(QomNode n, QomNode device, String firmware, List<RamBlock> out) {
        if (n.path().startsWith("/objects/") && n.type() != null && n.type().startsWith("memory-backend")
                && n.properties().containsKey("size")) {
            out.add(new RamBlock(n.name(), parse(n.properties().get("size")), null));
        }
        if ("memory-region".equals(n.type()) && n.properties().containsKey("size")) {
            String region = regionName(n.name());
            long size = parse(n.properties().get("size"));
            if (region.equals("pc.bios")) {
                out.add(new RamBlock("pc.bios", size, firmware == null || firmware.isBlank() ? null : firmware));
            } else if (region.equals("pc.rom")) {
                out.add(new RamBlock("pc.rom", size, null));
            } else if (device != null && region.endsWith(".rom")
                    && !device.properties().getOrDefault("romfile", "").isBlank()) {
                out.add(new RamBlock(devicePrefix(device) + region, size, device.properties().get("romfile")));
            } else if (device != null && region.equals("vga.vram")) {
                out.add(new RamBlock(devicePrefix(device) + region, size, null));
            }
        }
        QomNode owner = n.properties().containsKey("romfile") ? n : device;
        for (QomNode c : n.children()) collect(c, owner, firmware, out);
    }

    /** {@code 0000:00:01.0/} for a device on the root PCI bus (legacy-addr "01.0"); empty otherwise. */
    private static String devicePrefix(QomNode device) {
        String bus = device.properties().getOrDefault("parent_bus", "");
        String addr = device.properties().get("legacy-addr");
        boolean rootBus = bus.endsWith("/pcie.0") || bus.endsWith("/pci.0");
        return rootBus && addr != null && !addr.isEmpty() ? "0000:00:" + addr + "/" : "";
    }

    private static String regionName(String name) {
        Matcher m = INDEXED.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    private static long parse(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
