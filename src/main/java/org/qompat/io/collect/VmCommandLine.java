package org.qompat.io.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a QEMU command line that decide what a migration destination rebuilds: the {@code -M} argument as
 * written (an alias such as {@code q35} resolves differently per binary), {@code -cpu}, and every property the
 * command line sets explicitly through {@code -device}, {@code -global}, {@code -object} and {@code -machine}.
 */
public record VmCommandLine(List<String> args, String machineArg, Map<String, String> machineProps, String cpuModel,
                            Map<String, String> cpuProps, List<Device> devices, List<Global> globals,
                            List<Device> objects, String name) {

    /** A {@code -device driver,id=…,prop=val} (or {@code -object type,id=…}); props exclude driver/id/bus. */
    public record Device(String driver, String id, Map<String, String> props) {
    }

    /** A {@code -global driver.prop=value}. */
    public record Global(String driver, String property, String value) {
    }

    public VmCommandLine {
        args = List.copyOf(args);
    }

    /** Parses {@code args} (without the binary); options Qompat does not interpret are kept but ignored. */
    public static VmCommandLine parse(List<String> args) {
        String machineArg = null;
        Map<String, String> machineProps = new LinkedHashMap<>();
        String cpu = null;
        Map<String, String> cpuProps = new LinkedHashMap<>();
        List<Device> devices = new ArrayList<>();
        List<Global> globals = new ArrayList<>();
        List<Device> objects = new ArrayList<>();
        String name = null;
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i).startsWith("--") ? args.get(i).substring(1) : args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (opt) {
                case "-M", "-machine" -> {
                    Map<String, String> kv = QemuOpts.parse(value, "type");
                    if (kv.containsKey("type")) machineArg = kv.remove("type");
                    machineProps.putAll(kv);
                    i++;
                }
                case "-cpu" -> {
                    List<String> parts = QemuOpts.split(value);
                    cpu = parts.isEmpty() ? null : parts.get(0);
                    for (String p : parts.subList(Math.min(1, parts.size()), parts.size())) {
                        if (p.startsWith("+") || p.startsWith("-")) {
                            cpuProps.put(p.substring(1), p.startsWith("+") ? "on" : "off");
                        } else {
                            int eq = p.indexOf('=');
                            cpuProps.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "on" : p.substring(eq + 1));
                        }
                    }
                    i++;
                }
                case "-device" -> {
                    devices.add(device(QemuOpts.parse(value, "driver"), "driver"));
                    i++;
                }
                case "-object" -> {
                    objects.add(device(QemuOpts.parse(value, "qom-type"), "qom-type"));
                    i++;
                }
                case "-global" -> {
                    globals.add(global(value));
                    i++;
                }
                case "-name" -> {
                    Map<String, String> kv = QemuOpts.parse(value, "guest");
                    name = kv.get("guest");
                    i++;
                }
                default -> {
                    // options that take no part in the guest ABI as Qompat models it
                }
            }
        }
        return new VmCommandLine(args, machineArg, machineProps, cpu, cpuProps, devices, globals, objects, name);
    }

    private static Device device(Map<String, String> kv, String typeKey) {
        String driver = kv.remove(typeKey);
        String id = kv.remove("id");
        kv.remove("bus"); // a placement option of qdev, not a QOM property
        return new Device(driver, id, kv);
    }

    /** {@code driver.prop=value}, or the long form {@code driver=d,property=p,value=v}. */
    private static Global global(String value) {
        if (value == null) return new Global(null, null, null);
        Map<String, String> kv = QemuOpts.parse(value, null);
        if (kv.containsKey("driver") && kv.containsKey("property")) {
            return new Global(kv.get("driver"), kv.get("property"), kv.get("value"));
        }
        int eq = value.indexOf('=');
        String lhs = eq < 0 ? value : value.substring(0, eq);
        int dot = lhs.lastIndexOf('.');
        return new Global(dot < 0 ? lhs : lhs.substring(0, dot), dot < 0 ? null : lhs.substring(dot + 1),
                eq < 0 ? null : value.substring(eq + 1));
    }
}
