package io.modellab.evalharness.spark;

import io.modellab.evalharness.metrics.ScoreHistogram;
import io.modellab.evalharness.slicing.KeyFeature;
import io.modellab.evalharness.slicing.Slices;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the first pass over the predictions collects: the exact score histogram of all rows (which the
 * metrics, the confidence-decile and the actual-class slices all follow from), the histogram of each missingness
 * bucket, the bootstrap replicates' counts, and per feature column what choosing the key feature and its slices
 * needs (each cell's rows per actual class, and whether its cells are numbers). All of it is whole-number counts
 * and flags, so partial states merge exactly and in any order.
 *
 * <p>Public only because Spark's Java-serialization encoder of an aggregation buffer refuses non-public classes;
 * nothing in it is for users.
 */
public final class EvalState implements Serializable {

    private static final long serialVersionUID = 3L;

    final ScoreHistogram overall = new ScoreHistogram();
    /** One histogram per missingness bucket, in the order of {@link #missingLowers}. */
    final ScoreHistogram[] missingness;
    private final double[] missingLowers;
    private final double[] missingUppers;
    /**
     * Per feature column, each cell (null: missing) to its rows {negative, positive}. Whether a column is numeric,
     * has missing cells, and its numbers' counts all follow from its distinct cells, so no row's cell is parsed.
     */
    final List<HashMap<String, long[]>> labelCounts;
    final ReplicateCounts replicates;
    /** The first rows of the failure rules over all rows: wrong, most confident first; right, least confident. */
    final FailureCandidates confidentWrong;
    final FailureCandidates uncertainCorrect;

    /**
     * @param missingLowers each missingness bucket's lower end ({@code NaN}: none), inclusive
     * @param missingUppers its upper end ({@code NaN}: none), exclusive
     */
    EvalState(int featureColumns, double[] missingLowers, double[] missingUppers, long seed, int resamples,
              int failureLimit) {
        confidentWrong = new FailureCandidates(failureLimit, true);
        uncertainCorrect = new FailureCandidates(failureLimit, false);
        this.missingLowers = missingLowers.clone();
        this.missingUppers = missingUppers.clone();
        missingness = new ScoreHistogram[missingLowers.length];
        for (int b = 0; b < missingness.length; b++) {
            missingness[b] = new ScoreHistogram();
        }
        labelCounts = new ArrayList<>(featureColumns);
        for (int c = 0; c < featureColumns; c++) {
            labelCounts.add(new HashMap<>());
        }
        replicates = new ReplicateCounts(seed, resamples);
    }

    void add(long rowKey, String id, double score, boolean positive, boolean predictedPositive, String[] features) {
        overall.add(score, positive);
        double confidence = SparkSlices.confidence(score, predictedPositive);
        FailureCandidates rule = positive == predictedPositive ? uncertainCorrect : confidentWrong;
        if (rule.wouldKeep(confidence, id)) {
            rule.offer(new FailureCandidates.Candidate(id, positive, score, confidence, features));
        }
        int missing = 0;
        for (int c = 0; c < features.length; c++) {
            String cell = features[c];
            labelCounts.get(c).computeIfAbsent(cell, v -> new long[2])[positive ? 1 : 0]++;
            if (cell == null) {
                missing++;
            }
        }
        // The single machine's share: missing cells over feature columns, 0 without features.
        double share = features.length == 0 ? 0 : (double) missing / features.length;
        for (int b = 0; b < missingness.length; b++) {
            if ((Double.isNaN(missingLowers[b]) || share >= missingLowers[b])
                    && (Double.isNaN(missingUppers[b]) || share < missingUppers[b])) {
                missingness[b].add(score, positive);
                break;
            }
        }
        replicates.add(rowKey, score, positive, predictedPositive);
    }

    EvalState merge(EvalState other) {
        overall.merge(other.overall);
        for (int b = 0; b < missingness.length; b++) {
            missingness[b].merge(other.missingness[b]);
        }
        for (int c = 0; c < labelCounts.size(); c++) {
            HashMap<String, long[]> mine = labelCounts.get(c);
            for (Map.Entry<String, long[]> e : other.labelCounts.get(c).entrySet()) {
                long[] counts = mine.computeIfAbsent(e.getKey(), v -> new long[2]);
                counts[0] += e.getValue()[0];
                counts[1] += e.getValue()[1];
            }
        }
        replicates.merge(other.replicates);
        confidentWrong.merge(other.confidentWrong);
        uncertainCorrect.merge(other.uncertainCorrect);
        return this;
    }

    /** Whether feature column {@code c} is numeric by the single machine's rule: some present cell a number, none not. */
    boolean numeric(int c) {
        return KeyFeature.isNumeric(labelCounts.get(c).keySet());
    }

    /** Whether feature column {@code c} has a null or blank cell. */
    boolean sawMissing(int c) {
        return labelCounts.get(c).keySet().stream().anyMatch(cell -> cell == null || cell.isBlank());
    }

    /** Feature column {@code c}'s distinct numbers and their rows (cells that read as the same number together). */
    TreeMap<Double, Long> numbers(int c) {
        TreeMap<Double, Long> numbers = new TreeMap<>();
        labelCounts.get(c).forEach((cell, byClass) -> {
            double v = Slices.number(cell);
            if (!Double.isNaN(v)) {
                numbers.merge(v, byClass[0] + byClass[1], Long::sum);
            }
        });
        return numbers;
    }
}
