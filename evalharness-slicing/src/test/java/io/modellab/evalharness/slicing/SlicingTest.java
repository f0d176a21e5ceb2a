package io.modellab.evalharness.slicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlicingTest {

    // Ten rows: colour a x5 (rows 0-4), b x3 (5-7), missing x2 (8-9). Positive label "yes".
    private static final String[] COLOUR = {"a", "a", "a", "a", "a", "b", "b", "b", null, null};
    private static final boolean[] ACTUAL = {true, false, true, false, false, true, true, false, false, true};
    private static final double[] SCORE = {0.9, 0.2, 0.6, 0.45, 0.1, 0.3, 0.2, 0.95, 0.55, 0.8};

    private static Table table() {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < COLOUR.length; i++) {
            rows.add(new String[] {COLOUR[i], String.valueOf(i * 10)});
            ids.add("r" + i);
        }
        return Table.ofRows(List.of("colour", "size"), rows, ids);
    }

    private static BinaryPredictions predictions() {
        return new BinaryPredictions("yes", "no", ACTUAL, SCORE, 0.5);
    }

    @Test
    void topCategoriesAreMostFrequentFirstAndMissingIsACategory() {
        List<SliceDefinition> slices = Slices.topCategories(table(), "colour", 2);

        assertThat(slices).extracting(Slices::name).containsExactly("colour = a", "colour = b");
        assertThat(Slices.topCategories(table(), "colour", 5)).extracting(Slices::name)
                .containsExactly("colour = a", "colour = b", "colour is missing");
        assertThat(Slices.rows(Slices.topCategories(table(), "colour", 5).get(2), table())).containsExactly(8, 9);
    }

    @Test
    void sliceMetricsDeltasSizeFlagsAndWorstFirstOrder() {
        BinaryPredictions p = predictions();
        SliceRunner runner = new SliceRunner(p::metrics, 4, BinaryPredictions.ACCURACY);

        List<SliceResult> results = runner.run(Slices.topCategories(table(), "colour", 5), table(), p.metrics(p.allRows()));

        // Accuracy: overall 6/10 (rows 5-8 wrong); a: 5/5; b: 0/3; missing: row 8 wrong, 9 right -> 1/2.
        assertThat(results).extracting(SliceResult::name)
                .containsExactly("colour = b", "colour is missing", "colour = a");
        SliceResult b = results.get(0);
        assertThat(b.sampleSize()).isEqualTo(3);
        assertThat(b.belowMinSize()).isTrue();
        assertThat(MetricValue.valueOf(b.metrics(), "accuracy")).isEqualTo(0.0);
        assertThat(b.deltaFromOverall().get(0).delta()).isCloseTo(-0.6, within(1e-12));
        assertThat(runner.worst(results).name()).as("b and missing are too small").isEqualTo("colour = a");
    }

    @Test
    void failureRulesPickAStableOrderAndRespectTheLimit() {
        BinaryPredictions p = predictions();
        SliceRunner runner = new SliceRunner(p::metrics, 2, BinaryPredictions.ACCURACY);
        List<SliceResult> results = runner.run(Slices.topCategories(table(), "colour", 5), table(), p.metrics(p.allRows()));

        FailureSelection selection = new FailureSelector(2).select(p, table(), runner.worst(results), id -> "data.csv#" + id);

        assertThat(selection.matched(FailureSelector.CONFIDENT_WRONG)).isEqualTo(4);
        assertThat(selection.examples()).extracting(FailureExample::rule, FailureExample::exampleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("confident_wrong", "r7"),    // predicted yes at 0.95
                org.assertj.core.groups.Tuple.tuple("confident_wrong", "r6"),    // predicted no at 0.8
                org.assertj.core.groups.Tuple.tuple("uncertain_correct", "r3"),  // no at 0.55
                org.assertj.core.groups.Tuple.tuple("uncertain_correct", "r2"),  // yes at 0.6
                org.assertj.core.groups.Tuple.tuple("worst_slice_errors", "r7"),
                org.assertj.core.groups.Tuple.tuple("worst_slice_errors", "r6"));
        FailureExample first = selection.examples().get(0);
        assertThat(first.prediction()).isEqualTo("yes");
        assertThat(first.groundTruth()).isEqualTo("no");
        assertThat(first.confidence()).isEqualTo(0.95);
        assertThat(first.why()).isEqualTo("predicted yes with probability 0.950, but the actual label is no");
        assertThat(first.features()).containsEntry("colour", "b").containsEntry("size", "70");
        assertThat(first.sourceRow()).isEqualTo("data.csv#r7");
        assertThat(selection.rules().get(2).description()).contains("(colour = b)");
    }
}
