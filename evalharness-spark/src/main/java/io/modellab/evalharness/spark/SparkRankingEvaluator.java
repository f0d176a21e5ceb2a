package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.metrics.QueryMeans;
import io.modellab.evalharness.metrics.RankingMetrics;
import io.modellab.evalharness.metrics.RankingQuery;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.SlicePlots;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.QueryFailures;
import io.modellab.evalharness.slicing.QuerySlices;
import java.util.ArrayList;
import java.util.Arrays;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;

/**
 * Evaluates a ranking system's candidates against graded judgments held in two Spark Datasets, without collecting
 * rows to the driver, into the eval folder the single-machine {@code RankingEvaluator} writes for the same queries:
 * eval_summary.json, metrics.json, confidence_intervals.json, slices.json, failure_examples.json, failure_modes.md,
 * takeaway.txt, plots/ (metrics against K with their bands, NDCG@10 by slice) and repro.md. It has no rankings.json
 * (per query: eval_summary.json's {@code files.rows_not_written} says why), no stress.json and no latency (the system
 * itself is not on Spark).
 *
 * <pre>{@code
 * SparkRankingEvaluation result = SparkRankingEvaluator.evaluate(candidates, judgments,
 *         RankingColumns.of("query_id", "doc_id", "score", "grade").withQueryText("query"),
 *         SparkRankingOptions.defaults("run-20261124-010000-0a1b2c3d", "bm25", 100, 42));
 * result.writeFolder(Path.of("/mnt/shared/artifacts"), SparkRun.baseline("search", datasetRef, codeVersion, repro));
 * }</pre>
 *
 * <p><b>One shuffle, one pass.</b> Both Datasets are grouped by query id and cogrouped, so each query's candidates
 * and judgments meet on one executor (a query's rows are collected there, never all rows on the driver). There the
 * query is ranked (score descending, ties by document id, {@link RankingMetrics#RANKED}) and scored by the metrics
 * module's own functions ({@link RankingMetrics#judged}, {@link RankingMetrics#perQuery}), the code the single
 * machine runs. Each partition folds its queries into a {@link RankingState}, and the states merge on the driver.
 *
 * <p><b>Same numbers, any partitioning.</b> A mean over queries is an exact sum ({@code ExactSums} of the metrics
 * module) rounded once, and the single machine averages the same way, so metrics.json's and slices.json's values
 * are the single machine's bits, and every file is byte-identical on 1, 3 or 17 partitions. slices.json
 * ({@link QuerySlices}), failure_examples.json and failure_modes.md ({@link QueryFailures}) are made by the single
 * machine's code from the merged state: the failure rules keep each partition's first {@code failureLimit} queries
 * in the rule's order (worst rank first, ties by query id) with the count of all failed queries.
 *
 * <p><b>Intervals.</b> For recall, MRR, NDCG and MAP at every K, BCa over Poisson replicates
 * ({@value PoissonBootstrap#BCA_METHOD}): each query counts Poisson(1) times per replicate, drawn from the seed and
 * its id, so the replicates do not depend on partitioning; the jackknife acceleration of a mean is exact from power
 * sums ({@link QueryMeans#acceleration}), so BCa needs no list of queries on the driver and holds at any number of
 * queries. The single machine resamples exactly n queries per replicate (multinomial; here about n), and above
 * {@code Bootstrap.BCA_MAX_ROWS} queries falls back to percentile intervals, so the bounds differ by bootstrap noise:
 * their widths agree within 10 % on a few hundred queries (the test's bound).
 */
public final class SparkRankingEvaluator {

    /** The cut-offs of every metric: the single machine's {@code RankingEvaluator.KS}. */
    public static final int[] KS = {1, 5, 10, 20, 100};

    /** The headline metrics, in order; the first ranks slices: the single machine's. */
    public static final List<String> HEADLINE = List.of("ndcg@10", "recall@10", "mrr@10", "map@10");

    /** The metrics that get a bootstrap interval at every K: the single machine's. */
    public static final List<String> INTERVAL_METRICS = List.of("recall", "mrr", "ndcg", "map");

    private SparkRankingEvaluator() {
    }

    /**
     * Evaluates the candidates against the judgments.
     *
     * @throws IllegalArgumentException when a named column is missing or of the wrong type (the message lists the
     *     columns there are), or when there is no query
     * @throws org.apache.spark.SparkException wrapping the {@code IllegalArgumentException} that names the column and
     *     the query (and document) of a bad row: a null id, a score that is not a finite number, a relevance below 0,
     *     a document listed twice, more candidates than the depth, candidates of a query without judgments, a query
     *     text or term frequency that differs between a query's rows
     */
    public static SparkRankingEvaluation evaluate(Dataset<Row> candidates, Dataset<Row> judgments,
                                                  RankingColumns columns, SparkRankingOptions options) {
        requireColumns("candidates", candidates.schema(), columns.candidateColumns(), List.of(columns.score()));
        List<String> numericJudgments = new ArrayList<>(List.of(columns.relevance()));
        if (columns.termDocFrequency() != null) {
            numericJudgments.add(columns.termDocFrequency());
        }
        requireColumns("judgments", judgments.schema(), columns.judgmentColumns(), numericJudgments);
        if (columns.queryText() != null) {
            DataType type = judgments.schema().apply(columns.queryText()).dataType();
            if (!type.equals(DataTypes.StringType)) {
                throw new IllegalArgumentException("judgments column \"" + columns.queryText() + "\" holds "
                        + type.simpleString() + ", expected the query's text (string)");
            }
        }
        String candidateQuery = columns.candidateQuery();
        String judgmentQuery = columns.judgmentQuery();
        var byQuery = candidates.select(cols(columns.candidateColumns()))
                .groupByKey((MapFunction<Row, String>) r -> id(r.get(0), "candidates", candidateQuery, null),
                        Encoders.STRING());
        var judgedByQuery = judgments.select(cols(columns.judgmentColumns()))
                .groupByKey((MapFunction<Row, String>) r -> id(r.get(0), "judgments", judgmentQuery, null),
                        Encoders.STRING());
        int depth = options.depth();
        // A query's outcome travels as Java-serialized bytes: Spark's object encoders take public classes only, and
        // the outcome and the state are this package's own.
        Dataset<byte[]> outcomes = byQuery.cogroup(judgedByQuery,
                (CoGroupFunction<String, Row, Row, byte[]>) (query, cands, judged) ->
                        List.of(serialize(outcome(query, cands, judged, columns, depth))).iterator(),
                Encoders.BINARY());
        int[] intervalMetrics = intervalPositions();
        int metrics = RankingMetrics.names(KS).size();
        long seed = options.seed();
        int resamples = options.resamples();
        int limit = options.failureLimit();
        RankingState state = outcomes.javaRDD().mapPartitions((FlatMapFunction<Iterator<byte[]>, RankingState>) it -> {
            RankingState s = new RankingState(metrics, intervalMetrics, seed, resamples, limit);
            it.forEachRemaining(bytes -> s.add((QueryOutcome) deserialize(bytes)));
            return List.of(s).iterator();
        }).reduce(RankingState::merge);
        return report(state, columns, options);
    }

    /** The records from the merged state, on the driver. */
    static SparkRankingEvaluation report(RankingState state, RankingColumns columns, SparkRankingOptions options) {
        long queries = state.overall.queries();
        if (queries == 0) {
            throw new IllegalArgumentException("empty input: no judged queries to evaluate");
        }
        String run = options.runId();
        List<MetricValue> overall = RankingMetrics.report(state.overall, KS);
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, run, Task.RANKING, options.model(), "queries",
                queries, null, null, overall, List.of(), null, null);

        Bootstrap.Options bootstrap = Bootstrap.Options.of(options.resamples(), options.seed(),
                options.confidenceLevel()).withInterval(Bootstrap.Interval.BCA);
        int[] positions = intervalPositions();
        List<String> names = RankingMetrics.names(KS);
        Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
        for (int j = 0; j < positions.length; j++) {
            double[] replicates = new double[options.resamples()];
            for (int b = 0; b < replicates.length; b++) {
                replicates[b] = state.replicateMean(b, j);
            }
            String name = names.get(positions[j]);
            ConfidenceInterval ci = PoissonBootstrap.mean(state.overall.mean(positions[j]), replicates,
                    state.overall, positions[j], bootstrap).toRecord(name);
            if (ci != null) {
                intervals.put(name, ci);
            }
        }
        ConfidenceIntervals cis = ConfidenceIntervals.of(run, PoissonBootstrap.BCA_METHOD, options.confidenceLevel(),
                options.resamples(), options.seed(), intervals.values());

        String sliceMetric = HEADLINE.get(0);
        List<QueryMeans[]> buckets = new ArrayList<>(Arrays.asList(state.buckets));
        if (columns.queryText() == null) {
            buckets.set(0, null);
        }
        if (columns.termDocFrequency() == null) {
            buckets.set(2, null);
        }
        List<SliceResult> sliceList = QuerySlices.results(buckets, overall, options.minSliceSize(), sliceMetric, KS);
        SliceReport slices = new SliceReport(SchemaVersion.CURRENT, run, options.minSliceSize(), overall, sliceList);

        List<List<QueryFailures.Query>> failed = new ArrayList<>();
        List<Long> matched = new ArrayList<>();
        for (int r = 0; r < QueryFailures.RULES.size(); r++) {
            failed.add(state.failed(r));
            matched.add(state.matched[r]);
        }
        QueryFailures.Selection selection = QueryFailures.select(failed, matched, Map.of(), options.failureLimit(),
                options.depth(), options.source());
        FailureExamples failures = new FailureExamples(SchemaVersion.CURRENT, run, selection.rules(),
                selection.examples());

        List<Plot> plots = List.of(
                CurvePlots.rankingMetricsAtK("Ranking metrics by cut-off K (" + options.model() + ", " + queries
                        + " queries)", KS, INTERVAL_METRICS, RankingMetrics.series(state.overall, KS), intervals,
                        ImageFormat.PNG),
                SlicePlots.ofResults(sliceMetric + " by query slice (" + options.model() + ")",
                        sliceMetric.replace("@", "_at_"), sliceMetric, sliceList,
                        MetricValue.valueOf(overall, sliceMetric), ImageFormat.PNG));
        return new SparkRankingEvaluation(metrics, cis, slices, failures, FailureModesTemplate.render(failures), plots,
                options.depth(), state.matched[0]);
    }

    /** One query's outcome from its rows (on an executor). */
    static QueryOutcome outcome(String query, Iterator<Row> candidates, Iterator<Row> judgments,
                                RankingColumns columns, int depth) {
        TreeMap<String, Double> relevance = new TreeMap<>();
        Set<String> judgedDocs = new HashSet<>();
        boolean judged = false;
        String text = null;
        Double frequency = null;
        int textAt = columns.queryText() == null ? -1 : 3;
        int frequencyAt = columns.termDocFrequency() == null ? -1 : columns.queryText() == null ? 3 : 4;
        while (judgments.hasNext()) {
            Row row = judgments.next();
            String doc = id(row.get(1), "judgments", columns.judgmentDoc(), query);
            if (!judgedDocs.add(doc)) {
                throw bad("judgments", columns.judgmentDoc(), query, doc, "the document is judged twice");
            }
            Object grade = row.get(2);
            double g = grade == null ? Double.NaN : ((Number) grade).doubleValue();
            if (!(g >= 0) || Double.isInfinite(g)) {
                throw bad("judgments", columns.relevance(), query, doc, "relevance " + grade
                        + ", expected a finite number >= 0 (0: judged not relevant)");
            }
            if (g > 0) {
                relevance.put(doc, g);
            }
            if (textAt >= 0) {
                String t = row.getString(textAt);
                if (t == null) {
                    throw bad("judgments", columns.queryText(), query, doc, "the query text is null");
                }
                if (judged && !t.equals(text)) {
                    throw bad("judgments", columns.queryText(), query, doc, "the query text \"" + t
                            + "\" differs from \"" + text + "\" on another row of the query");
                }
                text = t;
            }
            if (frequencyAt >= 0) {
                Double f = row.isNullAt(frequencyAt) ? null : ((Number) row.get(frequencyAt)).doubleValue();
                if (judged && !java.util.Objects.equals(f, frequency)) {
                    throw bad("judgments", columns.termDocFrequency(), query, doc, "term document frequency " + f
                            + " differs from " + frequency + " on another row of the query");
                }
                frequency = f;
            }
            judged = true;
        }
        List<ScoredDoc> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (candidates.hasNext()) {
            Row row = candidates.next();
            String doc = id(row.get(1), "candidates", columns.candidateDoc(), query);
            Object score = row.get(2);
            double s = score == null ? Double.NaN : ((Number) score).doubleValue();
            if (!Double.isFinite(s)) {
                throw bad("candidates", columns.score(), query, doc, "score " + score + ", expected a finite number");
            }
            if (!seen.add(doc)) {
                throw bad("candidates", columns.candidateDoc(), query, doc, "the system lists the document twice");
            }
            docs.add(new ScoredDoc(doc, s));
        }
        if (!judged) {
            throw new IllegalArgumentException("candidates column " + columns.candidateQuery() + ": query " + query
                    + " has " + docs.size() + " candidates but no judgments; every candidate list must belong to a"
                    + " judged query");
        }
        if (docs.size() > depth) {
            throw new IllegalArgumentException("candidates column " + columns.candidateQuery() + ": query " + query
                    + " has " + docs.size() + " candidates, more than the depth " + depth);
        }
        docs.sort(RankingMetrics.RANKED);
        RankingQuery scored = RankingMetrics.judged(query, docs, relevance, KS);
        int[] buckets = {
                text == null ? -1 : QuerySlices.queryTermsBucket(text),
                QuerySlices.relevantDocumentsBucket(relevance.size()),
                QuerySlices.termDocFrequencyBucket(frequency)};
        return new QueryOutcome(RowKeys.ofString(query), RankingMetrics.perQuery(scored, KS), buckets,
                QueryFailures.Query.of(query, text, relevance, docs.stream().map(ScoredDoc::docId).toList()));
    }

    /** The positions of recall, MRR, NDCG and MAP at every K among the per-query values, in the single machine's order. */
    static int[] intervalPositions() {
        List<String> names = RankingMetrics.names(KS);
        List<Integer> out = new ArrayList<>();
        for (int k : KS) {
            for (String m : INTERVAL_METRICS) {
                out.add(names.indexOf(m + "@" + k));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** An id cell as a string; names the Dataset, column and query of a bad one. */
    static String id(Object cell, String dataset, String column, String query) {
        if (cell instanceof String s) {
            return s;
        }
        if (cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte) {
            return cell.toString();
        }
        String where = dataset + " column " + column + (query == null ? "" : ", query " + query) + ": ";
        if (cell == null) {
            throw new IllegalArgumentException(where + "an id is null");
        }
        throw new IllegalArgumentException(where + "id " + cell + " is a " + cell.getClass().getSimpleName()
                + ", expected a string or an integral number");
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a query's outcome", e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a query's outcome", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a query's outcome", e);
        }
    }

    private static IllegalArgumentException bad(String dataset, String column, String query, String doc,
                                                String what) {
        return new IllegalArgumentException(dataset + " column " + column + ", query " + query + ", document " + doc
                + ": " + what);
    }

    private static void requireColumns(String dataset, StructType schema, List<String> wanted, List<String> numeric) {
        List<String> present = Arrays.asList(schema.fieldNames());
        for (String name : wanted) {
            if (!present.contains(name)) {
                throw new IllegalArgumentException(dataset + " have no column \"" + name + "\"; columns: " + present);
            }
        }
        for (String name : numeric) {
            DataType type = schema.apply(name).dataType();
            if (!(type instanceof NumericType)) {
                throw new IllegalArgumentException(dataset + " column \"" + name + "\" holds " + type.simpleString()
                        + ", expected a number; columns: " + schema.simpleString());
            }
        }
    }

    private static Column[] cols(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }
}
