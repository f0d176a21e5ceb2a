package io.modellab.tracker;

import io.modellab.evalharness.core.ReproSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalHarnessTest {

    static final String RUN = "run-20261123-120000-00000001";
    static final DatasetRef DATA = new DatasetRef("synthetic", "sha256-000000000000",
            "0".repeat(64), "data/synthetic.csv", 400L);
    static final CodeVersion CODE = new CodeVersion("a".repeat(40), false);
    static final ReproSteps REPRO = new ReproSteps("make install", "make data", "make run", "make eval");

    @TempDir
    Path root;

    /** 400 rows; region "north" (40 %) is scored well, "south" (10 %) badly, the rest in between. */
    static EvalRequest request(ModelRole role, BaselineMetrics baseline) {
        BaselineCheck check = role == ModelRole.BASELINE ? null : baseline == null
                ? new BaselineCheck(BaselineCheck.Status.MISSING, null, "run " + RUN + " names no baseline run")
                : new BaselineCheck(BaselineCheck.Status.OK, baseline.runId(), "run " + RUN + " improves on baseline " + baseline.runId());
        return request(role, check, baseline);
    }

    static EvalRequest request(ModelRole role, BaselineCheck check, BaselineMetrics baseline) {
        SplittableRandom random = new SplittableRandom(3);
        int n = 400;
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            String region = i % 10 < 4 ? "north" : i % 10 < 5 ? "south" : i % 10 < 8 ? "east" : "west";
            actual[i] = random.nextDouble() < 0.3;
            double signal = region.equals("north") ? 0.5 : region.equals("south") ? -0.1 : 0.25;
            score[i] = Math.min(1, Math.max(0, 0.35 + (actual[i] ? signal : -signal) * random.nextDouble()));
            rows.add(new String[] {region, Integer.toString(i % 7)});
            ids.add(Integer.toString(i + 1));
        }
        Table features = Table.ofRows(List.of("region", "bucket"), rows, ids);
        BinaryPredictions predictions = new BinaryPredictions("yes", "no", actual, score, 0.5);
        return new EvalRequest("proj", RUN, "model", role, DATA, CODE, 42, features, predictions, "region", check, baseline,
                REPRO);
    }

    @Test
    void theTakeawayHasExactlyFiveSentencesForASentenceSplitterThatKnowsDecimals() {
        EvalFolder folder = new EvalHarness(EvalOptions.DEFAULTS).evaluate(request(ModelRole.BASELINE, null));

        String text = String.join(" ", folder.takeaway().sentences());
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }
        assertThat(count).as(text).isEqualTo(5);
        assertThat(folder.takeaway().sentences().get(0)).matches(
                "model scored ROC-AUC 0\\.\\d{3} \\(95% CI 0\\.\\d{3} to 0\\.\\d{3} from 1000 bootstrap resamples, seed 42\\)"
                        + " on the 400 test rows of synthetic version sha256-000000000000\\.");
        assertThat(folder.takeaway().sentences().get(3)).startsWith("The weakest slice of at least 30 rows is actual = yes (128 rows)");
    }

    @Test
    void valuesFromTheDataCannotAddSentencesOrLines() {
        String text = Takeaways.inSentence("St. Louis?\nYes! v1.2");
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText("The weakest slice is city = " + text + " (40 rows). Next.");
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }

        assertThat(text).isEqualTo("St\u2024 Louis\u0294 Yes\u01c3 v1\u20242");
        assertThat(count).isEqualTo(2);
    }

    @Test
    void theTakeawayStatesTheConfiguredLevelAndResampleCount() {
        EvalOptions options = new EvalOptions(200, 0.9, 30, 5, 5, ProgressListener.NONE);

        EvalFolder folder = new EvalHarness(options).evaluate(request(ModelRole.BASELINE, null));

        assertThat(folder.takeaway().sentences().get(0)).contains("(90% CI ").contains(" from 200 bootstrap resamples, seed 42)");
        assertThat(folder.confidenceIntervals().confidenceLevel()).isEqualTo(0.9);
        assertThat(folder.confidenceIntervals().resamples()).isEqualTo(200);
    }

    @Test
    void headlineIntervalsBracketTheirEstimatesAndRecordMethodSeedAndCount() {
        EvalFolder folder = new EvalHarness(EvalOptions.DEFAULTS).evaluate(request(ModelRole.BASELINE, null));

        assertThat(folder.summary().headline()).extracting(HeadlineMetric::name).containsExactly("roc_auc", "accuracy", "f1");
        for (HeadlineMetric m : folder.summary().headline()) {
            assertThat(m.ciLower()).as(m.name()).isLessThanOrEqualTo(m.value());
            assertThat(m.ciUpper()).as(m.name()).isGreaterThanOrEqualTo(m.value());
        }
        ConfidenceIntervals cis = folder.confidenceIntervals();
        assertThat(cis.method()).isEqualTo("bca_bootstrap");
        assertThat(cis.intervals()).allSatisfy(ci -> {
            assertThat(ci.method()).isEqualTo("bca_bootstrap");
            assertThat(ci.biasCorrection()).isNotNull();
            assertThat(ci.acceleration()).isNotNull();
        });
        assertThat(cis.resamples()).isEqualTo(1000);
        assertThat(cis.seed()).isEqualTo(42L);
        // The spec's class slices come first now: the positive class, accuracy 0.469 on 128 rows, has the lowest
        // upper interval end; the weak region is still reported.
        assertThat(folder.slices().slices().get(0).name()).isEqualTo("actual = yes");
        assertThat(folder.slices().worstSlice()).isEqualTo("actual = yes");
        assertThat(folder.slices().slices()).extracting(s -> s.name()).contains("region = south");
        assertThat(folder.failureExamples().examples()).allSatisfy(e -> assertThat(e.failureMode()).isNotNull());
        assertThat(folder.failureModes()).contains("## Data failures (`data`)");
        assertThat(folder.failureExamples().examples()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceRow()).startsWith("data/synthetic.csv#row="));
    }

    @Test
    void whereBcaIsUndefinedTheIntervalSaysSoAndTheFileSaysItsMethodsAreMixed() {
        // Every positive outranks every negative (ROC-AUC 1 on any resample), but no score reaches the threshold
        // (F1 0 on any resample): only accuracy varies, so only accuracy gets BCa.
        EvalRequest r = request(ModelRole.BASELINE, null);
        BinaryPredictions p = r.predictions();
        double[] score = new double[p.size()];
        boolean[] actual = new boolean[p.size()];
        for (int i = 0; i < score.length; i++) {
            actual[i] = p.actualPositive(i);
            score[i] = actual[i] ? 0.4 : 0.1;
        }
        EvalRequest ranked = new EvalRequest(r.project(), r.runId(), r.model(), r.role(), r.dataset(), r.codeVersion(),
                r.seed(), r.testFeatures(), new BinaryPredictions("yes", "no", actual, score, 0.5), r.keySliceColumn(),
                r.baselineCheck(), r.baseline(), r.repro());

        ConfidenceIntervals cis = new EvalHarness(EvalOptions.DEFAULTS).evaluate(ranked).confidenceIntervals();

        assertThat(cis.method()).isEqualTo("mixed: see each interval's method");
        assertThat(cis.intervals()).extracting(ConfidenceInterval::metric, ConfidenceInterval::method).containsExactly(
                tuple("roc_auc", "percentile_bootstrap (BCa fallback: the jackknife values are all equal)"),
                tuple("accuracy", "bca_bootstrap"),
                tuple("f1", "percentile_bootstrap (BCa fallback: the jackknife values are all equal)"));
        assertThat(cis.intervals().get(0).biasCorrection()).isNull();
        assertThat(cis.intervals().get(1).acceleration()).isNotNull();
    }

    @Test
    void anImprovedRunShowsItsBaselineAndNeedsOne() {
        BaselineMetrics baseline = new BaselineMetrics("run-20261123-115900-00000000", "constant",
                List.of(MetricValue.of("accuracy", 0.7), MetricValue.of("roc_auc", 0.5)));

        EvalFolder folder = new EvalHarness(EvalOptions.DEFAULTS).evaluate(request(ModelRole.IMPROVED, baseline));

        assertThat(folder.metrics().baseline()).isEqualTo(baseline);
        assertThat(folder.summary().baselineRunId()).isEqualTo("run-20261123-115900-00000000");
        assertThat(folder.takeaway().sentences().get(2)).startsWith("Against the constant baseline (ROC-AUC 0.500, accuracy 0.700) ROC-AUC changes by +0.");
        assertThat(folder.summary().baselineCheck().ok()).isTrue();
        assertThatThrownBy(() -> request(ModelRole.IMPROVED, null, null))
                .hasMessageContaining("is an improved run but has no baseline-first check");
    }

    @Test
    void anImprovedRunWhoseBaselineCheckFailsClaimsNoImprovement() {
        EvalFolder folder = new EvalHarness(EvalOptions.DEFAULTS).evaluate(request(ModelRole.IMPROVED, null));

        assertThat(folder.metrics().baseline()).isNull();
        assertThat(folder.summary().baselineCheck().status()).isEqualTo(BaselineCheck.Status.MISSING);
        assertThat(folder.takeaway().sentences().get(2)).isEqualTo(
                "No improvement is claimed, because the baseline-first check says MISSING (see eval_summary.json).");
    }

    /** A model of the region alone: it ignores the bucket. */
    static final Predictor BY_REGION = rows -> {
        double[][] p = new double[rows.rowCount()][];
        for (int r = 0; r < p.length; r++) {
            String region = rows.cell(r, "region");
            double yes = region == null ? 0.35 : switch (region) {
                case "north" -> 0.6;
                case "south" -> 0.2;
                case "east" -> 0.45;
                default -> 0.3;
            };
            p[r] = new double[] {1 - yes, yes};
        }
        return new ClassProbabilities(List.of("no", "yes"), p);
    };

    /** The fixture's rows scored by {@link #BY_REGION}, each label drawn with the model's probability, and the model. */
    static EvalRequest withRegionModel() {
        EvalRequest r = request(ModelRole.BASELINE, null);
        double[] score = BY_REGION.predict(r.testFeatures()).probabilitiesOf("yes");
        SplittableRandom random = new SplittableRandom(11);
        boolean[] actual = new boolean[score.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.nextDouble() < score[i];
        }
        return new EvalRequest(r.project(), r.runId(), r.model(), r.role(), r.dataset(), r.codeVersion(), r.seed(),
                r.testFeatures(), new BinaryPredictions("yes", "no", actual, score, 0.5), r.keySliceColumn(),
                r.baselineCheck(), r.baseline(), r.repro()).withModel(BY_REGION, null);
    }

    @Test
    void withItsModelTheEvalStressesItWritesStressJsonAndTheTakeawayNamesTheMostDamagingCorruption() throws Exception {
        EvalRequest request = withRegionModel();
        EvalHarness harness = new EvalHarness(EvalOptions.DEFAULTS);

        Path a = harness.evaluateAndWrite(root.resolve("a"), request);
        Path b = harness.evaluateAndWrite(root.resolve("b"), request);

        EvalSummary summary = ArtifactReader.read(a.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.files().stress()).isEqualTo("stress.json");
        assertThat(summary.keyPlots()).hasSize(7).noneMatch(p -> p.contains("degradation"));
        StressReport stress = ArtifactReader.read(a.resolve("stress.json"), StressReport.class);
        assertThat(stress.runId()).isEqualTo(RUN);
        assertThat(stress.seed()).isEqualTo(42L);
        assertThat(stress.metrics()).containsExactly("roc_auc", "accuracy", "f1");
        assertThat(stress.corruptions()).extracting(StressCorruption::name).containsExactly("missing_values",
                "label_noise", "shuffle_column[region]", "gaussian_noise", "category_swap");
        assertThat(stress.permutationImportance()).extracting(ColumnPermutationImportance::column).containsExactly("region", "bucket");
        assertThat(stress.permutationImportance().get(1).importance()).as("the model ignores bucket").isZero();
        assertThat(stress.plots()).containsExactly("plots/degradation_roc_auc.png", "plots/degradation_accuracy.png",
                "plots/degradation_f1.png");
        for (String plot : stress.plots()) {
            assertThat(a.resolve(plot)).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.walk(a)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(b.resolve(a.relativize(file)))).as(file.toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        List<String> takeaway = Files.readAllLines(a.resolve("takeaway.txt"));
        assertThat(takeaway).hasSize(5);
        assertThat(sentences(String.join(" ", takeaway))).isEqualTo(5);
        assertThat(takeaway.get(4)).matches("Of the 400 predictions \\d+ are wrong \\(.*\\), and the most damaging"
                + " stress test is (missing_values|shuffle_column\\[region\\]|category_swap) at severity 40%, which moves ROC-AUC by -0\\.\\d{3}"
                + " \\(95% CI -0\\.\\d{3} to [-+]0\\.\\d{3}\\)\\.");
    }

    @Test
    void aModelWhoseInputsDoNotMatterIsNeverDamaged() {
        Predictor constant = rows -> {
            double[][] p = new double[rows.rowCount()][];
            Arrays.fill(p, new double[] {0.6, 0.4});
            return new ClassProbabilities(List.of("no", "yes"), p);
        };

        EvalFolder folder = new EvalHarness(EvalOptions.DEFAULTS).evaluate(request(ModelRole.BASELINE, null)
                .withModel(constant, null));

        assertThat(folder.takeaway().sentences().get(4)).endsWith(", and no corruption of the stress tests lowers ROC-AUC.");
        assertThat(folder.stress().degradation()).filteredOn(d -> !d.corruption().equals("label_noise"))
                .allSatisfy(d -> assertThat(d.metric("roc_auc").delta()).isZero());
    }

    private static int sentences(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int count = 0;
        while (sentences.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    @Test
    void theSameRequestWritesTheSameBytesAndReportsProgress() throws Exception {
        List<String> stages = new CopyOnWriteArrayList<>();
        EvalHarness harness = new EvalHarness(EvalOptions.DEFAULTS.withProgress((stage, done, total) -> stages.add(stage)));

        Path a = harness.evaluateAndWrite(root.resolve("a"), request(ModelRole.BASELINE, null));
        Path b = harness.evaluateAndWrite(root.resolve("b"), request(ModelRole.BASELINE, null));

        for (String file : List.of("eval_summary.json", "metrics.json", "confidence_intervals.json", "slices.json",
                "failure_examples.json", "takeaway.txt", "repro.md", "plots/roc_curve.png")) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        assertThat(ArtifactReader.read(a.resolve("eval_summary.json"), EvalSummary.class).runId()).isEqualTo(RUN);
        assertThat(stages).contains("bootstrap roc_auc", "slices", "failure examples", "write eval folder");
        assertThat(Files.readString(a.resolve("repro.md"))).contains("```sh\nmake run\n```", "seed 42", "a".repeat(40));
    }
}
