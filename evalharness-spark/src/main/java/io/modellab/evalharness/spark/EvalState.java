package io.modellab.evalharness.spark;

import io.modellab.evalharness.metrics.ScoreHistogram;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one pass over the predictions collects, for all rows and every slice at once: the exact score
 * histogram of all rows, one per value of each slice column, and the bootstrap replicates' counts. All of it is
 * whole-number counts, so partial states merge exactly and in any order.
 *
 * <p>Public only because Spark's Java-serialization encoder of an aggregation buffer refuses non-public classes;
 * nothing in it is for users.
 */
public final class EvalState implements Serializable {

    private static final long serialVersionUID = 1L;

    final ScoreHistogram overall = new ScoreHistogram();
    /** Per slice column, per value (null: a missing cell), the histogram of its rows. */
    final List<HashMap<String, ScoreHistogram>> slices;
    final ReplicateCounts replicates;

    EvalState(int sliceColumns, long seed, int resamples) {
        slices = new ArrayList<>(sliceColumns);
        for (int c = 0; c < sliceColumns; c++) {
            slices.add(new HashMap<>());
        }
        replicates = new ReplicateCounts(seed, resamples);
    }

    void add(long rowKey, double score, boolean positive, boolean predictedPositive, String[] sliceValues) {
        overall.add(score, positive);
        for (int c = 0; c < sliceValues.length; c++) {
            slices.get(c).computeIfAbsent(sliceValues[c], v -> new ScoreHistogram()).add(score, positive);
        }
        replicates.add(rowKey, score, positive, predictedPositive);
    }

    EvalState merge(EvalState other) {
        overall.merge(other.overall);
        for (int c = 0; c < slices.size(); c++) {
            for (Map.Entry<String, ScoreHistogram> e : other.slices.get(c).entrySet()) {
                ScoreHistogram mine = slices.get(c).get(e.getKey());
                if (mine == null) {
                    slices.get(c).put(e.getKey(), e.getValue());
                } else {
                    mine.merge(e.getValue());
                }
            }
        }
        replicates.merge(other.replicates);
        return this;
    }
}
