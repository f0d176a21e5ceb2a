package io.modellab.evalharness.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultSlicesTest {

    @Test
    void quantileBucketsSplitEvenlyAndTiesMerge() {
        double[] v = {5, 1, 4, 2, 3, 6, 8, 7, 10, 9};
        List<SliceDefinition> quintiles = DefaultSlices.quantiles(SliceDefinition.TARGET, null, v, 5);
        assertThat(quintiles).extracting(SliceDefinition::describe).containsExactly(
                "target < 3 (bucket 1 of 5)", "target in [3, 5) (bucket 2 of 5)", "target in [5, 7) (bucket 3 of 5)",
                "target in [7, 9) (bucket 4 of 5)", "target >= 9 (bucket 5 of 5)");
        // A constant value gives one bucket that is the whole set.
        List<SliceDefinition> constant = DefaultSlices.quantiles(SliceDefinition.CONFIDENCE, null,
                new double[] {0.7, 0.7, 0.7, 0.7}, 10);
        assertThat(constant).extracting(SliceDefinition::describe).containsExactly("confidence any");
    }

    @Test
    void classificationDefaultsFollowTheSpecAndPickTheKeyFeatureByMutualInformation() {
        // 40 rows: "shade" decides the label, "noise" does not; every 10th row has both features missing.
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean[] actual = new boolean[40];
        double[] score = new double[40];
        for (int i = 0; i < 40; i++) {
            boolean dark = i % 2 == 0;
            rows.add(i % 10 == 9 ? new String[] {null, null} : new String[] {dark ? "dark" : "light", "n" + (i % 3)});
            ids.add(String.format("%02d", i));
            actual[i] = dark;
            score[i] = (i % 20) / 20.0;
        }
        Table table = Table.ofRows(List.of("noise", "shade"), swap(rows), ids);
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);

        DefaultSlices.Plan plan = DefaultSlices.SPEC.classification(SliceData.classification(table, p), null);

        assertThat(plan.keyFeature()).isEqualTo("shade");
        assertThat(plan.keyFeatureRule()).startsWith("the categorical feature whose top 5 categories carry the most");
        assertThat(plan.families()).extracting(SliceFamily::name).containsExactly(DefaultSlices.CONFIDENCE_DECILE,
                DefaultSlices.MISSINGNESS, DefaultSlices.KEY_FEATURE, DefaultSlices.ACTUAL_CLASS);
        assertThat(plan.families().get(0).slices()).hasSize(10);
        assertThat(plan.families().get(2).slices()).extracting(SliceDefinition::describe)
                .containsExactly("shade = dark", "shade = light", "shade is missing");
        assertThat(plan.families().get(3).slices()).extracting(SliceDefinition::describe)
                .containsExactly("actual = no", "actual = yes");
        // The missingness bucket "high" holds exactly the rows with every feature missing.
        int[][] missing = plan.families().get(1).rows(SliceData.classification(table, p));
        assertThat(missing[0]).hasSize(36);
        assertThat(missing[1]).isEmpty();
        assertThat(missing[2]).containsExactly(9, 19, 29, 39);

        SliceRunner runner = new SliceRunner(p::metrics, 5, BinaryPredictions.ACCURACY, true,
                SliceInterval.accuracy(p, Bootstrap.Options.of(200, 7, 0.95)));
        SliceRunner.Evaluation e = runner.run(plan.families(), SliceData.classification(table, p), p.metrics(p.allRows()));
        assertThat(e.slices()).hasSize(10 + 3 + 3 + 2);
        SliceResult empty = e.slices().stream().filter(s -> s.sampleSize() == 0).findFirst().orElseThrow();
        assertThat(empty.belowMinSize()).isTrue();
        assertThat(empty.metrics()).isEmpty();
        assertThat(empty.interval()).isNull();
        SliceResult whole = e.slices().stream().filter(s -> s.name().equals("missing_share < 0.1")).findFirst().orElseThrow();
        assertThat(whole.sampleSize()).isEqualTo(36);
        assertThat(whole.family()).isEqualTo(DefaultSlices.MISSINGNESS);
        assertThat(whole.interval().lower()).isLessThanOrEqualTo(MetricValue.valueOf(whole.metrics(), "accuracy"));
    }

    @Test
    void regressionAndRankingDefaults() {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[] target = new double[20];
        for (int i = 0; i < 20; i++) {
            rows.add(new String[] {String.valueOf(i), i < 10 ? "a b" : "a b c d e", i % 4 == 0 ? "head" : "t" + i});
            ids.add("q" + i);
            target[i] = i < 10 ? 1 : 100;
        }
        Table table = Table.ofRows(List.of("size", "text", "query"), rows, ids);
        DefaultSlices.Plan regression = DefaultSlices.SPEC.regression(SliceData.regression(table, target), null);
        assertThat(regression.families()).extracting(SliceFamily::name).containsExactly(DefaultSlices.TARGET_QUANTILE,
                DefaultSlices.KEY_FEATURE, DefaultSlices.MISSINGNESS);
        // "text" splits the target exactly (eta squared 1); the quintile of "size" holding 8-11 mixes 1 and 100.
        assertThat(regression.keyFeature()).isEqualTo("text");
        assertThat(regression.keyFeatureRule()).contains("eta squared 1.0000");

        DefaultSlices.Plan ranking = DefaultSlices.SPEC.ranking(SliceData.of(table), "query");
        int[][] headTail = ranking.families().get(1).rows(SliceData.of(table));
        // "head" occurs 5 times, every other query once: the head is the queries that together make up half the
        // rows, i.e. every query seen at least once here.
        assertThat(headTail[0].length + headTail[1].length).isEqualTo(20);
        int[][] lengths = ranking.families().get(0).rows(SliceData.of(table));
        assertThat(lengths[0]).hasSize(20);
    }

    private static List<String[]> swap(List<String[]> rows) {
        return rows.stream().map(r -> new String[] {r[1], r[0]}).toList();
    }
}
