package io.modellab.tracker.compare;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.RankingPredictions;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.RocCurve;
import io.modellab.evalharness.plots.ClassificationPlots;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.DatasetDiff;
import io.modellab.tracker.data.DatasetStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two runs of a project, found from the artifacts root by their ids alone (spec 4.7): metric deltas with
 * the paired bootstrap interval of each, computed on the rows both runs scored (paired by row id from their
 * predictions.json; for two ranking runs, on the queries both answered, paired by query id from their rankings.json,
 * see {@link PairedQueries}; for two regression runs, by row id from their regression_predictions.json, see
 * {@link PairedRegressionRows}); slice deltas for slices both define the same way; rows newly wrong, fixed and still wrong;
 * the failure-mode counts; config, dataset and eval-file changes; and the six answers of spec 4.7.2.
 *
 * <p>Intervals are claimed only when both runs used the same dataset version and the same split: otherwise their
 * test rows are not the same population, and the comparison says so instead of giving intervals.
 *
 * @param resamples bootstrap resamples of each difference
 * @param seed the bootstrap's seed
 * @param confidenceLevel e.g. 0.95
 * @param progress where bootstrap progress goes
 */
public record RunComparison(int resamples, long seed, double confidenceLevel, ProgressListener progress) {

    /** The method written to compare.json. */
    public static final String METHOD = "paired_" + Bootstrap.METHOD;

    /** 1,000 resamples, seed 42, 95 %, no progress reports. */
    public static final RunComparison DEFAULTS = new RunComparison(1000, 42, 0.95, ProgressListener.NONE);

    /** Metrics where a smaller value is the better one; every other metric is better larger. */
    static final Set<String> SMALLER_IS_BETTER = MetricDirection.LOWER_IS_BETTER_METRICS;

    /** Checks the settings. */
    public RunComparison {
        Objects.requireNonNull(progress, "progress");
    }

    /** Everything compare mode reads of one run. */
    record Side(RunRecord run, EvalSummary summary, MetricsReport metrics, SliceReport slices, FailureExamples failures,
                TestPredictions predictions, RankingPredictions rankings, RegressionPredictions regression,
                Path evalDir) {

        static Side read(Path root, String project, String runId) {
            RunRecord run = new RunStore(root).load(project, runId);
            Path eval = EvalFolderWriter.evalDir(root, project, runId);
            EvalSummary summary = ArtifactReader.read(eval.resolve(EvalFolderWriter.SUMMARY), EvalSummary.class);
            return new Side(run, summary,
                    ArtifactReader.read(eval.resolve(summary.files().metrics()), MetricsReport.class),
                    ArtifactReader.read(eval.resolve(summary.files().slices()), SliceReport.class),
                    ArtifactReader.read(eval.resolve(summary.files().failureExamples()), FailureExamples.class),
                    summary.files().predictions() == null ? null
                            : ArtifactReader.read(eval.resolve(summary.files().predictions()), TestPredictions.class),
                    summary.files().rankings() == null ? null
                            : ArtifactReader.read(eval.resolve(summary.files().rankings()), RankingPredictions.class),
                    summary.files().regressionPredictions() == null ? null
                            : ArtifactReader.read(eval.resolve(summary.files().regressionPredictions()),
                                    RegressionPredictions.class),
                    eval);
        }

        Comparison.RunSide describe() {
            return new Comparison.RunSide(run.runId(), run.model(), run.role(), run.baselineRunId(),
                    summary.keyPlots());
        }
    }

    /** Reads both runs and compares {@code candidateRunId} with {@code referenceRunId}. */
    public Comparison compare(Path artifactsRoot, String project, String referenceRunId, String candidateRunId) {
        if (referenceRunId.equals(candidateRunId)) {
            throw new IllegalArgumentException("cannot compare run " + referenceRunId + " with itself");
        }
        Side reference = Side.read(artifactsRoot, project, referenceRunId);
        Side candidate = Side.read(artifactsRoot, project, candidateRunId);
        RowPairing paired = pairing(reference, candidate);

        boolean sameData = reference.run().dataset().equals(candidate.run().dataset())
                && reference.run().split().equals(candidate.run().split());
        String reason;
        boolean claimed = false;
        if (!sameData) {
            reason = "the runs used different dataset versions or splits, so their test rows are not one population:"
                    + " differences are shown without intervals";
        } else if (paired.size() == 0) {
            reason = "the runs share no scored " + paired.unit() + " id, so no difference can be paired";
        } else {
            claimed = true;
            reason = String.format(java.util.Locale.ROOT, "paired bootstrap on the %d %s both runs scored",
                    paired.size(), paired.unit());
        }
        Comparison.Significance significance = new Comparison.Significance(claimed, reason, claimed ? METHOD : null,
                paired.size(), resamples, seed, confidenceLevel);

        List<Comparison.Delta> deltas = metricDeltas(reference, candidate, paired, claimed);
        List<Comparison.SliceDelta> slices = sliceDeltas(reference, candidate);
        Comparison.FailureDiff failures = paired.failureDiff();
        List<Comparison.ModeCount> modes = failureModes(reference.failures(), candidate.failures());
        List<Comparison.Change> config = Changes.of(Changes.flatten(reference.run().config()),
                Changes.flatten(candidate.run().config()));
        Comparison.DatasetDiff dataset = new Comparison.DatasetDiff(sameData, reference.run().dataset(),
                candidate.run().dataset(), reference.run().split(), candidate.run().split(),
                schemaChanges(artifactsRoot, project, reference.run().dataset(), candidate.run().dataset()));
        List<Comparison.Change> files = Changes.of(digests(reference.evalDir()), digests(candidate.evalDir()));

        Comparison.Answers answers = CompareAnswers.of(reference.run(), candidate.run(), significance, deltas, slices,
                failures, config, confidenceLevel);
        return new Comparison(SchemaVersion.CURRENT, project, reference.describe(), candidate.describe(), significance,
                deltas, slices, failures, modes, config, dataset, files, answers);
    }

    /** The schema diff of the two runs' dataset versions, or null when either is not stored in the project. */
    static List<Comparison.Change> schemaChanges(Path root, String project, DatasetRef before, DatasetRef after) {
        DatasetStore store = new DatasetStore(root);
        Optional<DatasetVersion> older;
        Optional<DatasetVersion> newer;
        try {
            older = store.find(project, before.name(), before.version());
            newer = store.find(project, after.name(), after.version());
        } catch (IllegalArgumentException e) {
            // A run made outside the dataset store may name its version another way; then there is no dataset.json.
            return null;
        }
        if (older.isEmpty() || newer.isEmpty()) {
            return null;
        }
        DatasetDiff diff = DatasetDiff.between(older.get(), newer.get());
        List<Comparison.Change> out = new ArrayList<>();
        diff.added().forEach(c -> out.add(new Comparison.Change(c, "added", null, null)));
        diff.removed().forEach(c -> out.add(new Comparison.Change(c, "removed", null, null)));
        diff.retyped().forEach(r -> out.add(new Comparison.Change(r.column(), "changed", String.valueOf(r.before()),
                String.valueOf(r.after()))));
        return out;
    }

    /**
     * Both runs' ROC curves on the rows both scored, on one chart, or empty when either run's predictions have a
     * single class on those rows.
     */
    public Optional<Plot> rocOverlay(Path artifactsRoot, String project, String referenceRunId, String candidateRunId) {
        Side reference = Side.read(artifactsRoot, project, referenceRunId);
        Side candidate = Side.read(artifactsRoot, project, candidateRunId);
        if (reference.predictions() == null || candidate.predictions() == null) {
            // Rankings have no ROC curve.
            return Optional.empty();
        }
        Paired paired = Paired.of(reference.predictions(), candidate.predictions());
        List<CurvePlots.Curve> curves = new ArrayList<>();
        for (Side side : List.of(reference, candidate)) {
            BinaryPredictions p = side == reference ? paired.reference() : paired.candidate();
            double auc = p.metric(BinaryPredictions.ROC_AUC, p.allRows());
            if (Double.isNaN(auc)) {
                return Optional.empty();
            }
            RocCurve roc = p.rocCurve(p.allRows());
            curves.add(CurvePlots.Curve.of(String.format(java.util.Locale.ROOT, "%s %s (AUC %.3f)",
                    side == reference ? "reference" : "candidate", side.run().model(), auc),
                    roc.falsePositiveRate(), roc.truePositiveRate()));
        }
        return Optional.of(ClassificationPlots.rocOverlay(String.format(java.util.Locale.ROOT,
                "ROC on the %d rows both runs scored", paired.size()), curves, ImageFormat.PNG));
    }

    /**
     * Rows paired by row id for two classifications or two regressions, queries by query id for two rankings; nothing
     * else pairs.
     */
    private static RowPairing pairing(Side reference, Side candidate) {
        if (reference.rankings() != null && candidate.rankings() != null) {
            return PairedQueries.of(reference.rankings(), candidate.rankings());
        }
        if (reference.regression() != null && candidate.regression() != null) {
            return PairedRegressionRows.of(reference.regression(), candidate.regression());
        }
        if (reference.predictions() != null && candidate.predictions() != null) {
            return Paired.of(reference.predictions(), candidate.predictions());
        }
        throw new IllegalArgumentException("run " + reference.run().runId() + " is a "
                + reference.summary().task().name().toLowerCase(java.util.Locale.ROOT) + " evaluation and run "
                + candidate.run().runId() + " a " + candidate.summary().task().name().toLowerCase(java.util.Locale.ROOT)
                + " one: only evaluations of the same task can be compared");
    }

    private List<Comparison.Delta> metricDeltas(Side reference, Side candidate, RowPairing paired, boolean claimed) {
        List<Comparison.Delta> deltas = new ArrayList<>();
        List<MetricValue> candidateMetrics = candidate.metrics().metrics();
        for (MetricValue r : reference.metrics().metrics()) {
            if (candidateMetrics.stream().noneMatch(c -> c.name().equals(r.name()))) {
                continue;
            }
            Double c = MetricValue.valueOf(candidateMetrics, r.name());
            Double delta = r.value() == null || c == null ? null : c - r.value();
            Double lower = null;
            Double upper = null;
            if (claimed && paired.pairs(r.name())) {
                String name = r.name();
                Bootstrap.Options options = new Bootstrap.Options(resamples, seed, confidenceLevel, 1,
                        (stage, done, total) -> progress.progress("compare bootstrap " + name, done, total));
                BootstrapInterval ci = Bootstrap.pairedDifference(paired.size(), options.withInterval(Bootstrap.Interval.PERCENTILE),
                        rows -> paired.candidateMetric(name, rows), rows -> paired.referenceMetric(name, rows));
                if (ci.resamplesUsed() > 0 && Double.isFinite(ci.lower()) && Double.isFinite(ci.upper())) {
                    lower = ci.lower();
                    upper = ci.upper();
                }
            }
            deltas.add(new Comparison.Delta(r.name(), r.value(), c, delta, lower, upper,
                    verdict(r.name(), delta, lower, upper)));
        }
        return deltas;
    }

    /** better / worse when the interval excludes 0, no_clear_change when it holds 0, not_tested without one. */
    static String verdict(String metric, Double delta, Double lower, Double upper) {
        if (delta == null || lower == null || upper == null) {
            return "not_tested";
        }
        boolean up = lower > 0;
        boolean down = upper < 0;
        if (!up && !down) {
            return "no_clear_change";
        }
        return up != SMALLER_IS_BETTER.contains(metric) ? "better" : "worse";
    }

    private static List<Comparison.SliceDelta> sliceDeltas(Side reference, Side candidate) {
        List<Comparison.SliceDelta> out = new ArrayList<>();
        List<String> headline = reference.summary().headline().stream().map(h -> h.name()).toList();
        for (SliceResult r : reference.slices().slices()) {
            SliceResult c = candidate.slices().slices().stream()
                    .filter(s -> s.definition().equals(r.definition())).findFirst().orElse(null);
            if (c == null) {
                continue;
            }
            for (String metric : headline) {
                Double rv = MetricValue.valueOf(r.metrics(), metric);
                Double cv = MetricValue.valueOf(c.metrics(), metric);
                if (rv == null && cv == null) {
                    continue;
                }
                out.add(new Comparison.SliceDelta(r.name(), metric, r.sampleSize(), c.sampleSize(), rv, cv,
                        rv == null || cv == null ? null : cv - rv, c.family()));
            }
        }
        return out;
    }

    private static List<Comparison.ModeCount> failureModes(FailureExamples reference, FailureExamples candidate) {
        Map<String, int[]> counts = new TreeMap<>();
        for (FailureExample e : reference.examples()) {
            counts.computeIfAbsent(mode(e), m -> new int[2])[0]++;
        }
        for (FailureExample e : candidate.examples()) {
            counts.computeIfAbsent(mode(e), m -> new int[2])[1]++;
        }
        List<Comparison.ModeCount> out = new ArrayList<>();
        counts.forEach((mode, c) -> out.add(new Comparison.ModeCount(mode, c[0], c[1])));
        return out;
    }

    private static String mode(FailureExample e) {
        return e.failureMode() == null ? "untagged" : e.failureMode();
    }

    /** SHA-256 of every file of an eval folder, by its path relative to the folder, in path order. */
    static Map<String, String> digests(Path evalDir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(evalDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put(evalDir.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the eval folder " + evalDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        return out;
    }

    /**
     * The rows both runs scored, in the reference's order, as two aligned prediction sets.
     */
    /** Two runs' answers to the same rows (or queries), matched by id, for paired bootstraps and the failure diff. */
    interface RowPairing {
        /** How many rows (queries) both runs scored. */
        int size();

        /** "rows" or "queries", for sentences. */
        String unit();

        /** Whether {@code metric} can be recomputed per resample. */
        boolean pairs(String metric);

        /** The candidate's {@code metric} on the paired rows at {@code rows}. */
        double candidateMetric(String metric, int[] rows);

        /** The reference's {@code metric} on the paired rows at {@code rows}. */
        double referenceMetric(String metric, int[] rows);

        /** Rows newly wrong, fixed and still wrong. */
        Comparison.FailureDiff failureDiff();
    }

    record Paired(BinaryPredictions reference, BinaryPredictions candidate, List<String> ids) implements RowPairing {

        @Override
        public String unit() {
            return "rows";
        }

        @Override
        public boolean pairs(String metric) {
            return BinaryPredictions.METRIC_NAMES.contains(metric);
        }

        @Override
        public double candidateMetric(String metric, int[] rows) {
            return candidate.metric(metric, rows);
        }

        @Override
        public double referenceMetric(String metric, int[] rows) {
            return reference.metric(metric, rows);
        }

        static Paired of(TestPredictions reference, TestPredictions candidate) {
            if (!reference.positiveLabel().equals(candidate.positiveLabel())) {
                throw new IllegalArgumentException("run " + reference.runId() + " scores label "
                        + reference.positiveLabel() + " as positive, run " + candidate.runId() + " label "
                        + candidate.positiveLabel() + ": their predictions cannot be compared");
            }
            Map<String, Integer> candidateRow = new LinkedHashMap<>();
            for (int i = 0; i < candidate.rowIds().size(); i++) {
                candidateRow.put(candidate.rowIds().get(i), i);
            }
            List<String> ids = new ArrayList<>();
            List<Integer> rRows = new ArrayList<>();
            List<Integer> cRows = new ArrayList<>();
            for (int i = 0; i < reference.rowIds().size(); i++) {
                Integer j = candidateRow.get(reference.rowIds().get(i));
                if (j != null) {
                    if (!reference.actual().get(i).equals(candidate.actual().get(j))) {
                        throw new IllegalArgumentException("row " + reference.rowIds().get(i) + " is labelled "
                                + reference.actual().get(i) + " in run " + reference.runId() + " but "
                                + candidate.actual().get(j) + " in run " + candidate.runId());
                    }
                    ids.add(reference.rowIds().get(i));
                    rRows.add(i);
                    cRows.add(j);
                }
            }
            String negative = Stream.concat(reference.actual().stream(), candidate.actual().stream())
                    .filter(label -> !label.equals(reference.positiveLabel())).findFirst()
                    .orElse("not " + reference.positiveLabel());
            return new Paired(predictions(reference, rRows, negative), predictions(candidate, cRows, negative), ids);
        }

        private static BinaryPredictions predictions(TestPredictions p, List<Integer> rows, String negative) {
            boolean[] actual = new boolean[rows.size()];
            double[] score = new double[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                actual[k] = p.actual().get(rows.get(k)).equals(p.positiveLabel());
                score[k] = p.score().get(rows.get(k));
            }
            return new BinaryPredictions(p.positiveLabel(), negative, actual, score, p.decisionThreshold());
        }

        @Override
        public int size() {
            return ids.size();
        }

        @Override
        public Comparison.FailureDiff failureDiff() {
            List<Integer> newlyWrong = new ArrayList<>();
            List<Integer> fixed = new ArrayList<>();
            int stillWrong = 0;
            for (int k = 0; k < ids.size(); k++) {
                boolean wasRight = reference.correct(k);
                boolean isRight = candidate.correct(k);
                if (wasRight && !isRight) {
                    newlyWrong.add(k);
                } else if (!wasRight && isRight) {
                    fixed.add(k);
                } else if (!wasRight) {
                    stillWrong++;
                }
            }
            return new Comparison.FailureDiff(newlyWrong.size(), fixed.size(), stillWrong,
                    mostConfident(newlyWrong, candidate), mostConfident(fixed, reference));
        }

        /** Ids of the rows the given side was most confident about, ties by id. */
        private List<String> mostConfident(List<Integer> rows, BinaryPredictions side) {
            return rows.stream()
                    .sorted(Comparator.comparingDouble((Integer k) -> -side.confidence(k)).thenComparing(ids::get))
                    .limit(Comparison.FailureDiff.EXAMPLE_IDS).map(ids::get).toList();
        }
    }

    /** Added, removed and changed keys of two flat maps. */
    static final class Changes {

        private Changes() {
        }

        static Map<String, String> flatten(Map<String, ?> config) {
            Map<String, String> out = new TreeMap<>();
            flatten("", config, out);
            return out;
        }

        private static void flatten(String prefix, Map<String, ?> map, Map<String, String> out) {
            if (map == null) {
                return;
            }
            for (Map.Entry<String, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> nested) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> inner = (Map<String, ?>) nested;
                    flatten(prefix + e.getKey() + ".", inner, out);
                } else {
                    out.put(prefix + e.getKey(), String.valueOf(e.getValue()));
                }
            }
        }

        static List<Comparison.Change> of(Map<String, String> before, Map<String, String> after) {
            Set<String> keys = new TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            List<Comparison.Change> out = new ArrayList<>();
            for (String key : keys) {
                String b = before.get(key);
                String a = after.get(key);
                if (b == null) {
                    out.add(new Comparison.Change(key, "added", null, a));
                } else if (a == null) {
                    out.add(new Comparison.Change(key, "removed", b, null));
                } else if (!a.equals(b)) {
                    out.add(new Comparison.Change(key, "changed", b, a));
                }
            }
            return out;
        }
    }
}
