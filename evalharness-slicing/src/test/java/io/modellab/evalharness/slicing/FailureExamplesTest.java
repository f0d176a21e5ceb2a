package io.modellab.evalharness.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.RankingQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureExamplesTest {

    static Table table(String... cells) {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            rows.add(new String[] {cells[i], cells[i] == null ? null : "v" + i});
            ids.add("r" + i);
        }
        return Table.ofRows(List.of("a", "b"), rows, ids);
    }

    @Test
    void classificationRulesBreakTiesByIdAndTagByTheHeuristics() {
        // Rows r0-r3 wrong with confidence 0.95, 0.7, 0.7, 0.95; r4, r5 right with 0.55; r3 has every feature missing.
        boolean[] actual = {false, false, false, false, true, true};
        double[] score = {0.95, 0.7, 0.7, 0.95, 0.55, 0.55};
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);
        Table t = table("x", "y", "y", null, "x", "y");

        FailureSelection s = new FailureSelector(3).select(p, SliceData.classification(t, p), null, id -> "f#" + id,
                FailureTagging.DEFAULTS);

        assertThat(s.examples()).extracting(FailureExample::exampleId, FailureExample::rule, FailureExample::failureMode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("r0", "confident_wrong", "data"),
                        org.assertj.core.groups.Tuple.tuple("r3", "confident_wrong", "systems_infra"),
                        org.assertj.core.groups.Tuple.tuple("r1", "confident_wrong", "model_representation"),
                        org.assertj.core.groups.Tuple.tuple("r4", "uncertain_correct", "objective_metric"),
                        org.assertj.core.groups.Tuple.tuple("r5", "uncertain_correct", "objective_metric"));
        assertThat(s.matched("confident_wrong")).isEqualTo(4);
        assertThat(s.matched("worst_slice_errors")).isZero();
        assertThat(s.examples()).allSatisfy(e -> assertThat(e.failureModeReason()).isNotBlank());
    }

    @Test
    void worstSliceErrorsReadTheSliceAndAConstantModelIsAnOptimizationFailure() {
        boolean[] actual = {true, true, false, true};
        double[] score = {0.3, 0.3, 0.3, 0.3};
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);
        Table t = table("x", "y", "x", "x");
        SliceResult worst = new SliceResult("a = x", Slices.in("a", "x"), 3, false, List.of(), List.of());

        FailureSelection s = new FailureSelector(5).select(p, SliceData.classification(t, p), worst, id -> null,
                FailureTagging.DEFAULTS);

        assertThat(s.examples().stream().filter(e -> e.rule().equals("worst_slice_errors")))
                .extracting(FailureExample::exampleId).containsExactly("r0", "r3");
        assertThat(s.examples()).extracting(FailureExample::failureMode).containsOnly("optimization");
    }

    @Test
    void theUserOverridesAndRulesComeBeforeTheDefaults() {
        boolean[] actual = {false, false};
        double[] score = {0.95, 0.8};
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);
        FailureTagging tagging = FailureTagging.DEFAULTS
                .withRule(c -> c.example().exampleId().equals("r1") ? new FailureTagger.Tag(FailureMode.HUMAN_UX,
                        "labellers disagree on this kind of row") : null)
                .withOverride("r0", FailureMode.SYSTEMS_INFRA, "the row came from the broken March export");

        FailureSelection s = new FailureSelector(2).select(p, SliceData.classification(table("x", "y"), p), null,
                id -> null, tagging);

        assertThat(s.examples().get(0).failureMode()).isEqualTo("systems_infra");
        assertThat(s.examples().get(0).failureModeReason()).isEqualTo("set by the user: the row came from the broken March export");
        assertThat(s.examples().get(1).failureMode()).isEqualTo("human_ux");
        assertThat(s.examples().get(1).failureModeReason()).startsWith("user rule: ");
    }

    @Test
    void featureSummariesAreBoundedAndTruncated() {
        FeatureSummary summary = new FeatureSummary(1, 4);
        Table t = Table.ofRows(List.of("a", "b"), List.<String[]>of(new String[] {"abcdefgh", "z"}), List.of("r0"));
        assertThat(summary.of(t, 0)).containsExactly(java.util.Map.entry("a", "abc\u2026"));
        assertThat(summary.omitted(t)).isEqualTo(1);
        assertThat(new FeatureSummary(5, 40).omitted(t)).isNull();
    }

    @Test
    void regressionRulesRankErrorsWithTiesById() {
        double[] actual = {10, 10, 10, 10, 10};
        double[] predicted = {12, 8, 10, 30, 8};
        FailureSelection s = new RegressionFailureSelector(2, FeatureSummary.DEFAULT)
                .select(table("a", "b", "c", "d", "e"), actual, predicted, id -> null, FailureTagging.DEFAULTS);

        assertThat(s.examples()).extracting(FailureExample::exampleId, FailureExample::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("r3", "largest_errors"),
                org.assertj.core.groups.Tuple.tuple("r0", "largest_errors"),
                org.assertj.core.groups.Tuple.tuple("r1", "under_predictions"),
                org.assertj.core.groups.Tuple.tuple("r4", "under_predictions"),
                org.assertj.core.groups.Tuple.tuple("r3", "over_predictions"),
                org.assertj.core.groups.Tuple.tuple("r0", "over_predictions"));
        // MAE = (2 + 2 + 0 + 20 + 2) / 5 = 5.2; an error of 20 is above 3 x 5.2: data.
        assertThat(s.examples().get(0).failureMode()).isEqualTo("data");
        assertThat(s.examples().get(1).failureMode()).isEqualTo("model_representation");
        assertThat(s.examples().get(0).confidence()).isNull();
        assertThat(s.matched("under_predictions")).isEqualTo(2);
        // The sentence is for a person (six significant digits); the fields keep every digit.
        assertThat(s.examples().get(0).why()).isEqualTo("predicted 30 for an actual 10: error +20.00");
        assertThat(RegressionFailureSelector.brief(913.6780395507812)).isEqualTo("913.678");
        assertThat(RegressionFailureSelector.brief(1150.0)).isEqualTo("1150");
        assertThat(RegressionFailureSelector.brief(-0.000012345678)).isEqualTo("-0.0000123457");
    }

    @Test
    void rankingRulePicksQueriesWhoseRelevantItemsRankWorst() {
        List<RankingQuery> queries = List.of(
                new RankingQuery("q0", new double[] {0.9, 0.8, 0.1}, new double[] {0, 0, 1}),
                new RankingQuery("q1", new double[] {0.9, 0.8}, new double[] {1, 0}),
                new RankingQuery("q2", new double[] {0.5, 0.5}, new double[] {0, 0}));
        List<List<String>> ids = List.of(List.of("a", "b", "c"), List.of("d", "e"), List.of("g", "f"));
        Table features = Table.ofRows(List.of("query"), List.of(new String[] {"red shoes"}, new String[] {"boots"},
                new String[] {"blue suede shoes"}), List.of("q0", "q1", "q2"));

        FailureSelection s = new RankingFailureSelector(2, 2, FeatureSummary.DEFAULT)
                .select(queries, ids, features, "query", id -> null, FailureTagging.DEFAULTS);

        assertThat(s.examples()).extracting(FailureExample::exampleId).containsExactly("q2", "q0");
        assertThat(s.examples().get(0).prediction()).isEqualTo("f,g");
        assertThat(s.examples().get(0).why()).isEqualTo("the query has no relevant item");
        assertThat(s.examples().get(1).prediction()).isEqualTo("a,b");
        assertThat(s.examples().get(1).groundTruth()).isEqualTo("c");
        assertThat(s.examples().get(1).why()).isEqualTo("its first relevant item ranks 3 of 3");
    }

    @Test
    void theTemplateListsTheSixCategoriesWithTheirExamples() {
        boolean[] actual = {false, true};
        double[] score = {0.95, 0.6};
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);
        FailureSelection s = new FailureSelector(1).select(p, table("x", "y"), null, id -> null);
        String md = FailureModesTemplate.render(new FailureExamples(SchemaVersion.CURRENT, "run-1", s.rules(),
                s.examples()));

        for (FailureMode mode : FailureMode.values()) {
            assertThat(md).contains("## " + mode.title() + " (`" + mode.tag() + "`)");
        }
        assertThat(md).contains("- `r0` (confident_wrong): predicted yes with probability 0.950");
        assertThat(md.split("Notes:", -1)).hasSize(7);
    }

    @Test
    void theWorstSliceIsJudgedByTheUpperEndOfItsInterval() {
        // Slice "a = s": 3 rows, all wrong (tiny). Slice "a = big": 40 rows, 24 right. "a = good": 40 rows all right.
        int n = 83;
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            cells[i] = i < 3 ? "s" : i < 43 ? "big" : "good";
            actual[i] = true;
            boolean right = i >= 43 || (i >= 3 && i < 27);
            score[i] = right ? 0.8 : 0.2;
        }
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);
        Table t = table(cells);
        SliceRunner runner = new SliceRunner(p::metrics, 2, BinaryPredictions.ACCURACY, true,
                SliceInterval.accuracy(p, Bootstrap.Options.of(500, 1, 0.95)));
        SliceRunner.Evaluation e = runner.run(List.of(new SliceFamily("a", Slices.topCategories(t, "a", 5))),
                SliceData.of(t), p.metrics(p.allRows()));
        // The 3-row slice has accuracy 0 but its interval's upper end is 0 as well (all wrong): it is the worst.
        assertThat(e.worst().name()).isEqualTo("a = s");
        // Now require 5 rows: the small slice is flagged, kept, and the worst is "a = big" (0.6).
        SliceRunner strict = new SliceRunner(p::metrics, 5, BinaryPredictions.ACCURACY, true,
                SliceInterval.accuracy(p, Bootstrap.Options.of(500, 1, 0.95)));
        SliceRunner.Evaluation e2 = strict.run(List.of(new SliceFamily("a", Slices.topCategories(t, "a", 5))),
                SliceData.of(t), p.metrics(p.allRows()));
        assertThat(e2.worst().name()).isEqualTo("a = big");
        assertThat(e2.slices()).extracting(SliceResult::name).containsExactly("a = s", "a = big", "a = good");
        assertThat(e2.slices().get(0).belowMinSize()).isTrue();
        assertThat(e2.worst().interval().upper()).isGreaterThan(0.6).isLessThan(0.8);
        assertThat(e2.worstRule()).contains("lowest upper end");
    }
}
