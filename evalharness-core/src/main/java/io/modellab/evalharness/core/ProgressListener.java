package io.modellab.evalharness.core;

/**
 * Hears how far long work (training, bootstrap, evaluation stages) has got. It may be called from a worker
 * thread, never from two at once; implementations should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * Reports progress.
     *
     * @param stage what is running, e.g. {@code bootstrap roc_auc}
     * @param done units finished so far
     * @param total units in all
     */
    void progress(String stage, long done, long total);
}
