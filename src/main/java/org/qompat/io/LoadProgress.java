package org.qompat.io;

/** Progress of a load: called from worker threads, so listeners must hand off to their own thread. */
public interface LoadProgress {

    LoadProgress NONE = new LoadProgress() {
    };

    default void onFile(int done, int total, String file) {
    }

    default boolean isCancelled() {
        return false;
    }
}
