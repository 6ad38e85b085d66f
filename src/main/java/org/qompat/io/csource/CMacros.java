package org.qompat.io.csource;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the string expressions of compat entries ({@code "qemu64" "-" TYPE_X86_CPU}): adjacent literals
 * concatenate, macros resolve through the file's own defines, then the checkout's headers, then a small built-in
 * table of well-known QOM type names (which also settles names a header defines differently per target).
 */
final class CMacros {

    /** Type-name macros used by compat arrays, for checkouts whose headers are not at hand (qemu-system-x86_64). */
    static final Map<String, String> BUILTIN = Map.ofEntries(
            Map.entry("TYPE_PCI_DEVICE", "pci-device"),
            Map.entry("TYPE_X86_CPU", "x86_64-cpu"),
            Map.entry("TYPE_VIRTIO_NET", "virtio-net-device"),
            Map.entry("TYPE_VIRTIO_DEVICE", "virtio-device"),
            Map.entry("TYPE_VIRTIO_PCI", "virtio-pci"),
            Map.entry("TYPE_VIRTIO_IOMMU_PCI", "virtio-iommu-pci"),
            Map.entry("TYPE_PCI_BRIDGE", "base-pci-bridge"),
            Map.entry("TYPE_ACPI_GED", "acpi-ged"),
            Map.entry("TYPE_INTEL_IOMMU_DEVICE", "intel-iommu"),
            Map.entry("TYPE_ICH9_LPC_DEVICE", "ICH9-LPC"),
            Map.entry("TYPE_KVM_ACCEL", "kvm-accel"),
            Map.entry("TYPE_USB_DEVICE", "usb-device"),
            Map.entry("TYPE_MACHINE_SUFFIX", "-machine"));

    /** A macro that could not be turned into a string. */
    static final class Unresolved extends Exception {
        final String name;

        Unresolved(String name, String why) {
            super(why);
            this.name = name;
        }
    }

    private final Map<String, CDefine> local = new LinkedHashMap<>();
    private final HeaderDefines headers;

    CMacros(List<CDefine> fileDefines, HeaderDefines headers) {
        for (CDefine d : fileDefines) local.putIfAbsent(d.name(), d);
        this.headers = headers;
    }

    /** A function-like macro of the file itself (e.g. {@code PC_CPU_MODEL_IDS}), or null. */
    CDefine functionLike(String name) {
        CDefine d = local.get(name);
        return d != null && d.functionLike() ? d : null;
    }

    String evaluate(List<CToken> expr) throws Unresolved {
        return evaluate(expr, new LinkedHashSet<>());
    }

    private String evaluate(List<CToken> expr, Set<String> active) throws Unresolved {
        StringBuilder b = new StringBuilder();
        boolean any = false;
        for (CToken t : expr) {
            switch (t.kind()) {
                case STRING -> {
                    b.append(t.text());
                    any = true;
                }
                case IDENT -> {
                    b.append(value(t.text(), active));
                    any = true;
                }
                case PUNCT -> {
                    if (!t.is("(") && !t.is(")")) throw new Unresolved(t.text(), "unexpected \"" + t.text() + "\"");
                }
                default -> throw new Unresolved(t.text(), "expected a string, found " + t.text());
            }
        }
        if (!any) throw new Unresolved("", "empty expression");
        return b.toString();
    }

    private String value(String name, Set<String> active) throws Unresolved {
        if (!active.add(name)) throw new Unresolved(name, "macro " + name + " refers to itself");
        try {
            CDefine own = local.get(name);
            if (own != null && !own.functionLike()) return evaluate(own.body(), active);
            Set<String> values = new LinkedHashSet<>();
            for (CDefine d : headers.get(name)) {
                try {
                    values.add(evaluate(d.body(), active));
                } catch (Unresolved ignored) {
                    // a definition that is not a string (another target's variant): the others may be
                }
            }
            if (values.size() == 1) return values.iterator().next();
            if (BUILTIN.containsKey(name)) return BUILTIN.get(name);
            if (!values.isEmpty()) return values.iterator().next();
            throw new Unresolved(name, "unresolved macro " + name);
        } finally {
            active.remove(name);
        }
    }
}
