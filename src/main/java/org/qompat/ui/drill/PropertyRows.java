package org.qompat.ui.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.qompat.model.Host;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * The rows of the QOM tree table for a VM between two hosts. Interim: until the engine's effective-property
 * resolution is on main, both sides show the values observed in the VM's QOM tree, marked as observed.
 */
final class PropertyRows {

    private PropertyRows() {
    }

    static List<PropertyRow> compare(Vm vm, Host from, Host to) {
        List<PropertyRow> rows = new ArrayList<>();
        if (vm.root() == null) return rows;
        for (QomNode n : vm.root().flatten()) {
            for (String p : new TreeSet<>(n.properties().keySet())) {
                String origin = n.explicitProperties().contains(p) ? "explicit" : "observed";
                PropertyRow.Side side = new PropertyRow.Side(n.properties().get(p), origin, "", n.provenance());
                rows.add(new PropertyRow(n.path(), n.type(), p, side, side));
            }
        }
        return rows;
    }
}
