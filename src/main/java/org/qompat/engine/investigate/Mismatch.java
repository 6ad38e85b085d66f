package org.qompat.engine.investigate;

import org.qompat.engine.Finding;

/**
 * A disagreement between the log and the engine's prediction for the same VM and host pair — a data gap worth
 * seeing. {@code message} is null for predictions the log does not show; {@code finding} is null for failures
 * the engine did not predict.
 */
public record Mismatch(Kind kind, DecodedMessage message, Finding finding, String explanation) {

    public enum Kind {
        /** The log shows a failure the engine did not predict: a data gap (missing/stale input, or an unmodelled fact). */
        NOT_PREDICTED,
        /** The engine saw the same thing but rated it below a blocker, or could not decide (UNKNOWN). */
        UNDERRATED,
        /** A predicted blocker the log does not show, while another failure stopped QEMU first. */
        NOT_REACHED,
        /** A predicted blocker with no failure in the log at all: a false prediction, or a log of another attempt. */
        NOT_SEEN,
        /** The verdict as a whole disagrees with the log (OK predicted, failure logged; or the reverse). */
        VERDICT_DISAGREES
    }
}
