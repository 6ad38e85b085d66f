package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qompat.engine.EffectiveValue;
import org.qompat.engine.PropertyValues;
import org.qompat.engine.Severity;
import org.qompat.engine.ValueOrigin;

/**
 * Compares one device type's baselines on two builds (class default → compat entries of each side's machine
 * type). A value that differs is a guest-ABI change: a blocker. A property that exists on one side only is
 * judged by what it would do (checked against real 7.2 ↔ 10.0 migrations, see GroundTruthMigrationTest):
 * <ul>
 *   <li>pinned by that side's compat table → that side restores the old behaviour: fine;</li>
 *   <li>a known guest-visible feature bit (the properties of {@code platform-requirements.json}, e.g.
 *       {@code host_uso}) that is on and not pinned → the guest may use a feature the other side lacks: blocker;</li>
 *   <li>off, without a default, a host-side kind (list, string, link), an {@code x-} internal knob → fine;</li>
 *   <li>only on the older build → the newer build dropped it when its old machine types went away: fine;</li>
 *   <li>anything else only on the newer build → a note (INFO). QEMU adds a compat entry whenever a new default
 *       changes what old machine types show the guest, so an unpinned new property almost always makes the old
 *       behaviour configurable (q35-pcihost {@code smm-ranges}, PIIX3 {@code has-acpi} …, which migrate fine);
 *       equal versions with different builds → warning.</li>
 * </ul>
 * Host-side properties and known equivalent defaults come from {@link PropertyFacts}.
 */
public final class TypeDiff {

    private TypeDiff() {
    }

    public static List<PropertyDifference> compare(TypeBaseline src, BuildIndex srcIndex, TypeBaseline dst,
                                                   BuildIndex dstIndex) {
        List<PropertyDifference> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(src.values().keySet());
        names.addAll(dst.values().keySet());
        int age = srcIndex.build().version().compareTo(dstIndex.build().version());
        PropertyFacts facts = PropertyFacts.get();
        for (String p : names) {
            EffectiveValue s = src.values().get(p);
            EffectiveValue d = dst.values().get(p);
            if (facts.hostSide(srcIndex, src.type(), p) || facts.hostSide(dstIndex, dst.type(), p)) continue;
            if (s != null && d != null) {
                if (s.value() == null && d.value() == null) continue;
                if (s.value() != null && d.value() != null
                        && facts.equivalent(srcIndex, src.type(), p, s.value(), d.value())) continue;
                if (s.value() == null || d.value() == null) {
                    out.add(new PropertyDifference(p, s, d, Severity.WARNING,
                            "one build gives it no default value, so Qompat cannot tell what the device does there"));
                } else {
                    out.add(new PropertyDifference(p, s, d, Severity.BLOCKER, "the guest-visible device changes"));
                }
                continue;
            }
            EffectiveValue only = s != null ? s : d;
            boolean onNewer = s != null ? age > 0 : age < 0;
            boolean feature = GuestFeatures.isFeatureBit(s != null ? srcIndex : dstIndex, src.type(), p);
            PropertyDifference diff = oneSided(p, s, d, only, onNewer, age == 0, feature);
            if (diff != null) out.add(diff);
        }
        return out;
    }

    private static PropertyDifference oneSided(String p, EffectiveValue s, EffectiveValue d, EffectiveValue only,
                                               boolean onNewer, boolean sameVersion, boolean feature) {
        if (only.origin() == ValueOrigin.COMPAT_ENTRY || only.origin() == ValueOrigin.NO_DEFAULT
                || only.value() == null) return null;
        String side = s != null ? "source" : "destination";
        if (PropertyValues.isOff(only.value()) || hostSideKind(only.propertyType())) return null;
        if (feature && PropertyValues.isOn(only.value())) {
            return new PropertyDifference(p, s, d, Severity.BLOCKER, "it is a guest-visible feature bit that exists"
                    + " only on the " + side + " build, where it is on and the machine type's compat table does not"
                    + " pin it off: the guest may use a feature the other side does not have");
        }
        if (!onNewer && !sameVersion) return null;
        if (p.startsWith("x-")) return null;
        return new PropertyDifference(p, s, d, sameVersion ? Severity.WARNING : Severity.INFO, "it exists only on the "
                + side + " build and no compat entry pins it; QEMU adds compat entries when a default changes what"
                + " old machine types show the guest, so this is most likely the old behaviour made configurable");
    }

    private static boolean hostSideKind(String propertyType) {
        if (propertyType == null) return false;
        return propertyType.equals("str") || propertyType.equals("string") || propertyType.equals("list")
                || propertyType.startsWith("link<") || propertyType.startsWith("child<")
                || propertyType.endsWith("List");
    }
}
