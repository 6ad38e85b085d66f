package org.qompat.engine.investigate;

import java.util.List;
import org.qompat.engine.Finding;
import org.qompat.engine.Verdict;

/** The decoded log set against the engine's verdict of one (VM, source, destination): links and disagreements. */
public record LinkReport(Verdict verdict, List<FindingLink> links, List<Mismatch> mismatches) {

    public LinkReport {
        links = List.copyOf(links);
        mismatches = List.copyOf(mismatches);
    }

    /** The findings linked to one decoded message (empty when none). */
    public List<Finding> findingsFor(DecodedMessage m) {
        return links.stream().filter(l -> l.message() == m).findFirst().map(FindingLink::findings).orElse(List.of());
    }

    public boolean agrees() {
        return mismatches.stream().noneMatch(x -> x.kind() != Mismatch.Kind.NOT_REACHED);
    }
}
