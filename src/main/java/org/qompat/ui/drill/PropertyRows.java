package org.qompat.ui.drill;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.EffectiveProperties;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.PropertyComparison;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The rows of the QOM tree table for a VM between two hosts: the engine's effective value of every property on
 * each side (class default → the machine type's compat entries on that build → the VM's own settings), with the
 * origin of each in the words the table shows.
 */
final class PropertyRows {

    private PropertyRows() {
    }

    static List<PropertyRow> compare(Vm vm, Host from, Host to) {
        List<PropertyRow> rows = new ArrayList<>();
        for (PropertyComparison c : EffectiveProperties.compare(vm, from, to)) {
            PropertyRow.Side src = side(c.source());
            PropertyRow.Side dst = side(c.destination());
            // a property only one build has, with no value known on that side (a CPU feature flag of a newer
            // QEMU, say), proves nothing about the guest: listing it among the differences buries the real ones
            boolean differs = c.differs() && !PropertyRow.unknownOnOneSideOnly(src, dst);
            rows.add(new PropertyRow(c.path(), c.type(), c.property(), src, dst, differs));
        }
        return rows;
    }

    static PropertyRow.Side side(EffectiveValue v) {
        if (v == null) return null;
        String detail = switch (v.origin()) {
            case COMPAT_ENTRY -> v.compatEntry() == null ? "" : v.compatEntry().describe();
            default -> "";
        };
        if (v.aliasOf() != null && !v.aliasOf().isBlank()) detail = (detail.isEmpty() ? "" : detail + " · ") + "alias of " + v.aliasOf();
        return new PropertyRow.Side(v.value(), origin(v), detail, v.provenance());
    }

    static String origin(EffectiveValue v) {
        return switch (v.origin()) {
            case CLASS_DEFAULT -> "class default";
            case COMPAT_ENTRY -> v.compatEntry() == null || v.compatEntry().origin() == null || v.compatEntry().origin().isBlank()
                    ? "compat entry" : "compat entry " + v.compatEntry().origin();
            case EXPLICIT -> "explicit";
            case OBSERVED -> "observed";
            case NO_DEFAULT -> "no default";
        };
    }
}
