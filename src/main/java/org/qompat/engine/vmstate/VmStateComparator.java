package org.qompat.engine.vmstate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.qompat.engine.vmstate.VmStateIssue.Kind;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;
import org.qompat.model.VmsdField;

/**
 * Checks a source VMState section against the destination's with the rules of QEMU's
 * {@code scripts/vmstate-static-checker.py} (qemu-reference.md §2.2): versions and minimum versions, description
 * names, fields in order by name and size (descending into substructs that were added or removed without changing
 * the wire format, balancing {@code unused} padding), nested descriptions and subsections, and the checker's
 * rename lists. Reports every issue the checker would print, with both values. Pure.
 */
public final class VmStateComparator {

    private static final String UNUSED = "unused";

    private final VmStateRenames renames = VmStateRenames.get();
    private final String section;
    private final List<VmStateIssue> issues = new ArrayList<>();

    private VmStateComparator(String section) {
        this.section = section;
    }

    /** Every issue of migrating {@code src} into {@code dst}; {@code dst} null means the section is missing. */
    public static List<VmStateIssue> compareSection(String section, VmStateSection src, VmStateSection dst) {
        VmStateComparator c = new VmStateComparator(section);
        if (dst == null) {
            c.add(null, "", Kind.SECTION_MISSING, section, "(absent)",
                    "Section \"" + section + "\" does not exist in dest", false);
            return c.issues;
        }
        // Like the checker, the section-level check reports only "too new"; the Description check below
        // reports both bounds (the section and its description carry the same numbers).
        if (src.versionId() > dst.versionId()) {
            c.add(null, "", Kind.VERSION_TOO_NEW, Integer.toString(src.versionId()), Integer.toString(dst.versionId()),
                    "Section \"" + section + "\" version error: " + src.versionId() + " > " + dst.versionId(), false);
        }
        if (src.description() != null) {
            if (dst.description() == null) {
                c.add(null, "", Kind.ENTRY_MISSING, "Description", "(absent)",
                        "Section \"" + section + "\": Entry \"Description\" missing", false);
            } else {
                c.descriptions(src.description(), dst.description(), false);
            }
        }
        return c.issues;
    }

    /** Every issue of migrating a whole dump into another, section by section in the source's order. */
    public static List<VmStateIssue> compareDumps(VmStateDump src, VmStateDump dst) {
        List<VmStateIssue> out = new ArrayList<>();
        for (VmStateSection s : src.sections().values()) {
            VmStateSection d = dst.sections().get(s.typeName());
            if (d == null) {
                String other = VmStateRenames.get().renamedSection(s.typeName());
                if (other != null) d = dst.sections().get(other);
            }
            out.addAll(compareSection(s.typeName(), s, d));
        }
        return out;
    }

    /** Finds the destination section for a source section name, following the checker's section renames. */
    public static VmStateSection destinationSection(VmStateDump dst, String section) {
        VmStateSection d = dst.sections().get(section);
        if (d != null) return d;
        String other = VmStateRenames.get().renamedSection(section);
        return other == null ? null : dst.sections().get(other);
    }

    private void descriptions(VmsdDescription s, VmsdDescription d, boolean sub) {
        version(s.name(), "", s.versionId(), d.versionId(), d.minimumVersionId(), true, sub);
        if (!renames.fieldsMatch(section, s.name(), d.name())) {
            add(s.name(), "", Kind.DESCRIPTION_MISMATCH, s.name(), d.name(), "Section \"" + section
                    + "\": Description \"" + s.name() + "\" missing, got \"" + d.name() + "\" instead; skipping", sub);
            return;
        }
        if (!s.fields().isEmpty()) {
            if (d.fields().isEmpty()) entryMissing(s.name(), "Fields", sub);
            else fields(s.fields(), d.fields(), s.name(), sub);
        }
        if (!s.subsections().isEmpty()) {
            // every subsection is sent only when its needed() says so: a missing list is not always fatal
            if (d.subsections().isEmpty()) entryMissing(s.name(), "Subsections", true);
            else subsections(s.subsections(), d.subsections(), s.name());
        }
    }

    private void entryMissing(String desc, String entry, boolean sub) {
        add(desc, "", Kind.ENTRY_MISSING, entry, "(absent)",
                "Section \"" + section + "\" Description \"" + desc + "\": Entry \"" + entry + "\" missing", sub);
    }

    private void subsections(List<VmsdDescription> src, List<VmsdDescription> dst, String desc) {
        for (VmsdDescription s : src) {
            boolean found = false;
            for (VmsdDescription d : dst) {
                if (!s.name().equals(d.name())) continue;
                found = true;
                descriptions(s, d, true);
            }
            if (!found) {
                add(desc, "", Kind.SUBSECTION_MISSING, s.name(), "(absent)", "Section \"" + section
                        + "\", Description \"" + desc + "\": Subsection \"" + s.name() + "\" not found", true);
            }
        }
    }

    private void fields(List<VmsdField> srcFields, List<VmsdField> dstFields, String desc, boolean sub) {
        Iterator<VmsdField> si = srcFields.iterator();
        Iterator<VmsdField> di = dstFields.iterator();
        Deque<Iterator<VmsdField>> srcStack = new ArrayDeque<>();
        Deque<Iterator<VmsdField>> dstStack = new ArrayDeque<>();
        boolean advanceSrc = true;
        boolean advanceDst = true;
        long unused = 0;
        VmsdField s = null;
        VmsdField d = null;
        while (true) {
            if (advanceSrc) {
                if (si.hasNext()) {
                    s = si.next();
                } else {
                    if (srcStack.isEmpty()) break;
                    si = srcStack.pop(); // leave a source substruct and continue one level up
                    continue;
                }
            } else if (unused == 0) {
                advanceSrc = true;
            }
            if (advanceDst) {
                if (di.hasNext()) {
                    d = di.next();
                } else {
                    if (dstStack.isEmpty()) {
                        add(desc, s.field(), Kind.FIELDS_EXHAUSTED, s.field(), "(no further fields)",
                                "Section \"" + section + "\", Description \"" + desc + "\": expected field \""
                                        + s.field() + "\", while dest has no further fields", sub);
                        break;
                    }
                    di = dstStack.pop();
                    advanceSrc = false;
                    continue;
                }
            } else if (unused == 0) {
                advanceDst = true;
            }
            if (unused != 0) {
                // one side's "unused" padding is being matched against the other side's real fields
                VmsdField consumed = !advanceDst ? s : d;
                unused -= consumed.totalSize();
                if (unused == 0) {
                    if (!advanceDst) advanceDst = true;
                    else advanceSrc = true;
                    continue;
                }
                if (unused < 0) {
                    add(desc, consumed.field(), Kind.UNUSED_SIZE_MISMATCH, Long.toString(s.totalSize()),
                            Long.toString(d.totalSize()), "Section \"" + section + "\", Description \"" + desc
                                    + "\": unused size mismatch near \"" + consumed.field() + "\"", sub);
                    break;
                }
                continue;
            }
            if (!renames.fieldsMatch(desc, s.field(), d.field())) {
                if (startsSubstructWith(d, s.field())) {
                    dstStack.push(di);
                    di = d.description().fields().iterator();
                    advanceSrc = false;
                    continue;
                }
                if (startsSubstructWith(s, d.field())) {
                    srcStack.push(si);
                    si = s.description().fields().iterator();
                    advanceDst = false;
                    continue;
                }
                if (UNUSED.equals(s.field()) || UNUSED.equals(d.field())) {
                    if (s.totalSize() == d.totalSize()) continue;
                    if (UNUSED.equals(d.field())) {
                        advanceDst = false;
                        unused = d.totalSize() - s.totalSize();
                        continue;
                    }
                    advanceSrc = false;
                    unused = s.totalSize() - d.totalSize();
                    continue;
                }
                add(desc, s.field(), Kind.FIELD_MISMATCH, s.field(), d.field(), "Section \"" + section
                        + "\", Description \"" + desc + "\": expected field \"" + s.field() + "\", got \""
                        + d.field() + "\"; skipping rest", sub);
                break;
            }
            version(desc, s.field(), s.versionId(), d.versionId(), null, false, sub);
            if (s.description() == null && s.size() != d.size()) {
                add(desc, s.field(), Kind.SIZE_MISMATCH, Integer.toString(s.size()), Integer.toString(d.size()),
                        "Section \"" + section + "\" Description \"" + desc + "\" Field \"" + s.field()
                                + "\" size mismatch: " + s.size() + " , " + d.size(), sub);
            }
            if (s.description() != null) {
                if (d.description() == null) {
                    add(desc, s.field(), Kind.DESCRIPTION_MISSING, s.description().name(), "(absent)",
                            "Section \"" + section + "\", Description \"" + desc + "\", Field \"" + s.field()
                                    + "\": missing description", sub);
                } else {
                    descriptions(s.description(), d.description(), sub);
                }
            }
        }
    }

    /** The checker's exists_in_substruct: the field is a struct whose first field matches {@code name}. */
    private boolean startsSubstructWith(VmsdField f, String name) {
        VmsdDescription inner = f.description();
        if (inner == null || inner.fields().isEmpty()) return false;
        return renames.fieldsMatch(inner.name(), inner.fields().get(0).field(), name);
    }

    private void version(String desc, String field, int src, int dst, Integer dstMin, boolean describe,
                         boolean sub) {
        String where = "Section \"" + section + "\"" + (describe || !field.isEmpty() ? " Description \"" + desc
                + "\":" : "");
        if (src > dst) {
            add(desc, field, Kind.VERSION_TOO_NEW, Integer.toString(src), Integer.toString(dst),
                    where + " version error: " + src + " > " + dst, sub);
        }
        if (dstMin != null && src < dstMin) {
            add(desc, field, Kind.VERSION_TOO_OLD, Integer.toString(src), Integer.toString(dstMin),
                    where + " minimum version error: " + src + " < " + dstMin, sub);
        }
    }

    private void add(String desc, String field, Kind kind, String sv, String dv, String message, boolean sub) {
        issues.add(new VmStateIssue(section, desc == null ? "" : desc, field == null ? "" : field, kind, sv, dv,
                message, sub));
    }
}
