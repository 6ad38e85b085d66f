package org.qompat.engine.investigate;

import java.util.List;
import org.qompat.engine.Finding;

/** A decoded log message and the engine findings of the same pair that say the same thing (same rule, same names). */
public record FindingLink(DecodedMessage message, List<Finding> findings) {

    public FindingLink {
        findings = List.copyOf(findings);
    }
}
