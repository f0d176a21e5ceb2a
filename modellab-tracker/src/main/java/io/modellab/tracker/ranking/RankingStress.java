package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Retriever;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.stress.QueryCorruptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/**
 * The ranking stress sweep: the system answers every query again under each corruption at each severity, and
 * each headline metric's difference from the clean answers gets a paired percentile bootstrap interval over queries
 * (the same resamples for both; at severity 0 the difference is 0 and so is its interval). Corruptions:
 * <ul>
 *   <li>{@value QueryCorruptions#TYPOS} and {@value QueryCorruptions#DROPPED_TERMS}: the queries are corrupted
 *       ({@link QueryCorruptions}, seeded by the run's seed and each query's id);</li>
 *   <li>{@value #DEPTH}: the system is asked for fewer candidates, {@code round(depth / 2^(10 s))} at severity s
 *       (at least 1): half at 0.1, a quarter at 0.2, a sixteenth at 0.4;</li>
 *   <li>each of the request's {@link SystemShift}s (parameters, missing fields), rebuilt by the system itself.</li>
 * </ul>
 * "touched" counts the queries whose text changed (query corruptions) or whose candidate list changed (the others).
 */
final class RankingStress {

    static final String DEPTH = "candidate_depth";
    static final List<Double> SEVERITIES = List.of(0.0, 0.1, 0.2, 0.4);
    static final String METHOD = Bootstrap.METHOD + " (paired difference)";

    /** Bootstrap threads: the replicates are the same on any number of threads, so use every core. */
    static final int THREADS = Runtime.getRuntime().availableProcessors();

    private RankingStress() {
    }

    record Result(StressReport report, Map<String, List<Degradation>> byCorruption) {
    }

    /** Runs the sweep; {@code metrics} are the stressed metrics, the first one the ranking metric. */
    static Result run(RankingRequest request, QueryScores clean, List<String> metrics, int resamples,
                      double confidenceLevel, ProgressListener progress) {
        Retriever retriever = request.retriever();
        // The clean scores' order (by query id), so that position i is the same query clean and corrupted.
        List<JudgedQuery> queries = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            queries.add(clean.query(i));
        }
        List<StressCorruption> corruptions = new ArrayList<>();
        List<Degradation> rows = new ArrayList<>();
        Map<String, List<Degradation>> byCorruption = new LinkedHashMap<>();
        long seed = request.seed();

        corruptions.add(new StressCorruption(QueryCorruptions.TYPOS, QueryCorruptions.TYPOS, List.of("query"),
                "each query term of two or more characters gets one typing error (deletion, swap, replacement or"
                        + " insertion) with probability s"));
        corruptions.add(new StressCorruption(QueryCorruptions.DROPPED_TERMS, QueryCorruptions.DROPPED_TERMS,
                List.of("query"), "each query term is dropped with probability s (a query can become empty)"));
        corruptions.add(new StressCorruption(DEPTH, SystemShift.PARAMETER_SHIFT, List.of(),
                "the system returns round(" + request.depth() + " / 2^(10 s)) candidates instead of " + request.depth()));
        for (SystemShift shift : request.shifts()) {
            corruptions.add(new StressCorruption(shift.name(), shift.kind(), List.of(), shift.description()));
        }
        int total = corruptions.size() * SEVERITIES.size();
        int done = 0;
        for (StressCorruption c : corruptions) {
            List<Degradation> cells = new ArrayList<>();
            for (double s : SEVERITIES) {
                Map<String, String> texts = new LinkedHashMap<>();
                Retriever system = retriever;
                int depth = request.depth();
                if (c.name().equals(QueryCorruptions.TYPOS)) {
                    queries.forEach(q -> texts.put(q.id(), QueryCorruptions.typos(q.text(), s, seed, q.id())));
                } else if (c.name().equals(QueryCorruptions.DROPPED_TERMS)) {
                    queries.forEach(q -> texts.put(q.id(), QueryCorruptions.dropTerms(q.text(), s, seed, q.id())));
                } else if (c.name().equals(DEPTH)) {
                    depth = Math.max(1, (int) Math.round(request.depth() / StrictMath.pow(2, 10 * s)));
                } else {
                    DoubleFunction<Retriever> at = request.shifts().stream().filter(x -> x.name().equals(c.name()))
                            .findFirst().orElseThrow().atSeverity();
                    system = s == 0 ? retriever : at.apply(s);
                }
                UnaryOperator<String> text = q -> texts.getOrDefault(q, null);
                Map<String, List<ScoredDoc>> answers = answer(system, queries, text, depth);
                QueryScores corrupted = QueryScores.of(queries, answers, clean.ks());
                int touched = 0;
                for (int i = 0; i < queries.size(); i++) {
                    JudgedQuery q = queries.get(i);
                    boolean changed = texts.isEmpty()
                            ? !corrupted.ranked(i).equals(clean.ranked(i))
                            : !texts.get(q.id()).equals(q.text());
                    touched += changed ? 1 : 0;
                }
                List<DegradedMetric> degraded = new ArrayList<>();
                for (String metric : metrics) {
                    double before = clean.mean(metric, QueryScores.all(queries.size()));
                    double after = corrupted.mean(metric, QueryScores.all(queries.size()));
                    Double lower = 0.0;
                    Double upper = 0.0;
                    if (s > 0) {
                        // A metric's value is a mean over the queries where it is defined, and the same queries are
                        // defined clean and corrupted (the judgments do not change), so the paired difference of the
                        // means is the mean of the per-query differences: one bootstrap of one array per metric.
                        double[] difference = difference(corrupted.values(metric), clean.values(metric));
                        Bootstrap.Options options = new Bootstrap.Options(resamples, seed, confidenceLevel, THREADS,
                                ProgressListener.NONE, Bootstrap.Interval.PERCENTILE);
                        BootstrapInterval delta = Bootstrap.interval(queries.size(), options,
                                r -> QueryScores.mean(difference, r));
                        lower = finite(delta.lower());
                        upper = finite(delta.upper());
                    }
                    degraded.add(new DegradedMetric(metric, finite(before), finite(after), finite(after - before),
                            lower, upper));
                }
                Degradation row = new Degradation(c.name(), s, queries.size(), touched, degraded);
                rows.add(row);
                cells.add(row);
                progress.progress("stress", ++done, total);
            }
            byCorruption.put(c.name(), cells);
        }
        List<MetricValue> cleanMetrics = metrics.stream()
                .map(m -> new MetricValue(m, finite(clean.mean(m, QueryScores.all(queries.size()))), "mean over queries", null))
                .toList();
        StressReport report = new StressReport(SchemaVersion.CURRENT, request.runId(), seed, METHOD, confidenceLevel,
                resamples, SEVERITIES, metrics, cleanMetrics, corruptions, rows, metrics.get(0), List.of(), List.of());
        return new Result(report, byCorruption);
    }

    /** The system's answers to every query; {@code corrupted} gives a query's changed text, or null for its own. */
    static Map<String, List<ScoredDoc>> answer(Retriever system, List<JudgedQuery> queries,
                                               UnaryOperator<String> corrupted, int depth) {
        // Retrievers are thread-safe by contract; the answers keep the queries' order whatever the threads do.
        List<List<ScoredDoc>> lists = queries.parallelStream().map(q -> {
            String text = corrupted.apply(q.id());
            return system.search(text == null ? q.text() : text, depth);
        }).toList();
        Map<String, List<ScoredDoc>> answers = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            answers.put(queries.get(i).id(), lists.get(i));
        }
        return answers;
    }

    /** The row whose ranking metric drops most (ties to the earlier row), or null when none drops. */
    static Degradation mostDamaging(StressReport report) {
        String metric = report.metrics().get(0);
        Degradation worst = null;
        double worstDelta = 0;
        for (Degradation row : report.degradation()) {
            DegradedMetric m = row.metric(metric);
            if (m != null && m.delta() != null && m.delta() < worstDelta) {
                worst = row;
                worstDelta = m.delta();
            }
        }
        return worst;
    }

    static String describe(Degradation row, String metric, double confidenceLevel, UnaryOperator<String> name) {
        DegradedMetric m = row.metric(metric);
        return String.format(Locale.ROOT, "%s at severity %.0f%%, which moves %s by %+.3f (paired %.0f%% interval %+.3f"
                        + " to %+.3f)", name.apply(row.corruption()), row.severity() * 100, metric, m.delta(),
                confidenceLevel * 100, m.ciLower(), m.ciUpper());
    }

    /** Per query, corrupted minus clean; NaN where the metric is undefined. */
    private static double[] difference(double[] corrupted, double[] clean) {
        double[] d = new double[clean.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = corrupted[i] - clean[i];
        }
        return d;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
