package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.JudgedDoc;
import io.modellab.evalharness.core.schema.LatencyReport;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RankedQuery;
import io.modellab.evalharness.core.schema.RankingPredictions;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.RankingMetrics;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.slicing.FailureModesTemplate;
import io.modellab.evalharness.slicing.QueryFailures;
import io.modellab.evalharness.slicing.QuerySlices;
import io.modellab.evalharness.slicing.TakeawaySentences;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalParts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates one ranking system's candidates for a set of judged queries into a complete eval folder, the ranking
 * counterpart of {@link io.modellab.tracker.EvalHarness}.
 *
 * <pre>{@code
 * RankingEvaluator evaluator = new RankingEvaluator(EvalOptions.DEFAULTS);
 * Path evalDir = evaluator.evaluateAndWrite(Path.of("artifacts"), request);
 * }</pre>
 *
 * <ul>
 *   <li>metrics.json: recall, precision, MRR, MAP, hit rate and NDCG at every K of {@link #KS}, from the metrics
 *       module's {@link RankingMetrics} (graded relevance, a relevant document the system did not return still
 *       counts in recall's and NDCG's denominators);</li>
 *   <li>confidence_intervals.json: a bootstrap over queries, seeded with the run's seed, for recall, MRR, NDCG and
 *       MAP at every K (BCa up to {@link Bootstrap#BCA_MAX_ROWS} queries, percentile above);</li>
 *   <li>slices.json ({@link QuerySlices}: query length, head and tail queries, term density), failure_examples.json
 *       ({@link QueryFailures}), rankings.json (per query: top ids and where each relevant document ranked);</li>
 *   <li>plots: metrics against K, NDCG@10 by slice and, with stress, one degradation plot per stressed metric;</li>
 *   <li>with the system ({@link RankingRequest#retriever()}): stress.json ({@link RankingStress}) and, outside the
 *       eval folder because times are not reproducible, the run folder's latency.json and recall-vs-latency plot
 *       ({@link RankingLatency}).</li>
 * </ul>
 * Everything inside the eval folder is a function of the request and the seed: byte-identical on every run.
 *
 * @param options how to evaluate (resamples, confidence level, smallest slice, examples per failure rule)
 */
public record RankingEvaluator(EvalOptions options) {

    /** The cut-offs of every metric. */
    public static final int[] KS = {1, 5, 10, 20, 100};

    /** The headline metrics, in order; the first ranks slices and stress. */
    public static final List<String> HEADLINE = List.of("ndcg@10", "recall@10", "mrr@10", "map@10");

    /** The metrics that get a bootstrap interval at every K. */
    public static final List<String> INTERVAL_METRICS = List.of("recall", "mrr", "ndcg", "map");

    /** The stressed metrics. */
    public static final List<String> STRESSED = List.of("ndcg@10", "recall@10", "mrr@10");

    /** What an evaluation produces: the eval folder and, when the system was timed, latency.json and its plot. */
    public record Result(EvalFolder folder, LatencyReport latency, Plot latencyPlot) {
    }

    /** Evaluates, writes the eval folder (and latency.json beside it when timed), returns the eval folder's path. */
    public Path evaluateAndWrite(Path artifactsRoot, RankingRequest request) {
        Result result = evaluate(request);
        Path dir = EvalFolderWriter.write(artifactsRoot, request.project(), request.runId(), result.folder());
        if (result.latency() != null) {
            writeLatency(EvalFolderWriter.runDir(artifactsRoot, request.project(), request.runId()), result);
        }
        return dir;
    }

    /** Computes everything, writing nothing. */
    public Result evaluate(RankingRequest request) {
        ProgressListener progress = options.progress();
        List<JudgedQuery> queries = request.queries().stream().sorted(Comparator.comparing(JudgedQuery::id)).toList();
        QueryScores scores = QueryScores.of(queries, request.candidates(), KS);
        List<MetricValue> overall = RankingMetrics.compute(scores.rankingQueries(), KS);
        progress.progress("ranking metrics", 1, 1);

        Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
        for (int k : KS) {
            for (String m : INTERVAL_METRICS) {
                String name = m + "@" + k;
                Bootstrap.Options bootstrap = new Bootstrap.Options(options.resamples(), request.seed(),
                        options.confidenceLevel(), RankingStress.THREADS, ProgressListener.NONE, Bootstrap.Interval.BCA);
                double[] values = scores.values(name);
                ConfidenceInterval ci = Bootstrap.interval(scores.size(), bootstrap,
                        rows -> QueryScores.mean(values, rows)).toRecord(name);
                if (ci != null) {
                    intervals.put(name, ci);
                }
            }
        }
        progress.progress("bootstrap", 1, 1);

        String sliceMetric = HEADLINE.get(0);
        List<SliceResult> slices = RankingSlices.run(scores, request.termDocFrequency(), overall,
                options.minSliceSize(), sliceMetric);
        SliceResult worst = QuerySlices.worst(slices, sliceMetric);
        progress.progress("slices", 1, 1);

        QueryFailures.Selection failures = RankingFailures.select(scores, request.titles(), options.failureLimit(),
                request.depth(), request.dataset().source());
        progress.progress("failure examples", 1, 1);

        List<Plot> plots = new ArrayList<>();
        plots.add(metricsAtK(request, scores, intervals));
        plots.add(slicePlot(request, slices, overall, sliceMetric));
        List<String> keyPlots = plots.stream().map(p -> EvalFiles.STANDARD.plots() + p.fileName()).toList();

        StressReport stress = null;
        RankingLatency.Result latency = null;
        if (request.retriever() != null) {
            RankingStress.Result swept = RankingStress.run(request, scores, STRESSED, options.resamples(),
                    options.confidenceLevel(), progress);
            List<Plot> degradation = degradationPlots(request, swept.report());
            plots.addAll(degradation);
            StressReport r = swept.report();
            stress = new StressReport(r.schemaVersion(), r.runId(), r.seed(), r.method(), r.confidenceLevel(),
                    r.resamples(), r.severities(), r.metrics(), r.clean(), r.corruptions(), r.degradation(),
                    r.importanceMetric(), r.permutationImportance(),
                    degradation.stream().map(p -> EvalFiles.STANDARD.plots() + p.fileName()).toList());
            latency = RankingLatency.measure(request, scores, progress);
        }
        progress.progress("plots", 1, 1);

        List<HeadlineMetric> headline = HeadlineMetric.of(HEADLINE, overall, intervals);
        String run = request.runId();
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, request.project(), run, Task.RANKING,
                request.model(), request.role(), request.dataset(), request.codeVersion(), request.seed(),
                (long) scores.size(), null, headline,
                request.baselineCheck() == null ? null : request.baselineCheck().baselineRunId(),
                request.baselineCheck(),
                EvalFiles.ranking(stress != null).withFailureModes(EvalFiles.FAILURE_MODES), keyPlots);
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, run, Task.RANKING, request.model(), "queries",
                scores.size(), null, null, overall, List.of(), null, request.baseline());
        ConfidenceIntervals cis = EvalParts.confidenceIntervals(run, options, request.seed(), intervals);
        SliceReport sliceReport = new SliceReport(SchemaVersion.CURRENT, run, options.minSliceSize(), overall, slices);
        FailureExamples failureExamples = new FailureExamples(SchemaVersion.CURRENT, run, failures.rules(),
                failures.examples());
        Takeaway takeaway = takeaway(request, scores, overall, intervals, worst, failures, stress);
        EvalFolder folder = new EvalFolder(summary, metrics, cis, sliceReport, failureExamples, takeaway, plots,
                repro(request), null, stress, FailureModesTemplate.render(failureExamples), rankings(request, scores));
        return new Result(folder, latency == null ? null : latency.report(), latency == null ? null : latency.plot());
    }

    /** Writes latency.json and its plot into the run folder, each atomically. */
    static void writeLatency(Path runDir, Result result) {
        ArtifactValidator.requireValid(RankingLatency.FILE, result.latency());
        AtomicFiles.write(runDir.resolve(RankingLatency.FILE), Json.toBytes(result.latency()));
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        try {
            result.latencyPlot().content().writeTo(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + result.latencyPlot().fileName(), e);
        }
        AtomicFiles.write(runDir.resolve(result.latencyPlot().fileName()), image.toByteArray());
    }

    /** rankings.json: per query, its first ten candidates and where each relevant document ranked. */
    private static RankingPredictions rankings(RankingRequest request, QueryScores scores) {
        List<RankedQuery> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            JudgedQuery q = scores.query(i);
            List<ScoredDoc> ranked = scores.ranked(i);
            List<String> top = ranked.subList(0, Math.min(10, ranked.size())).stream().map(ScoredDoc::docId).toList();
            List<JudgedDoc> judged = new ArrayList<>();
            int at = i;
            q.relevance().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        int rank = scores.rankOf(at, e.getKey());
                        judged.add(new JudgedDoc(e.getKey(), e.getValue(), rank == 0 ? null : rank,
                                rank == 0 ? null : ranked.get(rank - 1).score()));
                    });
            out.add(new RankedQuery(q.id(), q.text(), ranked.size(), top, judged));
        }
        return new RankingPredictions(SchemaVersion.CURRENT, request.runId(), Task.RANKING, request.depth(), out);
    }

    /** Recall, MRR, NDCG and MAP against K, with their bootstrap bands. */
    private static Plot metricsAtK(RankingRequest request, QueryScores scores, Map<String, ConfidenceInterval> intervals) {
        return CurvePlots.rankingMetricsAtK("Ranking metrics by cut-off K (" + request.model() + ", " + scores.size()
                + " queries)", KS, INTERVAL_METRICS, RankingMetrics.series(scores.rankingQueries(), KS), intervals,
                ImageFormat.PNG);
    }

    private static Plot slicePlot(RankingRequest request, List<SliceResult> slices, List<MetricValue> overall,
                                  String metric) {
        return EvalParts.slicePlot(metric + " by query slice (" + request.model() + ")", fileSafe(metric), metric,
                slices, overall);
    }

    /** One plot per stressed metric: each corruption's value against severity, its band clean + paired interval. */
    private static List<Plot> degradationPlots(RankingRequest request, StressReport report) {
        List<Plot> plots = new ArrayList<>();
        for (String metric : report.metrics()) {
            List<CurvePlots.Curve> curves = new ArrayList<>();
            for (StressCorruption c : report.corruptions()) {
                List<double[]> points = new ArrayList<>();
                for (Degradation row : report.degradation()) {
                    DegradedMetric m = row.metric(metric);
                    if (row.corruption().equals(c.name()) && m != null && m.value() != null) {
                        double lower = m.ciLower() == null ? m.value() : m.clean() + m.ciLower();
                        double upper = m.ciUpper() == null ? m.value() : m.clean() + m.ciUpper();
                        points.add(new double[] {row.severity(), m.value(), lower, upper});
                    }
                }
                if (!points.isEmpty()) {
                    curves.add(new CurvePlots.Curve(c.name(), column(points, 0), column(points, 1), column(points, 2),
                            column(points, 3)));
                }
            }
            plots.add(CurvePlots.degradation(metric + " under stress (" + request.model() + ")", fileSafe(metric),
                    curves, ImageFormat.PNG));
        }
        return plots;
    }

    /** A metric name as a file name part: {@code ndcg@10} becomes {@code ndcg_at_10}. */
    static String fileSafe(String metric) {
        return metric.replace("@", "_at_");
    }

    private static double[] column(List<double[]> points, int k) {
        return points.stream().mapToDouble(p -> p[k]).toArray();
    }

    /** Five sentences from the numbers, by the slicing module's sentences (the Spark path's too). */
    private Takeaway takeaway(RankingRequest request, QueryScores scores, List<MetricValue> overall,
                              Map<String, ConfidenceInterval> intervals, SliceResult worst,
                              QueryFailures.Selection failures, StressReport stress) {
        Degradation damaging = stress == null ? null : RankingStress.mostDamaging(stress);
        String stressClause = damaging == null ? null : RankingStress.describe(damaging, stress.metrics().get(0),
                options.confidenceLevel(), RankingEvaluator::inSentence);
        long missed = failures.rules().isEmpty() ? 0 : failures.rules().get(0).matched();
        return TakeawaySentences.ranking(new TakeawaySentences.Ranking(request.model(), scores.size(), overall,
                KS[KS.length - 1], intervals.get("ndcg@10"), options.confidenceLevel(), request.dataset().name(),
                request.dataset().version(), request.baseline(), request.baselineCheck(), worst, missed,
                stressClause));
    }

    /** Free text inside a sentence: one line, and no full stop that would end the sentence early. */
    static String inSentence(String text) {
        return TakeawaySentences.inSentence(text);
    }

    private static String repro(RankingRequest r) {
        return r.repro().markdown(r.runId(), r.project(), "ranking system `" + r.model() + "`",
                r.role().name().toLowerCase(Locale.ROOT), r.seed(), r.codeVersion(), r.dataset(),
                String.format(Locale.ROOT, "; %d judged queries, up to %d candidates each", r.queries().size(),
                        r.depth()),
                "Latency figures (the run folder's latency.json) are wall-clock times and differ on every run; everything\n"
                        + "in this eval folder is byte-identical for the same commit, data and seed.");
    }
}
