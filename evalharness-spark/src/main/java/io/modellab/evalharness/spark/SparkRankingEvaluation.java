package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.slicing.QuerySlices;
import io.modellab.evalharness.slicing.TakeawaySentences;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * What the Spark ranking evaluation computed: the records of metrics.json, confidence_intervals.json, slices.json and
 * failure_examples.json, failure_modes.md and the plots, as the single-machine {@code RankingEvaluator} makes them.
 * {@link #writeFolder} adds eval_summary.json, takeaway.txt and repro.md and writes the whole eval folder.
 *
 * @param metrics recall, precision, MRR, MAP, hit rate and NDCG at every K, means over the judged queries
 * @param confidenceIntervals BCa intervals over Poisson replicates of recall, MRR, NDCG and MAP at every K
 * @param slices the query slices, worst NDCG@10 first
 * @param failureExamples both ranking failure rules' examples, tagged
 * @param failureModes the failure-modes template (failure_modes.md) of those examples
 * @param plots metrics against K with their bands, and NDCG@10 by slice
 * @param depth the most candidates the system was asked for per query
 * @param missed the queries that do not rank their most relevant document first
 */
public record SparkRankingEvaluation(MetricsReport metrics, ConfidenceIntervals confidenceIntervals,
                                     SliceReport slices, FailureExamples failureExamples, String failureModes,
                                     List<Plot> plots, int depth, long missed) {

    /** Copies the list. */
    public SparkRankingEvaluation {
        plots = List.copyOf(plots);
    }

    /**
     * Writes the complete eval folder to {@code <artifactsRoot>/<project>/<run_id>/eval/} through
     * {@link EvalFolderWriter}: every record validated, the folder renamed into place only when complete, an existing
     * one never overwritten. It has everything the single machine writes without a system to time and stress, except
     * rankings.json (its summary's {@code files.rows_not_written} says why); the same evaluation gives the same bytes.
     *
     * @return the eval folder
     * @throws IllegalArgumentException for an unsafe project or run name
     */
    public Path writeFolder(Path artifactsRoot, SparkRun run) {
        return EvalFolderWriter.write(artifactsRoot, run.project(), metrics.runId(), folder(run));
    }

    /** The eval folder {@link #writeFolder} writes, without writing it. */
    public EvalFolder folder(SparkRun run) {
        Objects.requireNonNull(run, "run");
        String runId = metrics.runId();
        long queries = metrics.rows();
        List<String> keyPlots = plots.stream().map(plot -> EvalFiles.STANDARD.plots() + plot.fileName()).toList();
        // rankings.json lists every query's top documents and where each relevant one ranked: one entry per query.
        EvalFiles files = EvalFiles.standard(false, true).withoutRows(String.format(Locale.ROOT,
                "%d queries evaluated on Apache Spark; %s (every query's ranking) is not written", queries,
                EvalFiles.RANKINGS));
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, run.project(), runId, Task.RANKING,
                metrics.model(), run.role(), run.dataset(), run.codeVersion(), confidenceIntervals.seed(),
                queries, null, headline(),
                run.baselineCheck() == null ? null : run.baselineCheck().baselineRunId(), run.baselineCheck(), files,
                keyPlots);
        String repro = run.repro().markdown(runId, run.project(), "ranking system `" + metrics.model() + "`",
                run.role().name().toLowerCase(Locale.ROOT), confidenceIntervals.seed(), run.codeVersion(),
                run.dataset(), String.format(Locale.ROOT, "; %d judged queries, up to %d candidates each", queries,
                        depth), "");
        return new EvalFolder(summary, metrics.withBaseline(run.baseline()), confidenceIntervals, slices, failureExamples, takeaway(run),
                plots, repro, null, null, failureModes);
    }

    /** takeaway.txt, by the single machine's sentences ({@link TakeawaySentences#ranking}) from the same numbers. */
    public Takeaway takeaway(SparkRun run) {
        String metric = SparkRankingEvaluator.HEADLINE.get(0);
        int[] ks = SparkRankingEvaluator.KS;
        return TakeawaySentences.ranking(new TakeawaySentences.Ranking(metrics.model(), metrics.rows(),
                metrics.metrics(), ks[ks.length - 1], interval(metric), confidenceIntervals.confidenceLevel(),
                run.dataset().name(), run.dataset().version(), run.baseline(), run.baselineCheck(),
                QuerySlices.worst(slices.slices(), metric), missed, null));
    }

    /** The headline rows, as the single machine's: each metric over all queries with its interval. */
    private List<HeadlineMetric> headline() {
        Map<String, ConfidenceInterval> intervals = new LinkedHashMap<>();
        confidenceIntervals.intervals().forEach(ci -> intervals.put(ci.metric(), ci));
        return HeadlineMetric.of(SparkRankingEvaluator.HEADLINE, metrics.metrics(), intervals);
    }

    private ConfidenceInterval interval(String metric) {
        return confidenceIntervals.intervals().stream().filter(ci -> ci.metric().equals(metric)).findFirst()
                .orElse(null);
    }
}
