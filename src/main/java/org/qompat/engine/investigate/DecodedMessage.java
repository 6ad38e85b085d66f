package org.qompat.engine.investigate;

import java.util.List;
import java.util.Optional;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;

/**
 * One recognised message in a log line: where it is (line, character range), the catalog pattern it matched,
 * the engine rule it corresponds to (for feature-bit messages refined from the bits: platform-feature when a
 * refused bit depends on the host, effective-properties otherwise), what it means, and every entity it names.
 */
public record DecodedMessage(LogLine line, int start, int end, MessagePattern pattern, Rule rule,
                             Severity severity, String title, String meaning, List<Entity> entities,
                             List<FeatureBit> refusedBits) {

    public DecodedMessage {
        entities = List.copyOf(entities);
        refusedBits = List.copyOf(refusedBits);
    }

    public Role role() {
        return pattern.role();
    }

    public int lineNumber() {
        return line.number();
    }

    /** The part of the line this message matched. */
    public String matchedText() {
        return line.message().substring(start, end);
    }

    public List<String> values(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).map(Entity::value).toList();
    }

    public Optional<String> value(EntityKind kind) {
        return entities.stream().filter(e -> e.kind() == kind).map(Entity::value).findFirst();
    }
}
