package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Retriever;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.LatencyReport;
import io.modellab.evalharness.core.schema.LatencyStage;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.metrics.LatencyHarness;
import io.modellab.evalharness.metrics.RankingMetrics;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Times candidate generation with the {@link LatencyHarness}, one query per timed call, at several candidate
 * depths, and pairs each depth with its recall at that depth: the recall-vs-latency trade-off. Recall at depth d is
 * read from the evaluated candidates' first d (a top-d search returns exactly those), so it is deterministic; the
 * times are not, which is why they live in the run folder's latency.json and its plot, never in the eval folder.
 */
final class RankingLatency {

    /** The file name of latency.json in the run folder. */
    static final String FILE = "latency.json";

    /** Candidate generation: the retriever's search. */
    static final String CANDIDATES = "candidate_generation";

    static final int WARMUP = 200;
    static final int MEASURED = 1000;

    private RankingLatency() {
    }

    record Result(LatencyReport report, Plot plot) {
    }

    /** Depths from 10 up to the request's depth, doubling-ish: 10, 20, 50, 100, 200... and the depth itself. */
    static int[] depths(int depth) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int d : new int[] {1, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            if (d <= depth) {
                out.add(d);
            }
        }
        out.add(depth);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static Result measure(RankingRequest request, QueryScores scores, ProgressListener progress) {
        Retriever retriever = request.retriever();
        List<JudgedQuery> queries = request.queries();
        int[] depths = depths(request.depth());
        // Padded to the deepest depth, so that recall at a depth beyond the evaluation's largest K is not inflated.
        double[] recall = RankingMetrics.series(scores.atCutoffs(depths).rankingQueries(), depths).get("recall");
        LatencyHarness harness = new LatencyHarness();
        List<LatencyStage> stages = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double[] p50 = new double[depths.length];
        for (int i = 0; i < depths.length; i++) {
            int depth = depths[i];
            LatencyHarness.Report r = harness.measure(queries.size(), batch -> {
                for (int q : batch) {
                    retriever.search(queries.get(q).text(), depth);
                }
            }, new LatencyHarness.Options(1, WARMUP, Math.min(MEASURED, Math.max(queries.size(), 1)), "cpu"), progress);
            String metric = "recall@" + depth;
            stages.add(new LatencyStage(CANDIDATES, depth, 1, WARMUP, r.measuredBatches(), r.p50Millis(), r.p95Millis(),
                    r.p99Millis(), r.meanMillis(), metric, Double.isNaN(recall[i]) ? null : recall[i]));
            labels.add("depth " + depth);
            p50[i] = r.p50Millis();
        }
        Plot plot = CurvePlots.recallVsLatency("Recall at depth vs candidate-generation latency (" + request.model() + ")",
                labels, p50, java.util.Arrays.stream(recall).map(v -> Double.isNaN(v) ? 0 : v).toArray(),
                ImageFormat.PNG);
        LatencyReport report = new LatencyReport(SchemaVersion.CURRENT, request.runId(), "cpu",
                "wall-clock times of one query per call on this machine (" + WARMUP + " untimed calls first, then up to "
                        + MEASURED + " timed ones cycling through the queries); they differ between runs and machines,"
                        + " so they are kept out of the eval folder. Only candidate generation is timed (a reranking"
                        + " stage would be one more stage). recall is deterministic: the evaluated candidates' recall at that depth.",
                stages, List.of(plot.fileName()));
        return new Result(report, plot);
    }
}
