package org.qompat.report;

/**
 * Progress of an export, called from the exporting thread: the GUI hands it to a Task, the CLI prints it on
 * stderr once an export takes longer than a moment. {@link #isCancelled()} is polled between steps.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
    };

    /** {@code fraction} in [0, 1] of the whole export; {@code step} says what is being done, for people. */
    default void update(double fraction, String step) {
    }

    default boolean isCancelled() {
        return false;
    }

    /** Thrown out of an export when {@link #isCancelled()} became true; nothing has been written then. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("export cancelled");
        }
    }

    /** Throws {@link Cancelled} when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) throw new Cancelled();
    }

    /** A view of this progress that maps [0, 1] onto [{@code from}, {@code to}], for one phase of an export. */
    default ExportProgress phase(double from, double to) {
        ExportProgress outer = this;
        return new ExportProgress() {
            @Override
            public void update(double fraction, String step) {
                outer.update(from + (to - from) * Math.max(0, Math.min(1, fraction)), step);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}
