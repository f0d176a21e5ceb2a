package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.ExactSums;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.metrics.RegressionMetrics;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.RegressionPlots;
import io.modellab.evalharness.plots.SlicePlots;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.FailureTagging;
import io.modellab.evalharness.slicing.FeatureSummary;
import io.modellab.evalharness.slicing.KeyFeature;
import io.modellab.evalharness.slicing.RegressionFailureSelector;
import io.modellab.evalharness.slicing.SliceRunner;
import io.modellab.evalharness.slicing.Slices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * Evaluates a regressor's predictions held in a Spark {@code Dataset<Row>}, without collecting rows to the driver,
 * into the eval folder the single-machine {@code RegressionEvaluator} writes for the same rows: eval_summary.json,
 * metrics.json, confidence_intervals.json, slices.json, failure_examples.json, failure_modes.md, takeaway.txt,
 * plots/ and repro.md. It has no regression_predictions.json (every row; eval_summary.json's
 * {@code files.rows_not_written} says why) and no stress.json (stress tests need the model).
 *
 * <pre>{@code
 * SparkRegressionEvaluation result = SparkRegressionEvaluator.evaluate(predictions,
 *         new RegressionColumns("id", "performance", "predicted", List.of("MYCT", "MMIN", "CACH")),
 *         SparkEvalOptions.defaults("run-20261124-010000-0a1b2c3d", "xgboost", 42).withDataset("cpu"));
 * result.writeFolder(Path.of("artifacts"), SparkRun.baseline("cpu", datasetRef, codeVersion, repro));
 * }</pre>
 * The options are the binary path's {@link SparkEvalOptions}; their threshold does not apply to a regression.
 *
 * <p><b>Exact sums.</b> Every metric of {@link RegressionMetrics} follows from exact sums of y, y², e, e², |e| and
 * |e| / |y| per group of rows ({@link ExactSums}: a long accumulator, exact whatever the order of the rows, rounded
 * once at the end), the count of zero targets and the largest |e|. So metrics.json equals the single machine's to
 * about 1e-15 relative (the single machine adds doubles in row order; here the sums are exact), and every written
 * file is the same bytes on any partitioning.
 *
 * <p><b>Exact order statistics.</b> The median absolute error (overall and per slice), the target quintiles and a
 * numeric key feature's quintile buckets are exact order statistics, found by a distributed radix selection
 * ({@link RadixSelect}): no row is sorted or collected; each selection pass counts a 16-bit digit of the values'
 * sortable bits under the prefix found so far, and stops early when the bin that holds the rank holds one distinct
 * value. With {@link SparkEvalOptions#quantileError()} above 0 the target quintiles and numeric buckets come instead
 * from Spark's {@code approxQuantile} (each bucket start's rank within that share of the rows of the exact one's);
 * the medians stay exact.
 *
 * <p><b>Passes.</b> (1) all rows: overall and missingness sums with their bootstrap sums, the first radix histograms,
 * the failure rules' rows, the scatter sample, each feature cell's rows and target sum; then up to three selection
 * passes; (2) the target-quintile slices, the numeric key-feature candidates' buckets (eta²), the error histogram and
 * (up to {@link Bootstrap#BCA_MAX_ROWS} rows) the headline metrics' jackknife; (3) the key feature's slices, once it
 * is chosen by {@link KeyFeature#forTarget}'s eta² rule (or named), folded into (2) when named; then up to three
 * selection passes for the slices' medians. Cache the predictions if reading them costs more than keeping them.
 *
 * <p><b>Intervals.</b> The headline intervals (RMSE, MAE, R²) are read off Poisson bootstrap replicates
 * ({@link PoissonBootstrap}: each row counts Poisson(1) times per replicate, drawn from the seed and its id, so they
 * do not depend on partitioning), as BCa up to {@link Bootstrap#BCA_MAX_ROWS} rows with the exact row jackknife (a
 * pass computes each row's leave-one-out value from the exact sums less its own) and as percentile above, as the
 * single machine does. A replicate has about n rows, not exactly n (the single machine's multinomial resamples), so
 * the bounds differ by bootstrap noise; the widths agree within 10 % on 2,000 rows (tested). Each slice's RMSE
 * interval needs its rows, so it is the percentile interval of Poisson replicate sums per slice
 * ({@value PoissonBootstrap#METHOD}), where the single machine resamples the slice's rows multinomially: the slices'
 * intervals, and with them the worst-first order and possibly the worst slice, can differ from the single machine's.
 *
 * <p><b>Failure examples</b> are the single machine's ({@link RegressionFailureSelector#selectAmong}): each rule's
 * first rows are kept as bounded heaps per partition (ties to the smaller id as a string), merged on the driver.
 * <b>Plots</b>: the error histogram, MAE by target quintile and RMSE by slice come from merged counts and are drawn
 * by the single machine's code; the two scatter plots cannot hold billions of points, so they show a deterministic,
 * partition-independent sample (the {@code scatterRows} rows with the smallest hash of seed and row key; their
 * titles say so when it is not every row), drawn in id order (integral ids as numbers): with every row in the sample
 * they are the single machine's bytes when its rows are in id order.
 *
 * <p>Limits: memory grows with the distinct cells of the feature columns (their rows and target sums) and with the
 * replicates times the slices (an exact sum per replicate, a few dozen bytes each), never with rows; at most 2^31 - 1
 * rows in a written folder (eval_summary.json's test rows and failure_examples.json's matched counts are 32-bit).
 */
public final class SparkRegressionEvaluator {

    /** The metrics that get intervals and appear in eval_summary.json, as {@code RegressionEvaluator.HEADLINE}. */
    public static final List<String> HEADLINE = List.of(RegressionRows.RMSE, RegressionRows.MAE, RegressionRows.R2);

    /** The metric each slice gets an interval of and the worst slice is judged by. */
    public static final String SLICE_METRIC = RegressionRows.RMSE;

    /** Rows in the scatter plots by default. */
    public static final int DEFAULT_SCATTER_ROWS = 5_000;

    private SparkRegressionEvaluator() {
    }

    /** {@link #evaluate(Dataset, RegressionColumns, SparkEvalOptions, int)} with {@value #DEFAULT_SCATTER_ROWS} plotted rows. */
    public static SparkRegressionEvaluation evaluate(Dataset<Row> predictions, RegressionColumns columns,
                                                     SparkEvalOptions options) {
        return evaluate(predictions, columns, options, DEFAULT_SCATTER_ROWS);
    }

    /**
     * Evaluates {@code predictions} in a few Spark jobs (see the class comment).
     *
     * @param scatterRows rows drawn in the two scatter plots, at least 1
     * @throws IllegalArgumentException when a named column is missing or the actual or predicted column is not
     *     numeric (the message names it and lists the columns there are), or there are no rows
     * @throws org.apache.spark.SparkException wrapping the {@code IllegalArgumentException} that names the column
     *     and the id of a bad row (a null, NaN or infinite target or prediction, a null id)
     */
    public static SparkRegressionEvaluation evaluate(Dataset<Row> predictions, RegressionColumns columns,
                                                     SparkEvalOptions options, int scatterRows) {
        if (scatterRows < 1) {
            throw new IllegalArgumentException("scatter rows must be at least 1, got " + scatterRows);
        }
        validate(predictions, columns);
        if (options.keyFeature() != null) {
            KeyFeature.named(columns.featureColumns(), options.keyFeature());
        }
        Column[] selected = columns.selected().stream().map(functions::col).toArray(Column[]::new);
        return new Run(predictions.select(selected), columns, options, scatterRows).evaluate();
    }

    /** Checks that every named column exists and that the actual and predicted columns hold numbers. */
    static void validate(Dataset<Row> predictions, RegressionColumns columns) {
        List<String> present = Arrays.asList(predictions.columns());
        for (String name : columns.selected()) {
            if (!present.contains(name)) {
                throw new IllegalArgumentException("predictions have no column \"" + name + "\"; columns: " + present);
            }
        }
        for (String name : List.of(columns.actual(), columns.predicted())) {
            StructField field = predictions.schema().apply(name);
            DataType type = field.dataType();
            if (!(type instanceof NumericType)) {
                throw new IllegalArgumentException("column " + name + " is of type " + type.simpleString()
                        + ", expected a number (the " + (name.equals(columns.actual()) ? "target" : "prediction")
                        + ")");
            }
        }
    }

    /** One evaluation's passes and what they found. */
    private static final class Run {

        private final Dataset<Row> rows;
        private final RegressionColumns columns;
        private final SparkEvalOptions options;
        private final int scatterRows;
        private final List<String> features;
        private final DefaultSlices defaults;

        Run(Dataset<Row> rows, RegressionColumns columns, SparkEvalOptions options, int scatterRows) {
            this.rows = rows;
            this.columns = columns;
            this.options = options;
            this.scatterRows = scatterRows;
            this.features = columns.featureColumns();
            DefaultSlices spec = DefaultSlices.SPEC;
            this.defaults = new DefaultSlices(spec.confidenceBuckets(), options.topCategories(), spec.classSlices(),
                    spec.targetBuckets(), spec.keyBuckets(), spec.mediumMissing(), spec.highMissing());
        }

        RegressionPass.State run(List<RegressionPass.Member> groups, boolean[] stats,
                                 RegressionPass.Replicates[] replicates, List<RegressionPass.Request> requests,
                                 boolean first, Map<Integer, List<RegressionPass.Member>> eta, double[] errorRange,
                                 RegressionPass.Totals jackknife) {
            RegressionPass.Plan plan = new RegressionPass.Plan(columns, List.copyOf(groups), stats, replicates,
                    List.copyOf(requests), first, options.failureLimit(), scatterRows, options.seed(),
                    options.resamples(), Map.copyOf(eta), errorRange, jackknife);
            return rows.select(new RegressionPass(plan).toColumn()).head();
        }

        SparkRegressionEvaluation evaluate() {
            // Pass 1: all rows and the missingness buckets, with the first radix histograms of every source.
            List<SliceDefinition> missingSlices = defaults.missingness().slices();
            List<RegressionPass.Member> groups = new ArrayList<>();
            groups.add(RegressionPass.Member.all());
            missingSlices.forEach(d -> groups.add(RegressionPass.Member.of(d, features)));
            List<RegressionPass.Request> requests = new ArrayList<>();
            requests.add(new RegressionPass.Request(0, RegressionPass.ABS_ERROR, 0, 0));
            requests.add(new RegressionPass.Request(0, RegressionPass.TARGET, 0, 0));
            for (int c = 0; c < features.size(); c++) {
                requests.add(new RegressionPass.Request(0, c, 0, 0));
            }
            for (int g = 1; g < groups.size(); g++) {
                requests.add(new RegressionPass.Request(g, RegressionPass.ABS_ERROR, 0, 0));
            }
            boolean[] stats = new boolean[groups.size()];
            Arrays.fill(stats, true);
            RegressionPass.Replicates[] replicates = new RegressionPass.Replicates[groups.size()];
            Arrays.fill(replicates, RegressionPass.Replicates.RMSE);
            replicates[0] = RegressionPass.Replicates.HEADLINE;
            RegressionPass.State first = run(groups, stats, replicates, requests, true, Map.of(), null, null);
            RegressionPass.GroupStats all = first.groups[0];
            if (all.rows == 0) {
                throw new IllegalArgumentException("empty input: no rows to score");
            }

            // Order statistics of pass 1's sources.
            List<Source> sources = new ArrayList<>();
            Source median = Source.median(groups.get(0), RegressionPass.ABS_ERROR, all.rows);
            sources.add(median.fed(first.histograms[0]));
            List<Source> missingMedians = new ArrayList<>();
            for (int g = 1; g < groups.size(); g++) {
                Source s = Source.median(groups.get(g), RegressionPass.ABS_ERROR, first.groups[g].rows)
                        .fed(first.histograms[1 + 1 + features.size() + g - 1]);
                missingMedians.add(s);
                sources.add(s);
            }
            boolean exactQuantiles = options.quantileError() == 0;
            Source target = null;
            Map<Integer, Source> featureQuantiles = new HashMap<>();
            if (exactQuantiles) {
                target = Source.quantiles(groups.get(0), RegressionPass.TARGET, all.rows, defaults.targetBuckets())
                        .fed(first.histograms[1]);
                sources.add(target);
                for (int c = 0; c < features.size(); c++) {
                    if (first.numeric(c) && (options.keyFeature() == null || options.keyFeature().equals(features.get(c)))) {
                        RadixSelect.Histogram h = first.histograms[2 + c];
                        Source s = Source.quantiles(groups.get(0), c, h.total(), defaults.keyBuckets()).fed(h);
                        featureQuantiles.put(c, s);
                        sources.add(s);
                    }
                }
            }
            resolve(sources);

            List<SliceDefinition> quintiles = exactQuantiles
                    ? DefaultSlices.buckets(SliceDefinition.TARGET, null, target.starts())
                    : DefaultSlices.buckets(SliceDefinition.TARGET, null,
                            approximateStarts(columns.actual(), defaults.targetBuckets()));
            Map<Integer, List<SliceDefinition>> numericBuckets = new HashMap<>();
            for (int c = 0; c < features.size(); c++) {
                if (!first.numeric(c)
                        || options.keyFeature() != null && !options.keyFeature().equals(features.get(c))) {
                    continue;
                }
                List<SliceDefinition> b = new ArrayList<>(DefaultSlices.buckets(SliceDefinition.NUMERIC_RANGE,
                        features.get(c), exactQuantiles ? featureQuantiles.get(c).starts()
                                : approximateStarts(features.get(c), defaults.keyBuckets())));
                if (first.sawMissing(c)) {
                    b.add(Slices.in(features.get(c), (String) null));
                }
                numericBuckets.put(c, b);
            }

            // Pass 2: the target quintiles (and a named key feature's slices), eta² buckets, error histogram, jackknife.
            KeyFeature.Choice key = options.keyFeature() == null ? null
                    : KeyFeature.named(features, options.keyFeature());
            List<SliceDefinition> keySlices = key == null ? null : keySlices(first, key.column(), numericBuckets);
            List<SliceDefinition> second = new ArrayList<>(quintiles);
            if (keySlices != null) {
                second.addAll(keySlices);
            }
            Map<Integer, List<RegressionPass.Member>> eta = new HashMap<>();
            if (key == null) {
                numericBuckets.forEach((c, b) -> eta.put(c, b.stream()
                        .map(d -> RegressionPass.Member.of(d, features)).toList()));
            }
            RegressionPass.Totals totals = all.rows > Bootstrap.BCA_MAX_ROWS ? null : new RegressionPass.Totals(
                    all.rows, all.sum(RegressionPass.GroupStats.EE), all.sum(RegressionPass.GroupStats.ABS),
                    all.sum(RegressionPass.GroupStats.Y), all.sum(RegressionPass.GroupStats.YY));
            RegressionPass.State pass2 = sliceStats(second, eta, new double[] {all.minError, all.maxError}, totals);

            if (key == null) {
                key = chooseKey(first, pass2, numericBuckets, all);
            }
            RegressionPass.State pass3 = null;
            if (keySlices == null && key.column() != null) {
                keySlices = keySlices(first, key.column(), numericBuckets);
                pass3 = sliceStats(keySlices, Map.of(), null, null);
            }
            List<Source> sliceMedians = new ArrayList<>();
            List<RegressionPass.GroupStats> sliceStats = new ArrayList<>();
            List<SliceDefinition> computed = new ArrayList<>(second);
            addMedians(second, pass2, sliceMedians, sliceStats);
            if (pass3 != null) {
                addMedians(keySlices, pass3, sliceMedians, sliceStats);
                computed.addAll(keySlices);
            }
            resolve(sliceMedians);

            return report(first, pass2, groups, missingSlices, missingMedians, median.median(), quintiles, keySlices,
                    key, computed, sliceStats, sliceMedians);
        }

        /** A pass folding each slice's sums, RMSE replicates and first radix histogram of |e|. */
        private RegressionPass.State sliceStats(List<SliceDefinition> slices,
                                                Map<Integer, List<RegressionPass.Member>> eta, double[] errorRange,
                                                RegressionPass.Totals jackknife) {
            List<RegressionPass.Member> groups = slices.stream().map(d -> RegressionPass.Member.of(d, features))
                    .toList();
            boolean[] stats = new boolean[groups.size()];
            Arrays.fill(stats, true);
            RegressionPass.Replicates[] replicates = new RegressionPass.Replicates[groups.size()];
            Arrays.fill(replicates, RegressionPass.Replicates.RMSE);
            List<RegressionPass.Request> requests = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                requests.add(new RegressionPass.Request(g, RegressionPass.ABS_ERROR, 0, 0));
            }
            return run(groups, stats, replicates, requests, false, eta, errorRange, jackknife);
        }

        private void addMedians(List<SliceDefinition> slices, RegressionPass.State state, List<Source> medians,
                                List<RegressionPass.GroupStats> stats) {
            for (int g = 0; g < slices.size(); g++) {
                stats.add(state.groups[g]);
                medians.add(Source.median(RegressionPass.Member.of(slices.get(g), features),
                        RegressionPass.ABS_ERROR, state.groups[g].rows).fed(state.histograms[g]));
            }
        }

        /** Selection passes until every source's ranks are found: each pass counts one more digit. */
        private void resolve(List<Source> sources) {
            while (true) {
                List<RegressionPass.Member> groups = new ArrayList<>();
                List<RegressionPass.Request> requests = new ArrayList<>();
                Map<String, Integer> index = new LinkedHashMap<>();
                for (Source s : sources) {
                    for (RadixSelect.Selection sel : s.selections) {
                        if (sel.done()) {
                            continue;
                        }
                        int g = groups.indexOf(s.member);
                        if (g < 0) {
                            groups.add(s.member);
                            g = groups.size() - 1;
                        }
                        String k = g + "/" + s.source + "/" + sel.level() + "/" + sel.prefix();
                        if (!index.containsKey(k)) {
                            index.put(k, requests.size());
                            requests.add(new RegressionPass.Request(g, s.source, sel.level(), sel.prefix()));
                        }
                    }
                }
                if (requests.isEmpty()) {
                    return;
                }
                RegressionPass.State state = run(groups, new boolean[groups.size()],
                        new RegressionPass.Replicates[groups.size()], requests, false, Map.of(), null, null);
                for (Source s : sources) {
                    int g = groups.indexOf(s.member);
                    for (RadixSelect.Selection sel : s.selections) {
                        Integer r = sel.done() ? null
                                : index.get(g + "/" + s.source + "/" + sel.level() + "/" + sel.prefix());
                        if (r != null) {
                            sel.feed(state.histograms[r]);
                        }
                    }
                }
            }
        }

        /** The key feature's slices: a numeric one's quantile buckets, a categorical one's top categories. */
        private List<SliceDefinition> keySlices(RegressionPass.State first, String column,
                                                Map<Integer, List<SliceDefinition>> numericBuckets) {
            int c = features.indexOf(column);
            if (first.numeric(c)) {
                return numericBuckets.get(c);
            }
            return Slices.topCategories(column, rowsOf(first.cells.get(c)), defaults.topCategories());
        }

        /** {@link KeyFeature#forTarget}'s rule from merged sums: the feature whose buckets explain most variance. */
        private KeyFeature.Choice chooseKey(RegressionPass.State first, RegressionPass.State pass2,
                                            Map<Integer, List<SliceDefinition>> numericBuckets,
                                            RegressionPass.GroupStats all) {
            int k = defaults.topCategories();
            String best = null;
            double bestScore = -1;
            for (int c = 0; c < features.size(); c++) {
                List<long[]> counts = new ArrayList<>();
                List<BigDecimal> sums = new ArrayList<>();
                if (first.numeric(c)) {
                    for (RegressionPass.Cell cell : pass2.eta.get(c)) {
                        counts.add(new long[] {cell.rows});
                        sums.add(cell.target.value(0));
                    }
                } else {
                    // Buckets: the top k categories, every other category together, missing cells apart.
                    Map<String, RegressionPass.Cell> cells = first.cells.get(c);
                    List<String> top = Slices.topCategories(features.get(c), rowsOf(cells), k).stream()
                            .map(d -> d.values().get(0)).toList();
                    TreeMap<Integer, long[]> n = new TreeMap<>();
                    TreeMap<Integer, BigDecimal> s = new TreeMap<>();
                    cells.forEach((value, cell) -> {
                        int bucket = value == null ? k + 1 : top.contains(value) ? top.indexOf(value) : k;
                        n.computeIfAbsent(bucket, b -> new long[1])[0] += cell.rows;
                        s.merge(bucket, cell.target.value(0), BigDecimal::add);
                    });
                    n.values().forEach(counts::add);
                    sums.addAll(s.values());
                }
                double score = correlationRatio(counts, sums, all);
                if (score > bestScore + 1e-12) {
                    best = features.get(c);
                    bestScore = score;
                }
            }
            if (best == null) {
                return new KeyFeature.Choice(null, "no feature: no key-feature slices");
            }
            return new KeyFeature.Choice(best, String.format(Locale.ROOT, "the feature whose buckets (top %d"
                    + " categories, or %d quantile buckets) explain the largest share of the target's variance (eta"
                    + " squared %.4f); ties to the earlier column", k, defaults.keyBuckets(), bestScore));
        }

        /** eta² = between-bucket over total sum of squares, from exact sums (every row is in one bucket). */
        private static double correlationRatio(List<long[]> counts, List<BigDecimal> sums,
                                               RegressionPass.GroupStats all) {
            BigDecimal n = BigDecimal.valueOf(all.rows);
            BigDecimal sum = all.sum(RegressionPass.GroupStats.Y);
            BigDecimal total = all.sum(RegressionPass.GroupStats.YY).multiply(n).subtract(sum.multiply(sum));
            if (total.signum() == 0) {
                return 0;
            }
            // n * between = n * sum_b S_b² / n_b - S².
            BigDecimal between = BigDecimal.ZERO;
            for (int b = 0; b < counts.size(); b++) {
                if (counts.get(b)[0] > 0) {
                    between = between.add(sums.get(b).multiply(sums.get(b))
                            .divide(BigDecimal.valueOf(counts.get(b)[0]), ExactSums.PRECISION));
                }
            }
            between = between.multiply(n).subtract(sum.multiply(sum));
            return between.divide(total, ExactSums.PRECISION).doubleValue();
        }

        private static Map<String, Long> rowsOf(Map<String, RegressionPass.Cell> cells) {
            Map<String, Long> out = new HashMap<>();
            cells.forEach((v, c) -> out.put(v, c.rows));
            return out;
        }

        /** Quantile starts by Spark's approxQuantile at j / k, equal starts merged as the exact rule merges them. */
        private List<Double> approximateStarts(String column, int k) {
            Dataset<Row> numbers = rows.select(functions.col(column).cast("double").as("v")).na().drop();
            double[] probabilities = new double[k];
            for (int j = 0; j < k; j++) {
                probabilities[j] = (double) j / k;
            }
            List<Double> starts = new ArrayList<>();
            for (double q : numbers.stat().approxQuantile("v", probabilities, options.quantileError())) {
                double start = q == 0 ? 0.0 : q;
                if (starts.isEmpty() || start > starts.get(starts.size() - 1)) {
                    starts.add(start);
                }
            }
            return starts;
        }

        private SparkRegressionEvaluation report(RegressionPass.State first, RegressionPass.State pass2,
                                                 List<RegressionPass.Member> groups,
                                                 List<SliceDefinition> missingSlices, List<Source> missingMedians,
                                                 double median, List<SliceDefinition> quintiles,
                                                 List<SliceDefinition> keySlices, KeyFeature.Choice key,
                                                 List<SliceDefinition> computed,
                                                 List<RegressionPass.GroupStats> computedStats,
                                                 List<Source> computedMedians) {
            RegressionPass.GroupStats all = first.groups[0];
            long n = all.rows;
            List<MetricValue> overall = metrics(all, median);
            MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, options.runId(), Task.REGRESSION,
                    options.model(), "test", n, null, null, overall, List.of(), null, null);

            // Headline intervals: BCa (row jackknife up to BCA_MAX_ROWS rows) over Poisson replicates.
            Bootstrap.Options bootstrap = Bootstrap.Options.of(options.resamples(), options.seed(),
                    options.confidenceLevel()).withInterval(Bootstrap.Interval.BCA);
            Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
            for (int m = 0; m < HEADLINE.size(); m++) {
                String name = HEADLINE.get(m);
                Double point = MetricValue.valueOf(overall, name);
                double[] values = replicates(all, name);
                TreeMap<Double, Long> jack = pass2.jackknife.isEmpty() ? null : pass2.jackknife.get(m);
                BootstrapInterval ci = PoissonBootstrap.rows(point == null ? Double.NaN : point, values, n,
                        jack == null ? null : jack.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                        jack == null ? null : jack.values().stream().mapToLong(Long::longValue).toArray(), bootstrap);
                ConfidenceInterval written = ci.toRecord(name);
                if (written != null) {
                    intervals.put(name, written);
                }
            }
            ConfidenceIntervals cis = ConfidenceIntervals.of(options.runId(), PoissonBootstrap.BCA_METHOD,
                    options.confidenceLevel(), options.resamples(), options.seed(), intervals.values());

            // Slices, in the single machine's family order, then ranked by its rule.
            Map<SliceDefinition, RegressionPass.GroupStats> statsOf = new HashMap<>();
            Map<SliceDefinition, Double> medianOf = new HashMap<>();
            for (int i = 0; i < computed.size(); i++) {
                statsOf.put(computed.get(i), computedStats.get(i));
                medianOf.put(computed.get(i), computedMedians.get(i).median());
            }
            for (int i = 0; i < missingSlices.size(); i++) {
                statsOf.put(missingSlices.get(i), first.groups[1 + i]);
                medianOf.put(missingSlices.get(i), missingMedians.get(i).median());
            }
            Map<String, List<SliceDefinition>> families = new LinkedHashMap<>();
            families.put(DefaultSlices.TARGET_QUANTILE, quintiles);
            if (key.column() != null) {
                families.put(DefaultSlices.KEY_FEATURE, keySlices);
            }
            families.put(DefaultSlices.MISSINGNESS, missingSlices);
            SliceRunner runner = new SliceRunner(r -> {
                throw new IllegalStateException("slice metrics come from merged sums");
            }, options.minSliceSize(), SLICE_METRIC, false, null);
            Bootstrap.Options sliceBootstrap = Bootstrap.Options.of(options.resamples(), options.seed(),
                    options.confidenceLevel());
            List<SliceResult> results = new ArrayList<>();
            for (Map.Entry<String, List<SliceDefinition>> family : families.entrySet()) {
                for (SliceDefinition slice : family.getValue()) {
                    RegressionPass.GroupStats s = statsOf.get(slice);
                    List<MetricValue> m = s.rows == 0 ? List.of() : metrics(s, medianOf.get(slice));
                    results.add(runner.result(slice, family.getKey(), s.rows, m, () -> PoissonBootstrap.percentile(
                            MetricValue.valueOf(m, SLICE_METRIC), replicates(s, SLICE_METRIC), sliceBootstrap),
                            overall));
                }
            }
            SliceRunner.Evaluation ranked = runner.rank(results);
            // As the single machine: a "slice" of every row is the overall figure, never the weakest.
            SliceResult worst = ranked.slices().stream().filter(s -> s.sampleSize() < n)
                    .filter(s -> !s.belowMinSize() && MetricValue.valueOf(s.metrics(), SLICE_METRIC) != null)
                    .findFirst().orElse(null);
            String worstRule = ranked.worstRule() + "; a slice holding every test row is the overall figure and is"
                    + " never the worst";
            SliceReport slices = new SliceReport(SchemaVersion.CURRENT, options.runId(), options.minSliceSize(),
                    overall, ranked.slices(), SLICE_METRIC, worst == null ? null : worst.name(), worstRule,
                    key.column(), key.rule(), options.confidenceLevel(), options.resamples(), options.seed());

            FailureExamples failures = failures(first, all, overall);
            List<Plot> plots = plots(first, pass2, all, overall, quintiles, computed, computedStats,
                    ranked.slices());
            ErrorCandidates.Candidate largest = first.largest.candidates().get(0);
            double bias = -RegressionPass.GroupStats.mean(all.sum(RegressionPass.GroupStats.E), n);
            return new SparkRegressionEvaluation(metrics, cis, slices, failures, FailureModesTemplate.render(failures),
                    plots, columns.actual(), bias, all.under, all.over, largest.id(), largest.predicted(),
                    largest.actual(), options.dataset());
        }

        private FailureExamples failures(RegressionPass.State first, RegressionPass.GroupStats all,
                                         List<MetricValue> overall) {
            Map<String, ErrorCandidates.Candidate> candidates = new LinkedHashMap<>();
            for (ErrorCandidates rule : List.of(first.largest, first.under, first.over)) {
                rule.candidates().forEach(c -> candidates.putIfAbsent(c.id(), c));
            }
            int m = candidates.size();
            double[] actual = new double[m];
            double[] predicted = new double[m];
            List<String[]> cells = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            int i = 0;
            for (ErrorCandidates.Candidate c : candidates.values()) {
                actual[i] = c.actual();
                predicted[i++] = c.predicted();
                cells.add(c.features());
                ids.add(c.id());
            }
            Table table = Table.ofRows(features, cells, ids);
            String source = options.source();
            RegressionFailureSelector.Matched matched = new RegressionFailureSelector.Matched(all.rows, all.under,
                    all.over, MetricValue.valueOf(overall, RegressionRows.MAE),
                    Double.compare(all.minPredicted, all.maxPredicted) == 0);
            FailureSelection selection = new RegressionFailureSelector(options.failureLimit(), FeatureSummary.DEFAULT)
                    .selectAmong(table, actual, predicted, matched, id -> source == null ? null : source + "#row=" + id,
                            FailureTagging.DEFAULTS);
            return new FailureExamples(SchemaVersion.CURRENT, options.runId(), selection.rules(),
                    selection.examples());
        }

        /** The single machine's plots, in its order; the scatter plots from the sample. */
        private List<Plot> plots(RegressionPass.State first, RegressionPass.State pass2, RegressionPass.GroupStats all,
                                 List<MetricValue> overall, List<SliceDefinition> quintiles,
                                 List<SliceDefinition> computed, List<RegressionPass.GroupStats> computedStats,
                                 List<SliceResult> slices) {
            String on = options.model() + " on " + options.dataset() + " (test rows)";
            // Points in id order (integral ids as numbers): the single machine's order when its rows are in id order,
            // and then the same bytes when every row fits in the sample.
            List<ErrorCandidates.Candidate> sample = new ArrayList<>(first.sample.candidates());
            boolean integral = sample.stream().allMatch(c -> c.id().matches("-?\\d{1,18}"));
            sample.sort(integral ? java.util.Comparator.comparingLong(c -> Long.parseLong(c.id()))
                    : java.util.Comparator.comparing(ErrorCandidates.Candidate::id));
            String sampled = sample.size() < all.rows ? on + String.format(Locale.ROOT, ", a sample of %d of %d rows",
                    sample.size(), all.rows) : on;
            double[] actual = sample.stream().mapToDouble(ErrorCandidates.Candidate::actual).toArray();
            double[] predicted = sample.stream().mapToDouble(ErrorCandidates.Candidate::predicted).toArray();
            List<Plot> plots = new ArrayList<>();
            plots.add(RegressionPlots.predictedVsActual(sampled, actual, predicted, ImageFormat.PNG));
            plots.add(RegressionPlots.residuals(sampled, actual, predicted, ImageFormat.PNG));
            plots.add(RegressionPlots.errorHistogram(on, all.minError, all.maxError,
                    Arrays.stream(pass2.errorBins).asDoubleStream().toArray(), ImageFormat.PNG));
            List<String> buckets = new ArrayList<>();
            List<Double> mae = new ArrayList<>();
            for (int b = 0; b < quintiles.size(); b++) {
                RegressionPass.GroupStats s = computedStats.get(computed.indexOf(quintiles.get(b)));
                if (s.rows > 0) {
                    buckets.add(RegressionPlots.bucketLabel(b + 1, quintiles.get(b)));
                    mae.add(RegressionPass.GroupStats.mean(s.sum(RegressionPass.GroupStats.ABS), s.rows));
                }
            }
            plots.add(RegressionPlots.errorByBucket("MAE by target quintile (" + options.model() + ")", buckets,
                    mae.stream().mapToDouble(Double::doubleValue).toArray(), ImageFormat.PNG));
            plots.add(SlicePlots.ofResults("RMSE by slice (" + options.model() + ")", SLICE_METRIC, SLICE_METRIC,
                    slices, MetricValue.valueOf(overall, SLICE_METRIC), ImageFormat.PNG));
            return plots;
        }
    }

    /** Every metric of {@link RegressionMetrics} from a group's exact sums and its exact median. */
    static List<MetricValue> metrics(RegressionPass.GroupStats s, double median) {
        long n = s.rows;
        BigDecimal sse = s.sum(RegressionPass.GroupStats.EE);
        return RegressionMetrics.of(n, RegressionPass.GroupStats.mean(s.sum(RegressionPass.GroupStats.ABS), n),
                RegressionPass.GroupStats.mean(sse, n), sse.doubleValue(),
                RegressionPass.GroupStats.deviations(s.sum(RegressionPass.GroupStats.YY),
                        s.sum(RegressionPass.GroupStats.Y), n),
                RegressionPass.GroupStats.deviations(s.sum(RegressionPass.GroupStats.EE),
                        s.sum(RegressionPass.GroupStats.E), n),
                median, s.zeroTargets, RegressionPass.GroupStats.mean(s.sum(RegressionPass.GroupStats.RATIO), n),
                s.maxAbs);
    }

    /** Each replicate's value of a headline metric (NaN where the replicate drew too few rows). */
    static double[] replicates(RegressionPass.GroupStats s, String name) {
        double[] out = new double[s.weights.length];
        for (int b = 0; b < out.length; b++) {
            long w = s.weights[b];
            if (w == 0) {
                out[b] = Double.NaN;
                continue;
            }
            BigDecimal bw = BigDecimal.valueOf(w);
            BigDecimal sse = s.squared.value(b);
            out[b] = switch (name) {
                case RegressionRows.RMSE -> Math.sqrt(sse.divide(bw, ExactSums.PRECISION).doubleValue());
                case RegressionRows.MAE -> s.absolute.value(b).divide(bw, ExactSums.PRECISION).doubleValue();
                case RegressionRows.R2 -> {
                    if (w < 2) {
                        yield Double.NaN;
                    }
                    BigDecimal sum = s.target.value(b);
                    BigDecimal total = s.squaredTarget.value(b).multiply(bw).subtract(sum.multiply(sum));
                    yield total.signum() == 0 ? (sse.signum() == 0 ? 1.0 : 0.0)
                            : BigDecimal.ONE.subtract(sse.multiply(bw).divide(total, ExactSums.PRECISION))
                                    .doubleValue();
                }
                default -> throw new IllegalArgumentException("no replicates of " + name);
            };
        }
        return out;
    }

    /** One source's values in one group, and the ranks sought among them. */
    private static final class Source {

        final RegressionPass.Member member;
        final int source;
        final List<RadixSelect.Selection> selections = new ArrayList<>();
        private final long[] ranks;

        private Source(RegressionPass.Member member, int source, long[] ranks) {
            this.member = member;
            this.source = source;
            this.ranks = ranks;
            for (long r : ranks) {
                selections.add(new RadixSelect.Selection(r));
            }
        }

        /** The middle value (odd count) or the two middle ones (even), for the median; none for no values. */
        static Source median(RegressionPass.Member member, int source, long count) {
            long[] ranks = count == 0 ? new long[0] : count % 2 == 1 ? new long[] {count / 2}
                    : new long[] {count / 2 - 1, count / 2};
            return new Source(member, source, ranks);
        }

        /** The starts of k quantile buckets: the values at floor(j count / k), as {@code DefaultSlices.quantiles}. */
        static Source quantiles(RegressionPass.Member member, int source, long count, int k) {
            long[] ranks = new long[count == 0 ? 0 : k];
            for (int j = 0; j < ranks.length; j++) {
                ranks[j] = Math.multiplyExact(j, count) / k;
            }
            return new Source(member, source, ranks);
        }

        Source fed(RadixSelect.Histogram level0) {
            selections.forEach(s -> s.feed(level0));
            return this;
        }

        /** The median as the single machine computes it: the middle value, or the mean of the two middle ones. */
        double median() {
            if (ranks.length == 0) {
                return Double.NaN;
            }
            return ranks.length == 1 ? selections.get(0).value()
                    : (selections.get(0).value() + selections.get(1).value()) / 2;
        }

        /** Ascending bucket starts, equal ones merged. */
        List<Double> starts() {
            List<Double> starts = new ArrayList<>();
            for (RadixSelect.Selection s : selections) {
                double v = s.value();
                if (starts.isEmpty() || v > starts.get(starts.size() - 1)) {
                    starts.add(v);
                }
            }
            return starts;
        }
    }
}
