package io.modellab.evalharness.spark;

import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.metrics.ScoreHistogram;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The Poisson bootstrap's state, for every replicate at once: each replicate's confusion cells and its histogram
 * of distinct scores (positive and negative weight per score), from which its accuracy, F1 and exact ROC-AUC
 * follow. A row counts {@code PoissonBootstrap.weights(rowKey)} times, so the state is a sum of whole numbers that
 * merges exactly in any order.
 *
 * <p>Memory: 32 bytes per replicate, plus 8 bytes per replicate per distinct score (1000 replicates and 10,000
 * distinct scores: 80 MB per partition's buffer). A replicate's weight for one score must stay below 2^31, so fewer
 * than 2^28 rows share a score (as in {@code RankBootstrap}); beyond, adding or merging fails with an
 * {@link ArithmeticException} rather than wrap.
 */
final class ReplicateCounts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long EMPTY = Double.doubleToRawLongBits(Double.NaN);

    private final long seed;
    private final int replicates;
    /** Replicate b's confusion cell (actual, predicted) at 4 b + 2 actual + predicted. */
    private final long[] cells;
    /** Score bits per slot, open addressing. */
    private long[] keys = emptyKeys(16);
    /** Slot s holds its scores' weights at [2 B s, 2 B s + B) for positives and the next B for negatives. */
    private int[] weights;
    private int[] slotOfKeyIndex = new int[16];
    private int used;
    private transient PoissonBootstrap draws;
    private transient int[] rowWeights;

    ReplicateCounts(long seed, int replicates) {
        this.seed = seed;
        this.replicates = replicates;
        this.cells = new long[4 * replicates];
        this.weights = new int[2 * replicates * 8];
    }

    /** Counts one row in every replicate. */
    void add(long rowKey, double score, boolean positive, boolean predictedPositive) {
        if (draws == null) {
            draws = new PoissonBootstrap(seed, replicates);
            rowWeights = new int[replicates];
        }
        draws.weights(rowKey, rowWeights);
        int cell = (positive ? 2 : 0) + (predictedPositive ? 1 : 0);
        int base = 2 * replicates * slot(Double.doubleToRawLongBits(score == 0 ? 0.0 : score))
                + (positive ? 0 : replicates);
        for (int b = 0; b < replicates; b++) {
            int w = rowWeights[b];
            cells[4 * b + cell] += w;
            weights[base + b] = Math.addExact(weights[base + b], w);
        }
    }

    void merge(ReplicateCounts other) {
        if (other.replicates != replicates || other.seed != seed) {
            throw new IllegalArgumentException("cannot merge bootstrap states of different seeds or replicate counts");
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] += other.cells[i];
        }
        int width = 2 * replicates;
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                int to = width * slot(other.keys[i]);
                int from = width * other.slotOfKeyIndex[i];
                for (int j = 0; j < width; j++) {
                    weights[to + j] = Math.addExact(weights[to + j], other.weights[from + j]);
                }
            }
        }
    }

    /** Replicate b's confusion counts. */
    ConfusionCounts confusion(int b) {
        ConfusionCounts counts = new ConfusionCounts(2);
        for (int cell = 0; cell < 4; cell++) {
            counts.add(cell / 2, cell % 2, cells[4 * b + cell]);
        }
        return counts;
    }

    /** Every replicate's ROC-AUC (NaN where a replicate drew one class only), from its exact score histogram. */
    double[] rocAuc() {
        // Slots in descending score order, once for all replicates.
        double[] scores = new double[used];
        int[] slots = new int[used];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                scores[j] = Double.longBitsToDouble(keys[i]);
                slots[j++] = slotOfKeyIndex[i];
            }
        }
        Integer[] order = new Integer[used];
        for (int i = 0; i < used; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] out = new double[replicates];
        long[] pos = new long[used];
        long[] neg = new long[used];
        for (int b = 0; b < replicates; b++) {
            for (int g = 0; g < used; g++) {
                int base = 2 * replicates * slots[order[g]];
                pos[g] = weights[base + b];
                neg[g] = weights[base + replicates + b];
            }
            out[b] = ScoreHistogram.rocAuc(pos, neg);
        }
        return out;
    }

    int replicates() {
        return replicates;
    }

    /** The slot of a score, made on first sight. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) RowKeys.mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return slotOfKeyIndex[i];
            }
            i = (i + 1) & mask;
        }
        if (2 * (used + 1) > keys.length) {
            rehash();
            return slot(key);
        }
        keys[i] = key;
        slotOfKeyIndex[i] = used;
        if (2 * replicates * (used + 1) > weights.length) {
            weights = Arrays.copyOf(weights, Math.max(weights.length * 2, 2 * replicates * (used + 1)));
        }
        return used++;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slotOfKeyIndex;
        keys = emptyKeys(oldKeys.length * 2);
        slotOfKeyIndex = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = (int) RowKeys.mix(oldKeys[i]) & mask;
                while (keys[j] != EMPTY) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                slotOfKeyIndex[j] = oldSlots[i];
            }
        }
    }

    private static long[] emptyKeys(int length) {
        long[] k = new long[length];
        Arrays.fill(k, EMPTY);
        return k;
    }
}
