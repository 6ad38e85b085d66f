package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qompat.model.QomNode;

/**
 * Two QOM trees side by side, aligned by QOM path: the source VM and the destination's incoming VM, or one VM's
 * effective values on two builds. Children keep the left tree's order; nodes only the right tree has follow their
 * left siblings. Numbered children ({@code device[N]}) that QEMU numbers in creation order are matched by type
 * when their numbers moved, and QOM paths in link values are translated before comparing, so a renumbering alone
 * is not reported as a difference. Pure; the values come from each {@link QomSide}.
 */
public final class QomTreeDiff {

    private static final Pattern NUMBERED = Pattern.compile("^(.*)\\[(\\d+)]$");
    private static volatile Set<String> runtimeState;

    private final QomSide left;
    private final QomSide right;
    private final List<QomAlignedNode> nodes;

    private QomTreeDiff(QomSide left, QomSide right, List<QomAlignedNode> nodes) {
        this.left = left;
        this.right = right;
        this.nodes = List.copyOf(nodes);
    }

    private record Pair(QomNode l, QomNode r, int depth) {
    }

    public static QomTreeDiff compare(QomSide left, QomSide right) {
        List<Pair> pairs = new ArrayList<>();
        align(left.root(), right.root(), 0, pairs);
        Map<String, String> rightToLeft = new LinkedHashMap<>();
        for (Pair p : pairs) {
            if (p.l() != null && p.r() != null && !p.l().path().equals(p.r().path())) {
                rightToLeft.put(p.r().path(), p.l().path());
            }
        }
        List<QomAlignedNode> out = new ArrayList<>();
        for (Pair p : pairs) {
            String path = p.l() != null ? p.l().path() : p.r().path();
            String rightPath = p.r() != null ? p.r().path() : path;
            out.add(new QomAlignedNode(path, rightPath, p.depth(), p.l() == null ? null : p.l().type(),
                    p.r() == null ? null : p.r().type(), properties(left, right, p.l(), p.r(), rightToLeft)));
        }
        return new QomTreeDiff(left, right, out);
    }

    /** Two trees compared on the values they carry. */
    public static QomTreeDiff compare(String leftLabel, QomNode leftRoot, String rightLabel, QomNode rightRoot) {
        return compare(QomSide.observed(leftLabel, leftRoot), QomSide.observed(rightLabel, rightRoot));
    }

    public QomSide left() {
        return left;
    }

    public QomSide right() {
        return right;
    }

    /** Every aligned node in display order (depth-first). */
    public List<QomAlignedNode> nodes() {
        return nodes;
    }

    public List<QomDifference> differences() {
        List<QomDifference> out = new ArrayList<>();
        for (QomAlignedNode n : nodes) {
            if (n.onlyLeft() || n.onlyRight()) {
                out.add(new QomDifference(n.onlyLeft() ? QomDifference.Kind.NODE_ONLY_LEFT
                        : QomDifference.Kind.NODE_ONLY_RIGHT, n.path(), "", n.leftType(), n.rightType(), "", ""));
                continue;
            }
            if (n.typeDiffers()) {
                out.add(new QomDifference(QomDifference.Kind.TYPE_DIFFERS, n.path(), "", n.leftType(), n.rightType(),
                        "", ""));
            }
            for (QomAlignedProperty p : n.properties()) {
                if (!p.differs()) continue;
                QomDifference.Kind k = p.onlyLeft() ? QomDifference.Kind.PROPERTY_ONLY_LEFT
                        : p.onlyRight() ? QomDifference.Kind.PROPERTY_ONLY_RIGHT : QomDifference.Kind.VALUE_DIFFERS;
                out.add(new QomDifference(k, n.path(), p.name(), p.leftValue(), p.rightValue(), p.leftOrigin(),
                        p.rightOrigin()));
            }
        }
        return out;
    }

    /** Counts by kind, for a summary line. */
    public Map<QomDifference.Kind, Integer> counts() {
        Map<QomDifference.Kind, Integer> c = new LinkedHashMap<>();
        for (QomDifference.Kind k : QomDifference.Kind.values()) c.put(k, 0);
        for (QomDifference d : differences()) c.merge(d.kind(), 1, Integer::sum);
        return c;
    }

    /**
     * The node pairs, depth-first. Named children pair by name. Numbered children ({@code device[N]}) pair by
     * type and rank: the k-th {@code device[…]} of type T on the left with the k-th of type T on the right, since
     * only their creation order, not their identity, decides the numbers.
     */
    private static void align(QomNode l, QomNode r, int depth, List<Pair> out) {
        out.add(new Pair(l, r, depth));
        List<QomNode> lk = l == null ? List.of() : l.children();
        List<QomNode> rk = r == null ? List.of() : r.children();
        Map<QomNode, QomNode> match = new IdentityHashMap<>();
        Map<QomNode, Boolean> taken = new IdentityHashMap<>();
        Map<String, QomNode> rightByName = new LinkedHashMap<>();
        for (QomNode c : rk) if (base(c.name()) == null) rightByName.put(c.name(), c);
        for (QomNode c : lk) {
            QomNode o = base(c.name()) == null ? rightByName.get(c.name()) : null;
            if (o != null) take(match, taken, c, o);
        }
        Map<String, List<QomNode>> leftRuns = runs(lk);
        Map<String, List<QomNode>> rightRuns = runs(rk);
        for (Map.Entry<String, List<QomNode>> e : leftRuns.entrySet()) {
            List<QomNode> rs = rightRuns.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < Math.min(e.getValue().size(), rs.size()); i++) take(match, taken, e.getValue().get(i), rs.get(i));
        }
        for (QomNode c : lk) align(c, match.get(c), depth + 1, out);
        for (QomNode o : rk) if (!taken.containsKey(o)) align(null, o, depth + 1, out);
    }

    /** Numbered children grouped by base name and type, each group in number order. */
    private static Map<String, List<QomNode>> runs(List<QomNode> kids) {
        Map<String, List<QomNode>> runs = new LinkedHashMap<>();
        for (QomNode c : kids) {
            String b = base(c.name());
            if (b != null) runs.computeIfAbsent(b + "\u0000" + c.type(), k -> new ArrayList<>()).add(c);
        }
        for (List<QomNode> run : runs.values()) run.sort(Comparator.comparingInt(n -> number(n.name())));
        return runs;
    }

    private static void take(Map<QomNode, QomNode> match, Map<QomNode, Boolean> taken, QomNode l, QomNode r) {
        match.put(l, r);
        taken.put(r, true);
    }

    private static String base(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    private static int number(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
    }

    private static List<QomAlignedProperty> properties(QomSide ls, QomSide rs, QomNode l, QomNode r,
                                                       Map<String, String> rightToLeft) {
        Map<String, QomSide.PropertyValue> lv = l == null ? Map.of() : ls.values().apply(l);
        Map<String, QomSide.PropertyValue> rv = r == null ? Map.of() : rs.values().apply(r);
        List<String> names = new ArrayList<>(lv.keySet());
        for (String n : rv.keySet()) if (!lv.containsKey(n)) names.add(n);
        List<QomAlignedProperty> out = new ArrayList<>();
        for (String n : names) {
            QomSide.PropertyValue a = lv.get(n);
            QomSide.PropertyValue b = rv.get(n);
            String rightValue = b == null ? null : b.value();
            out.add(new QomAlignedProperty(n, a == null ? null : a.value(), rightValue, a == null ? "" : a.origin(),
                    b == null ? "" : b.origin(), a != null, b != null, translate(rightValue, rightToLeft),
                    runtimeState().contains(n)));
        }
        return out;
    }

    /** A right-side value naming a renumbered QOM path, rewritten with the left tree's name for that node. */
    static String translate(String value, Map<String, String> rightToLeft) {
        if (value == null || !value.startsWith("/") || rightToLeft.isEmpty()) return value;
        String best = null;
        for (String p : rightToLeft.keySet()) {
            if ((value.equals(p) || value.startsWith(p + "/")) && (best == null || p.length() > best.length())) best = p;
        }
        return best == null ? value : rightToLeft.get(best) + value.substring(best.length());
    }

    private static Set<String> runtimeState() {
        Set<String> s = runtimeState;
        if (s == null) {
            s = DataTable.rows("qom-volatile-properties.txt").stream()
                    .map(r -> r.cells(2, "qom-volatile-properties.txt")[0]).collect(Collectors.toUnmodifiableSet());
            runtimeState = s;
        }
        return s;
    }
}
