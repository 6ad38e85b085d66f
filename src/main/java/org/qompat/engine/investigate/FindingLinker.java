package org.qompat.engine.investigate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.Compatibility;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * Sets a decoded log against the engine's verdict for the same VM and host pair. A message links to the findings
 * of a related rule that name the same things (device, section, property, machine type, CPU model, RAM block,
 * feature-bit property); a message naming nothing specific links on the rule alone. What does not line up both
 * ways is reported as a {@link Mismatch}: that is where the inputs are missing, stale, or a fact is not modelled.
 */
public final class FindingLinker {

    private static final Set<Rule> VM_WIDE = Set.of(Rule.MACHINE_TYPE, Rule.CPU_MODEL);
    private static volatile Map<Rule, String> gaps;

    private FindingLinker() {
    }

    /** Runs the engine for the pair, then links. */
    public static LinkReport link(LogDecoding decoding, Vm vm, Host from, Host to) {
        return link(decoding, Compatibility.check(vm, from, to));
    }

    public static LinkReport link(LogDecoding decoding, Verdict verdict) {
        List<FindingLink> links = new ArrayList<>();
        Map<Finding, Boolean> linked = new IdentityHashMap<>();
        for (DecodedMessage m : decoding.messages()) {
            if (m.role() != Role.CAUSE && m.role() != Role.CONSEQUENCE) continue;
            List<Finding> best = bestMatches(m, verdict.findings());
            if (best.isEmpty()) continue;
            links.add(new FindingLink(m, best));
            for (Finding f : best) linked.put(f, true);
        }
        List<Mismatch> mismatches = new ArrayList<>();
        boolean logFailed = decoding.hasFailure();
        boolean anyStoryLinked = false;
        for (FailureStory s : decoding.stories()) {
            DecodedMessage cause = s.cause().orElse(null);
            if (cause == null) continue;
            List<Finding> fs = new ArrayList<>();
            for (DecodedMessage m : s.messages()) fs.addAll(findingsOf(links, m));
            if (fs.stream().anyMatch(f -> f.severity() == Severity.BLOCKER)) {
                anyStoryLinked = true;
            } else if (!fs.isEmpty()) {
                Finding f = fs.get(0);
                mismatches.add(new Mismatch(Mismatch.Kind.UNDERRATED, cause, f, "The log shows \"" + cause.title()
                        + "\"; the engine saw it but rated it " + f.severity().name().toLowerCase(Locale.ROOT)
                        + (f.severity() == Severity.UNKNOWN ? " (missing data: " + f.message() + ")" : "") + "."));
            } else if (cause.severity() == Severity.BLOCKER) {
                mismatches.add(new Mismatch(Mismatch.Kind.NOT_PREDICTED, cause, null, "The log shows \""
                        + cause.title() + "\" (rule " + cause.rule().id() + "), which the engine did not predict for "
                        + verdict.vm() + " from " + verdict.from() + " to " + verdict.to() + ". "
                        + gap(cause.rule())));
            }
        }
        for (Finding f : verdict.findings()) {
            if (f.severity() != Severity.BLOCKER || linked.containsKey(f)) continue;
            if (anyStoryLinked || logFailed) {
                mismatches.add(new Mismatch(Mismatch.Kind.NOT_REACHED, null, f, "Predicted blocker not in the log: "
                        + "QEMU stops at the first error, so it may not have been reached. " + f.message()));
            } else {
                mismatches.add(new Mismatch(Mismatch.Kind.NOT_SEEN, null, f, "Predicted blocker with no failure in "
                        + "the log: either the log is from another attempt or host, or the prediction is wrong. "
                        + f.message()));
            }
        }
        boolean predictedOk = verdict.status() == VerdictStatus.OK || verdict.status() == VerdictStatus.WARN;
        if (predictedOk && logFailed) {
            mismatches.add(0, new Mismatch(Mismatch.Kind.VERDICT_DISAGREES, null, null, "The engine predicted "
                    + verdict.status() + " for " + verdict.vm() + " from " + verdict.from() + " to " + verdict.to()
                    + ", but the log shows a failed migration."));
        } else if (verdict.status() == VerdictStatus.BLOCKED && !logFailed && !decoding.messages().isEmpty()) {
            mismatches.add(0, new Mismatch(Mismatch.Kind.VERDICT_DISAGREES, null, null, "The engine predicted "
                    + "BLOCKED, but the log shows no failure."));
        }
        return new LinkReport(verdict, links, mismatches);
    }

    private static List<Finding> findingsOf(List<FindingLink> links, DecodedMessage m) {
        for (FindingLink l : links) if (l.message() == m) return l.findings();
        return List.of();
    }

    /** The findings of a related rule that share the most names with the message (all ties). */
    static List<Finding> bestMatches(DecodedMessage m, List<Finding> findings) {
        Set<Rule> rules = new LinkedHashSet<>(m.pattern().linkableRules());
        rules.add(m.rule());
        Set<String> keys = keys(m);
        int bestScore = 0;
        List<Finding> best = new ArrayList<>();
        for (Finding f : findings) {
            if (!rules.contains(f.rule())) continue;
            int score;
            if (keys.isEmpty()) {
                score = f.rule() == m.rule() ? 1 : 0; // nothing specific named: the rule alone decides
            } else {
                String hay = (f.path() + " " + f.property() + " " + f.sourceValue() + " " + f.destinationValue() + " "
                        + f.message()).toLowerCase(Locale.ROOT);
                score = 0;
                for (String k : keys) if (containsWord(hay, k)) score++;
            }
            if (score == 0 || score < bestScore) continue;
            if (score > bestScore) best.clear();
            bestScore = score;
            best.add(f);
        }
        if (best.isEmpty() && VM_WIDE.contains(m.rule())) {
            // a VM has one machine type and one CPU: a finding of that rule is about the same thing even when it
            // words it differently (e.g. "command line unknown" where the log names both machine types)
            for (Finding f : findings) if (f.rule() == m.rule()) best.add(f);
        }
        return best;
    }

    /** The specific names a message carries, lower case; too-short values (ids like "0") are left out. */
    static Set<String> keys(DecodedMessage m) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : m.entities()) {
            if (!e.kind().linkable()) continue;
            String v = e.value().toLowerCase(Locale.ROOT);
            if (v.length() >= 3) keys.add(v);
        }
        return keys;
    }

    /** Whether {@code word} occurs in {@code hay} not glued to letters, digits or underscores on either side. */
    static boolean containsWord(String hay, String word) {
        for (int i = hay.indexOf(word); i >= 0; i = hay.indexOf(word, i + 1)) {
            boolean startOk = i == 0 || !isWordChar(hay.charAt(i - 1));
            int end = i + word.length();
            boolean endOk = end == hay.length() || !isWordChar(hay.charAt(end));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static String gap(Rule rule) {
        Map<Rule, String> g = gaps;
        if (g == null) {
            Map<Rule, String> loaded = new HashMap<>();
            for (DataTable.Row r : DataTable.rows("gap-explanations.txt")) {
                String[] c = r.cells(2, "gap-explanations.txt");
                loaded.put(Rule.byId(c[0]), c[1]);
            }
            gaps = g = Map.copyOf(loaded);
        }
        return g.getOrDefault(rule, "An input may be missing or stale.");
    }
}
