package org.qompat.engine.investigate;

import java.util.List;
import java.util.regex.Pattern;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;

/**
 * One message form of the catalog ({@code messages.txt}): a headline template, the engine rule it corresponds to (and other rules whose
 * findings it may link to), its role in a failure story, its severity, which versions word it this way, the regex
 * whose named groups are {@link EntityKind} ids, and a meaning template.
 */
public record MessagePattern(String id, String title, Rule rule, List<Rule> alsoRules, Role role, Severity severity,
                             String wording, Pattern regex, String meaning, String source) {

    public MessagePattern {
        alsoRules = List.copyOf(alsoRules);
    }

    /** The rule and the related rules: a finding of any of them may be what this message reports. */
    public List<Rule> linkableRules() {
        if (alsoRules.isEmpty()) return List.of(rule);
        java.util.ArrayList<Rule> all = new java.util.ArrayList<>();
        all.add(rule);
        all.addAll(alsoRules);
        return List.copyOf(all);
    }
}
