package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.ScoreHistogram;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.KeyFeature;
import io.modellab.evalharness.slicing.SliceFamily;
import io.modellab.evalharness.slicing.SliceInterval;
import io.modellab.evalharness.slicing.SliceRunner;
import io.modellab.evalharness.slicing.Slices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * slices.json from merged state, as the single-machine {@code EvalHarness} writes it from rows: the default
 * classification slices of {@link DefaultSlices} (confidence deciles, missingness, the key feature's top categories
 * or quantile buckets, each actual class), chosen, bucketed and ranked by the slicing module's own rules
 * ({@link KeyFeature#forClassCounts}, {@link DefaultSlices#quantiles(String, String, double[], long[], int)},
 * {@link Slices#topCategories(String, Map, int)}, {@link SliceRunner#rank}), each slice's accuracy interval by the
 * confusion-count bootstrap of its merged counts ({@link SliceInterval#accuracyOfCounts}), so the file is the same
 * bytes as the single machine's for the same rows.
 *
 * <p>Passes: the confidence deciles and the actual classes follow from the histogram of all rows (a row's confidence
 * and class are functions of its score and label), the missingness buckets are folded in the first pass; only the
 * key feature's slices take a second pass over the predictions ({@link FamilyAggregator}), once its slices are
 * known. With {@link SparkEvalOptions#quantileError()} above 0 a numeric key feature's bucket starts come from
 * Spark's {@code approxQuantile}, one more job.
 */
final class SparkSlices {

    /** The metric each slice gets an interval of and the worst slice is judged by: {@code EvalHarness.SLICE_METRIC}. */
    static final String SLICE_METRIC = BinaryPredictions.ACCURACY;

    private SparkSlices() {
    }

    /** The slicing defaults {@code EvalHarness} uses, with the options' number of top categories. */
    static DefaultSlices defaults(SparkEvalOptions options) {
        DefaultSlices spec = DefaultSlices.SPEC;
        return new DefaultSlices(spec.confidenceBuckets(), options.topCategories(), spec.classSlices(),
                spec.targetBuckets(), spec.keyBuckets(), spec.mediumMissing(), spec.highMissing());
    }

    static SliceReport report(EvalState state, Dataset<Row> predictions, PredictionColumns columns,
                              SparkEvalOptions options, List<MetricValue> overall) {
        DefaultSlices defaults = defaults(options);
        double threshold = options.threshold();
        Map<SliceFamily, ScoreHistogram[]> families = new LinkedHashMap<>();

        // Confidence deciles: each distinct score's confidence, counted, gives the exact quantile starts.
        ScoreHistogram.Groups groups = state.overall.descending();
        TreeMap<Double, Long> confidence = new TreeMap<>();
        for (int g = 0; g < groups.score().length; g++) {
            confidence.merge(confidence(groups.score()[g], threshold),
                    groups.positives()[g] + groups.negatives()[g], Long::sum);
        }
        SliceFamily deciles = new SliceFamily(DefaultSlices.CONFIDENCE_DECILE, DefaultSlices.quantiles(
                SliceDefinition.CONFIDENCE, null, keys(confidence), values(confidence), defaults.confidenceBuckets()));
        ScoreHistogram[] decileRows = empty(deciles.slices().size());
        for (int g = 0; g < groups.score().length; g++) {
            int s = rangeOf(deciles.slices(), confidence(groups.score()[g], threshold));
            addGroup(decileRows[s], groups, g, true, true);
        }
        families.put(deciles, decileRows);

        families.put(defaults.missingness(), state.missingness);

        List<String> features = columns.featureColumns();
        KeyFeature.Choice key = keyFeature(state, features, options, defaults);
        if (key.column() != null) {
            int c = features.indexOf(key.column());
            List<SliceDefinition> slices = state.numeric(c)
                    ? numericBuckets(state, c, predictions, key.column(), options, defaults)
                    : Slices.topCategories(key.column(), rows(state.labelCounts.get(c)), defaults.topCategories());
            if (!slices.isEmpty()) {
                FamilyAggregator.State rows = predictions
                        .select(functions.col(columns.id()), functions.col(columns.actual()),
                                functions.col(columns.score()), functions.col(key.column()))
                        .select(new FamilyAggregator(columns, slices).toColumn()).head();
                families.put(new SliceFamily(DefaultSlices.KEY_FEATURE, slices), rows.slices);
            }
        }

        Map<String, Long> classRows = new HashMap<>();
        if (state.overall.actualPositives() > 0) {
            classRows.put(columns.positiveLabel(), state.overall.actualPositives());
        }
        if (state.overall.actualNegatives() > 0) {
            classRows.put(columns.negativeLabel(), state.overall.actualNegatives());
        }
        List<SliceDefinition> classes = defaults.classes(classRows);
        ScoreHistogram[] classHistograms = empty(classes.size());
        for (int s = 0; s < classes.size(); s++) {
            boolean positive = classes.get(s).values().get(0).equals(columns.positiveLabel());
            for (int g = 0; g < groups.score().length; g++) {
                addGroup(classHistograms[s], groups, g, positive, !positive);
            }
        }
        families.put(new SliceFamily(DefaultSlices.ACTUAL_CLASS, classes), classHistograms);

        // The runner only builds and ranks results here; no row reaches it.
        SliceRunner runner = new SliceRunner(rows -> {
            throw new IllegalStateException("slice metrics come from merged histograms");
        }, options.minSliceSize(), SLICE_METRIC, true, null);
        Bootstrap.Options sliceBootstrap = Bootstrap.Options.of(options.resamples(), options.seed(),
                options.confidenceLevel());
        List<SliceResult> results = new ArrayList<>();
        for (Map.Entry<SliceFamily, ScoreHistogram[]> family : families.entrySet()) {
            List<SliceDefinition> slices = family.getKey().slices();
            for (int s = 0; s < slices.size(); s++) {
                ScoreHistogram h = family.getValue()[s];
                long size = h.rows();
                List<MetricValue> metrics = size == 0 ? List.of() : h.metrics(columns.positiveLabel(), threshold);
                results.add(runner.result(slices.get(s), family.getKey().name(), size, metrics,
                        () -> SliceInterval.accuracyOfCounts(h.confusion(threshold), sliceBootstrap), overall));
            }
        }
        SliceRunner.Evaluation ranked = runner.rank(results);
        return new SliceReport(SchemaVersion.CURRENT, options.runId(), options.minSliceSize(), overall, ranked.slices(),
                SLICE_METRIC, ranked.worst() == null ? null : ranked.worst().name(), ranked.worstRule(), key.column(),
                key.rule(), options.confidenceLevel(), options.resamples(), options.seed());
    }

    /** The key feature: the named one, or the categorical feature the single machine's rule picks from counts. */
    private static KeyFeature.Choice keyFeature(EvalState state, List<String> features, SparkEvalOptions options,
                                                DefaultSlices defaults) {
        if (options.keyFeature() != null) {
            return KeyFeature.named(features, options.keyFeature());
        }
        List<String> categorical = new ArrayList<>();
        List<Map<String, Map<String, Long>>> counts = new ArrayList<>();
        for (int c = 0; c < features.size(); c++) {
            if (state.numeric(c)) {
                continue;
            }
            Map<String, Map<String, Long>> byValue = new HashMap<>();
            state.labelCounts.get(c).forEach((value, byClass) -> {
                Map<String, Long> labels = new HashMap<>();
                // Labels by index: which is which does not change the mutual information.
                if (byClass[0] > 0) {
                    labels.put("0", byClass[0]);
                }
                if (byClass[1] > 0) {
                    labels.put("1", byClass[1]);
                }
                byValue.put(value, labels);
            });
            categorical.add(features.get(c));
            counts.add(byValue);
        }
        return KeyFeature.forClassCounts(categorical, counts, defaults.topCategories());
    }

    /** Quantile buckets of a numeric key feature, and a slice of its missing cells when it has any. */
    private static List<SliceDefinition> numericBuckets(EvalState state, int c, Dataset<Row> predictions,
                                                        String column, SparkEvalOptions options,
                                                        DefaultSlices defaults) {
        List<SliceDefinition> out;
        if (options.quantileError() > 0) {
            out = DefaultSlices.buckets(SliceDefinition.NUMERIC_RANGE, column,
                    approximateStarts(predictions, column, defaults.keyBuckets(), options.quantileError()));
        } else {
            TreeMap<Double, Long> numbers = state.numbers(c);
            out = DefaultSlices.quantiles(SliceDefinition.NUMERIC_RANGE, column, keys(numbers), values(numbers),
                    defaults.keyBuckets());
        }
        out = new ArrayList<>(out);
        if (state.sawMissing(c)) {
            out.add(Slices.in(column, (String) null));
        }
        return out;
    }

    /**
     * Bucket starts from Spark's approxQuantile at j / k (Greenwald-Khanna: each start's rank within relativeError
     * times the count of numeric cells of the exact one), equal starts merged as the exact rule merges them.
     */
    private static List<Double> approximateStarts(Dataset<Row> predictions, String column, int k, double error) {
        UDF1<Object, Double> number = cell -> {
            double v = cell == null ? Double.NaN : Slices.number(cell.toString());
            return Double.isNaN(v) ? null : v;
        };
        Dataset<Row> numbers = predictions.select(functions.udf(number, DataTypes.DoubleType)
                .apply(functions.col(column)).as("v")).na().drop();
        double[] probabilities = new double[k];
        for (int j = 0; j < k; j++) {
            probabilities[j] = (double) j / k;
        }
        double[] quantiles = numbers.stat().approxQuantile("v", probabilities, error);
        List<Double> starts = new ArrayList<>();
        for (double q : quantiles) {
            if (starts.isEmpty() || q > starts.get(starts.size() - 1)) {
                starts.add(q);
            }
        }
        return starts;
    }

    /** A row's confidence from its score, as {@link BinaryPredictions#confidence} computes it. */
    static double confidence(double score, double threshold) {
        return confidence(score, score >= threshold);
    }

    /** The probability of the predicted label. */
    static double confidence(double score, boolean predictedPositive) {
        return predictedPositive ? score : 1 - score;
    }

    /** The position of the range that holds {@code v}; the ranges cover every value. */
    private static int rangeOf(List<SliceDefinition> ranges, double v) {
        for (int s = 0; s < ranges.size(); s++) {
            SliceDefinition r = ranges.get(s);
            if ((r.lower() == null || v >= r.lower()) && (r.upper() == null || v < r.upper())) {
                return s;
            }
        }
        throw new IllegalStateException(v + " is in no range of " + ranges);
    }

    private static void addGroup(ScoreHistogram into, ScoreHistogram.Groups groups, int g, boolean positives,
                                 boolean negatives) {
        if (positives && groups.positives()[g] > 0) {
            into.add(groups.score()[g], true, groups.positives()[g]);
        }
        if (negatives && groups.negatives()[g] > 0) {
            into.add(groups.score()[g], false, groups.negatives()[g]);
        }
    }

    private static Map<String, Long> rows(Map<String, long[]> byClass) {
        Map<String, Long> out = new HashMap<>();
        byClass.forEach((value, counts) -> out.put(value, counts[0] + counts[1]));
        return out;
    }

    private static ScoreHistogram[] empty(int n) {
        ScoreHistogram[] out = new ScoreHistogram[n];
        Arrays.setAll(out, i -> new ScoreHistogram());
        return out;
    }

    private static double[] keys(TreeMap<Double, Long> counts) {
        return counts.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static long[] values(TreeMap<Double, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).toArray();
    }
}
