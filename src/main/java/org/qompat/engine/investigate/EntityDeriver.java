package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds what can be derived from the entities a pattern captured: the device and PCI address inside a section id
 * or RAM block id ({@code 0000:00:02.0/virtio-net}), the refused feature bits of a feature mask pair with their
 * properties and platform needs, each feature of a CPU feature list, the QOM type and path of a -device option,
 * the register at a PCI config offset. The rest of the decoder only reads entities.
 */
final class EntityDeriver {

    private record Described(Pattern regex, String text) {
    }

    private final VirtioFeatureTable bits;
    private final List<Described> ramBlocks = new ArrayList<>();
    private final List<long[]> registerRanges = new ArrayList<>();
    private final List<String[]> registerTexts = new ArrayList<>();

    EntityDeriver(VirtioFeatureTable bits) {
        this.bits = bits;
        for (DataTable.Row r : DataTable.rows("ram-blocks.txt")) {
            String[] c = r.cells(2, "ram-blocks.txt");
            ramBlocks.add(new Described(Pattern.compile(c[0]), c[1]));
        }
        for (DataTable.Row r : DataTable.rows("pci-config-registers.txt")) {
            String[] c = r.cells(4, "pci-config-registers.txt");
            registerRanges.add(new long[] {Long.decode(c[0]), Long.decode(c[1])});
            registerTexts.add(new String[] {c[2], c[3]});
        }
    }

    /** Captured entities plus the derived ones, without duplicates, in a stable order. */
    List<Entity> derive(List<Entity> captured) {
        Set<Entity> out = new LinkedHashSet<>(captured);
        for (Entity e : captured) {
            switch (e.kind()) {
                case SECTION, VMSD -> splitQdevId(e.value(), out);
                case RAM_BLOCK -> splitQdevId(e.value().replaceFirst("\\.rom$", ""), out);
                case OPTION -> deviceOption(e.value(), out);
                case CPU_FEATURES -> {
                    for (String f : e.value().split(",\\s*")) if (!f.isBlank()) out.add(new Entity(EntityKind.CPU_FEATURE, f));
                }
                case OFFSET -> out.add(new Entity(EntityKind.REGISTER, register(e.value())[0]));
                default -> {
                }
            }
        }
        String features = value(captured, EntityKind.FEATURES);
        String allowed = value(captured, EntityKind.ALLOWED);
        if (features != null && allowed != null) {
            for (FeatureBit b : refused(features, allowed)) {
                out.add(new Entity(EntityKind.FEATURE_BIT, b.describe()));
                if (!b.property().isEmpty()) out.add(new Entity(EntityKind.PROPERTY, b.property()));
                if (b.requirement() != null) {
                    out.add(new Entity(EntityKind.PLATFORM_FEATURE, b.requirement().platformFeature()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    List<FeatureBit> refused(String features, String allowed) {
        return bits.refused(VirtioFeatureTable.parseMask(features), VirtioFeatureTable.parseMask(allowed));
    }

    /** The register name and the usual reason for a config offset given in hex. */
    String[] register(String hexOffset) {
        long off = Long.parseLong(hexOffset, 16);
        for (int i = 0; i < registerRanges.size(); i++) {
            long[] r = registerRanges.get(i);
            if (off >= r[0] && off <= r[1]) return registerTexts.get(i);
        }
        return new String[] {"offset 0x" + hexOffset, "a configuration difference"};
    }

    String ramBlockKind(String id) {
        for (Described d : ramBlocks) if (d.regex().matcher(id).find()) return d.text();
        return "";
    }

    /**
     * A qdev id is the device's bus path then '/' then the VMState name: {@code 0000:00:02.0:00.0/virtio-net}
     * (behind a root port), {@code 0000:00:01.0/nvme}; ids without '/' ({@code slirp}, {@code ram}) are the name.
     */
    private static void splitQdevId(String id, Set<Entity> out) {
        int slash = id.lastIndexOf('/');
        if (id.startsWith("/")) return; // a path-like RAM block (/rom@etc/acpi/tables) names no device
        String name = slash < 0 ? id : id.substring(slash + 1);
        if (slash > 0) out.add(new Entity(EntityKind.PCI_ADDRESS, id.substring(0, slash)));
        if (!name.isEmpty() && !"ram".equals(name)) out.add(new Entity(EntityKind.DEVICE, name));
    }

    /** {@code virtio-net-pci,id=net0,netdev=n0} → QOM type virtio-net-pci, QOM path /machine/peripheral/net0. */
    private static void deviceOption(String option, Set<Entity> out) {
        String[] parts = option.split(",");
        String driver = null;
        for (String p : parts) {
            if (p.startsWith("driver=")) driver = p.substring(7);
            if (p.startsWith("id=")) out.add(new Entity(EntityKind.QOM_PATH, "/machine/peripheral/" + p.substring(3)));
        }
        if (driver == null && !parts[0].contains("=")) driver = parts[0];
        if (driver != null) out.add(new Entity(EntityKind.QOM_TYPE, driver));
    }

    private static String value(List<Entity> es, EntityKind k) {
        for (Entity e : es) if (e.kind() == k) return e.value();
        return null;
    }
}
