package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VM's baseline as libvirt domain XML fragments: {@code <os><type machine=…>}, {@code <cpu mode='custom'>}, the
 * virtio-net offloads libvirt models natively ({@code <interface><driver><host …/><guest …/>}), and everything
 * else as {@code <qemu:override>} device properties (libvirt ≥ 8.2, keyed by the device alias, which is the id
 * QEMU shows under /machine/peripheral).
 */
public final class LibvirtXml {

    public static final String QEMU_NS = "http://libvirt.org/schemas/domain/qemu/1.0";

    /** QEMU property → (libvirt sub-element, attribute) of {@code <interface><driver>}, from formatdomain. */
    private static final Map<String, String[]> NATIVE_NET = new LinkedHashMap<>();

    static {
        for (String p : List.of("csum", "gso", "tso4", "tso6", "ecn", "ufo")) {
            NATIVE_NET.put(p.equals("csum") || p.equals("gso") ? p : "host_" + p, new String[] {"host", p});
        }
        NATIVE_NET.put("mrg_rxbuf", new String[] {"host", "mrg_rxbuf"});
        for (String p : List.of("csum", "tso4", "tso6", "ecn", "ufo")) {
            NATIVE_NET.put("guest_" + p, new String[] {"guest", p});
        }
    }

    private LibvirtXml() {
    }

    public static String render(VmBaseline vm) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- Qompat baseline for VM ").append(escape(vm.vm())).append(" -->\n");
        sb.append("<domain type='kvm' xmlns:qemu='").append(QEMU_NS).append("'>\n");
        if (vm.machineType() != null) {
            String arch = vm.machineType().startsWith("pc-") ? " arch='x86_64'" : "";
            sb.append("  <os>\n    <type").append(arch).append(" machine='").append(escape(vm.machineType()))
                    .append("'>hvm</type>\n  </os>\n");
        }
        if (vm.cpuModel() != null) {
            sb.append("  <cpu mode='custom' match='exact' check='full'>\n    <model fallback='forbid'>")
                    .append(escape(vm.cpuModel())).append("</model>\n  </cpu>\n");
        }
        Map<String, List<PropertyPin>> nativeByDevice = new LinkedHashMap<>();
        Map<String, List<PropertyPin>> overrideByDevice = new LinkedHashMap<>();
        List<PropertyPin> withoutId = new ArrayList<>();
        for (PropertyPin p : vm.pins()) {
            if (p.deviceId() == null) withoutId.add(p);
            else if (isNativeNet(p)) nativeByDevice.computeIfAbsent(p.deviceId(), k -> new ArrayList<>()).add(p);
            else overrideByDevice.computeIfAbsent(p.deviceId(), k -> new ArrayList<>()).add(p);
        }
        if (!nativeByDevice.isEmpty()) sb.append("  <devices>\n");
        nativeByDevice.forEach((id, pins) -> appendInterfaceDriver(sb, id, pins));
        if (!nativeByDevice.isEmpty()) sb.append("  </devices>\n");
        if (!overrideByDevice.isEmpty()) {
            sb.append("  <qemu:override>\n");
            overrideByDevice.forEach((id, pins) -> {
                sb.append("    <qemu:device alias='").append(escape(id)).append("'>\n      <qemu:frontend>\n");
                for (PropertyPin p : pins) {
                    sb.append("        <qemu:property name='").append(escape(p.property())).append("' type='")
                            .append(overrideType(p.value())).append("' value='")
                            .append(escape(overrideValue(p.value()))).append("'/>\n");
                }
                sb.append("      </qemu:frontend>\n    </qemu:device>\n");
            });
            sb.append("  </qemu:override>\n");
        }
        if (!withoutId.isEmpty()) {
            // devices libvirt creates without an alias we know: a -global reaches them through the command line
            sb.append("  <qemu:commandline>\n");
            for (PropertyPin p : withoutId) {
                sb.append("    <qemu:arg value='-global'/>\n    <qemu:arg value='").append(escape(p.globalSpelling()))
                        .append("'/>\n");
            }
            sb.append("  </qemu:commandline>\n");
        }
        sb.append("</domain>\n");
        return sb.toString();
    }

    public static String render(Baseline b) {
        StringBuilder sb = new StringBuilder();
        for (VmBaseline vm : b.vms()) sb.append(render(vm));
        return sb.toString();
    }

    private static boolean isNativeNet(PropertyPin p) {
        return p.driver().startsWith("virtio-net") && NATIVE_NET.containsKey(p.property())
                && PropertyValues.asBoolean(p.value()) != null;
    }

    private static void appendInterfaceDriver(StringBuilder sb, String id, List<PropertyPin> pins) {
        StringBuilder host = new StringBuilder();
        StringBuilder guest = new StringBuilder();
        for (PropertyPin p : pins) {
            String[] target = NATIVE_NET.get(p.property());
            StringBuilder into = target[0].equals("host") ? host : guest;
            into.append(' ').append(target[1]).append("='").append(PropertyValues.qemuSpelling(p.value())).append('\'');
        }
        sb.append("    <!-- merge into the <interface> whose <alias name='").append(escape(id)).append("'/> -->\n");
        sb.append("    <interface>\n      <driver>\n");
        if (host.length() > 0) sb.append("        <host").append(host).append("/>\n");
        if (guest.length() > 0) sb.append("        <guest").append(guest).append("/>\n");
        sb.append("      </driver>\n    </interface>\n");
    }

    static String overrideType(String value) {
        if (PropertyValues.asBoolean(value) != null) return "bool";
        if (value.matches("\\d+")) return "unsigned";
        if (value.matches("-\\d+")) return "signed";
        return "string";
    }

    static String overrideValue(String value) {
        Boolean b = PropertyValues.asBoolean(value);
        return b == null ? value : b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
