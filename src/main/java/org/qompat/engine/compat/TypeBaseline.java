package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.ResolutionStep;
import org.qompat.engine.ValueOrigin;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.PropertyInfo;
import org.qompat.model.Provenance;
import org.qompat.model.QomType;

/**
 * What every instance of one device type gets on one build and machine type before the VM's own options:
 * the class default of each property, then the machine type's compat entries applied in table order (later
 * wins), matched by QOM subtype. Shared by all VMs.
 *
 * @param typeExists   the build registers the type
 * @param propertiesKnown the build's property list (device-list-properties) for the type was collected
 * @param compatKnown  the machine type's compat table is known on this build
 */
public record TypeBaseline(String type, String machine, boolean typeExists, boolean propertiesKnown,
                           boolean compatKnown, Map<String, EffectiveValue> values) {

    static TypeBaseline compute(BuildIndex index, String machine, String type) {
        QomType qt = index.type(type);
        Map<String, EffectiveValue> values = new LinkedHashMap<>();
        boolean known = qt != null && qt.propertiesKnown();
        if (qt != null) {
            for (PropertyInfo p : qt.properties().values()) {
                boolean has = p.defaultValue() != null;
                ValueOrigin origin = has ? ValueOrigin.CLASS_DEFAULT : ValueOrigin.NO_DEFAULT;
                String desc = has ? "class default of " + type + " on " + index.build().label()
                        : type + "." + p.name() + " has no default value on " + index.build().label();
                ResolutionStep step = new ResolutionStep(origin, p.defaultValue(), null, desc, qt.provenance());
                values.put(p.name(), new EffectiveValue(p.name(), p.defaultValue(), origin, null, qt.provenance(),
                        null, List.of(step), p.type()));
            }
        }
        MachineType mt = index.machine(machine);
        for (BuildIndex.IndexedEntry ie : index.entriesHitting(machine, type)) {
            CompatProperty c = ie.entry();
            EffectiveValue before = values.get(c.property());
            // A compat entry for a property the type lacks does not apply (QEMU's "optional" entries, or an
            // entry for a sibling subtype); when the property list was never collected we cannot tell, so apply.
            if (before == null && known) continue;
            List<ResolutionStep> steps = new ArrayList<>(before == null ? List.of() : before.steps());
            String via = c.qomType().equals(type) ? "" : " (matches " + type + " as a subtype of " + c.qomType() + ")";
            steps.add(new ResolutionStep(ValueOrigin.COMPAT_ENTRY, c.value(), c,
                    "compat entry #" + ie.position() + " of " + machine + " on " + index.build().label() + ": "
                            + c.describe() + via, c.provenance()));
            values.put(c.property(), new EffectiveValue(c.property(), c.value(), ValueOrigin.COMPAT_ENTRY, c,
                    c.provenance() == null ? Provenance.UNKNOWN : c.provenance(), null, steps,
                    before == null ? null : before.propertyType()));
        }
        return new TypeBaseline(type, machine, qt != null, known, mt != null && mt.compatPropsKnown(),
                Collections.unmodifiableMap(values));
    }
}
