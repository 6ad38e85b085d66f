package org.qompat.engine.investigate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.qompat.engine.DeviceProperties;
import org.qompat.engine.EffectiveProperties;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.MachineResolution;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * One side of a QOM tree comparison: a tree, a label for people ("web-1 on 10.0.2") and how to get a node's
 * property values — as observed in the tree, or the effective values on a build and machine type.
 */
public record QomSide(String label, QomNode root, Function<QomNode, Map<String, PropertyValue>> values) {

    /** A property value and where it came from ("observed in the tree", "class default", "compat entry …"). */
    public record PropertyValue(String value, String origin) {
    }

    /** The values the tree itself carries (a qom-tree dump, a collected VM). */
    public static QomSide observed(String label, QomNode root) {
        return new QomSide(label, root, node -> {
            Map<String, PropertyValue> out = new LinkedHashMap<>();
            node.properties().forEach((k, v) -> out.put(k, new PropertyValue(v, "observed in the tree")));
            return out;
        });
    }

    /**
     * The effective values of {@code vm}'s devices on {@code build}: class default → the machine type's compat
     * entries on that build → the VM's own options (the engine's {@link EffectiveProperties}). The machine type is
     * what the VM's command line resolves to on that build. Nodes the engine has no values for show none.
     */
    public static QomSide effective(String label, Vm vm, QemuBuild build) {
        String machine = MachineResolution.resolve(vm, build).nameOr(vm.machineType());
        Map<String, DeviceProperties> all = EffectiveProperties.forVm(vm, build, machine);
        return new QomSide(label + " (" + machine + ")", vm.root(), node -> {
            Map<String, PropertyValue> out = new LinkedHashMap<>();
            DeviceProperties dp = all.get(node.path());
            if (dp == null) return out;
            dp.values().forEach((k, v) -> out.put(k, new PropertyValue(v.value(), origin(v))));
            return out;
        });
    }

    static String origin(EffectiveValue v) {
        return switch (v.origin()) {
            case COMPAT_ENTRY -> "compat entry " + v.compatEntry().describe();
            case CLASS_DEFAULT -> "class default";
            case EXPLICIT -> "set on the command line";
            case OBSERVED -> "observed in the VM's QOM tree";
            case NO_DEFAULT -> "no default";
        };
    }
}
