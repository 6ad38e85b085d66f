package org.qompat.io.collect;

import java.util.List;
import org.qompat.model.Host;

/** A collected host (its build inside) plus the raw QMP answers it was made from and notes on how it went. */
public record CollectedHost(Host host, BuildAnswers answers, List<String> notes) {

    public CollectedHost {
        notes = List.copyOf(notes);
    }
}
