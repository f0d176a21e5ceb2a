package io.modellab.tracker.data;

import java.util.List;

/**
 * How a dataset version is profiled and its column types inferred. Every limit here bounds memory per column,
 * whatever the file's size.
 *
 * @param topValues how many of a column's most frequent values the profile lists
 * @param valueCapacity distinct values counted per column; counts are exact up to this many distinct values
 *     (see {@link io.modellab.evalharness.core.schema.ValueCounts})
 * @param maxCategories a text column with at most this many distinct values (and short values) is categorical;
 *     a target with at most this many gets a label balance. At most {@code valueCapacity}
 * @param textMinMeanLength a text column whose values average at least this many characters is free text
 * @param histogramBins bins of a numeric column's histogram; an integer column spanning fewer values gets one bin
 *     per value
 * @param sketchCapacity values per level of the quantile sketch: quantiles and histograms are exact for columns
 *     of up to this many values; beyond, a deterministic compactor sketch of this many values per level, whose rank
 *     error is at most {@code log2(n / sketchCapacity) / sketchCapacity}
 * @param quantiles the probabilities whose quantiles the profile lists, each in [0, 1]
 */
public record ProfileOptions(int topValues, int valueCapacity, int maxCategories, int textMinMeanLength,
                             int histogramBins, int sketchCapacity, List<Double> quantiles) {

    /**
     * Top 20 values, 1,000 distinct values counted, categorical up to 100 distinct values averaging under 32
     * characters, 20 histogram bins, a sketch of 4,096 values per level, quantiles 5, 25, 50, 75 and 95 %.
     */
    public static final ProfileOptions DEFAULTS = new ProfileOptions(20, 1000, 100, 32, 20, 4096,
            List.of(0.05, 0.25, 0.5, 0.75, 0.95));

    /** Checks the limits. */
    public ProfileOptions {
        if (topValues < 1 || valueCapacity < 1 || maxCategories < 1 || textMinMeanLength < 1 || histogramBins < 1) {
            throw new IllegalArgumentException("profile limits must be positive");
        }
        if (maxCategories > valueCapacity) {
            throw new IllegalArgumentException("maxCategories (" + maxCategories + ") must not exceed valueCapacity ("
                    + valueCapacity + "): only counted values can be told apart");
        }
        if (sketchCapacity < 2 || sketchCapacity % 2 != 0) {
            throw new IllegalArgumentException("sketchCapacity must be even and at least 2, got " + sketchCapacity);
        }
        quantiles = List.copyOf(quantiles);
        for (double q : quantiles) {
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("quantile probabilities must be in [0, 1], got " + q);
            }
        }
    }
}
