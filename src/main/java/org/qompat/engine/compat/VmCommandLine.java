package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qompat.model.Vm;

/**
 * What the engine needs from a VM's QEMU command line: the {@code -machine} argument, {@code -cpu},
 * every {@code -device} (with the QOM path QEMU gives it), {@code -global}s in order, {@code -netdev}
 * backends by id, and the accelerator. The destination is started with the same command line, so these are
 * the values that are identical on both sides.
 */
public final class VmCommandLine {

    /** A {@code -device} option: its driver, the QOM path QEMU puts it at, and its properties. */
    public record Device(String driver, String id, String qomPath, Map<String, String> properties, int argIndex) {
    }

    /** A {@code -global driver.property=value}. */
    public record Global(String driver, String property, String value, int argIndex) {
    }

    /** A {@code -netdev type,id=…} backend (also {@code -nic}). */
    public record Netdev(String type, String id, Map<String, String> options) {
    }

    public static final VmCommandLine EMPTY = new VmCommandLine(List.of());

    private final List<String> args;
    private String machineArg;
    private String cpu;
    private String accel;
    private final List<Device> devices = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final Map<String, Netdev> netdevs = new LinkedHashMap<>();
    private final Map<String, Device> devicesByPath = new java.util.HashMap<>();

    private VmCommandLine(List<String> args) {
        this.args = List.copyOf(args);
        parse();
    }

    public static VmCommandLine of(Vm vm) {
        if (vm == null || vm.commandLine().isEmpty()) return EMPTY;
        return new VmCommandLine(vm.commandLine());
    }

    public static VmCommandLine of(List<String> args) {
        return new VmCommandLine(args);
    }

    private void parse() {
        int anon = 0;
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i);
            if (opt.startsWith("--")) opt = opt.substring(1);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (opt) {
                case "-M":
                case "-machine": {
                    if (next == null) break;
                    Map<String, String> o = QemuOptions.parse(next, "type");
                    if (o.containsKey("type")) machineArg = o.get("type");
                    if (o.containsKey("accel")) accel = o.get("accel");
                    i++;
                    break;
                }
                case "-cpu":
                    if (next != null) cpu = QemuOptions.parse(next, "model").get("model");
                    i++;
                    break;
                case "-enable-kvm":
                    accel = "kvm";
                    break;
                case "-accel":
                    if (next != null) accel = QemuOptions.parse(next, "accel").get("accel");
                    i++;
                    break;
                case "-device": {
                    if (next == null) break;
                    Map<String, String> o = next.startsWith("{") ? JsonDeviceOption.parse(next)
                            : QemuOptions.parse(next, "driver");
                    String driver = o.remove("driver");
                    String id = o.remove("id");
                    String path = id != null ? "/machine/peripheral/" + id
                            : "/machine/peripheral-anon/device[" + (anon++) + "]";
                    Device d = new Device(driver, id, path, Map.copyOf(o), i + 1);
                    devices.add(d);
                    devicesByPath.put(path, d);
                    i++;
                    break;
                }
                case "-global": {
                    if (next == null) break;
                    addGlobal(next, i + 1);
                    i++;
                    break;
                }
                case "-netdev":
                case "-nic": {
                    if (next == null) break;
                    Map<String, String> o = QemuOptions.parse(next, "type");
                    String id = o.getOrDefault("id", opt.equals("-nic") ? "__nic" + netdevs.size() : "");
                    netdevs.put(id, new Netdev(o.get("type"), id, Map.copyOf(o)));
                    i++;
                    break;
                }
                default:
                    break;
            }
        }
    }

    private void addGlobal(String text, int index) {
        Map<String, String> o = QemuOptions.parse(text, null);
        if (o.containsKey("driver") && o.containsKey("property")) {
            globals.add(new Global(o.get("driver"), o.get("property"), o.get("value"), index));
            return;
        }
        int eq = text.indexOf('=');
        String lhs = eq < 0 ? text : text.substring(0, eq);
        int dot = lhs.lastIndexOf('.');
        if (dot <= 0) return;
        globals.add(new Global(lhs.substring(0, dot), lhs.substring(dot + 1), eq < 0 ? "on" : text.substring(eq + 1),
                index));
    }

    public List<String> args() {
        return args;
    }

    public boolean isEmpty() {
        return args.isEmpty();
    }

    /** The {@code -machine} type as written (alias, versioned name), or null when there is no {@code -M}. */
    public String machineArg() {
        return machineArg;
    }

    public String cpu() {
        return cpu;
    }

    /** {@code kvm}, {@code tcg} … or null when the command line does not say. */
    public String accel() {
        return accel;
    }

    public List<Device> devices() {
        return devices;
    }

    public List<Global> globals() {
        return globals;
    }

    public Optional<Device> deviceAt(String qomPath) {
        return Optional.ofNullable(devicesByPath.get(qomPath));
    }

    public Optional<Netdev> netdev(String id) {
        return Optional.ofNullable(netdevs.get(id));
    }

    public Map<String, Netdev> netdevs() {
        return netdevs;
    }
}
