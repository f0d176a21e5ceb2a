package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassificationInputTest {

    private static final List<String> LABELS = List.of("good", "bad");

    @Test
    void invalidInputIsRefusedWithTheRowAndWhatWasExpected() {
        double[][] ok = {{0.7, 0.3}, {0.2, 0.8}};
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[] {"good"}, ok, null))
                .hasMessage("probabilities have 2 rows but actual has 1");
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[] {"good", "maybe"}, ok, null))
                .hasMessage("row 1: actual label \"maybe\" is not one of [good, bad]");
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[] {"good", "bad"},
                new double[][] {{0.7, 0.3}, {Double.NaN, 1}}, null))
                .hasMessage("row 1: probability of good is NaN, expected a number in [0, 1]");
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[] {"good", "bad"},
                new double[][] {{0.7, 0.3}, {1.5, -0.5}}, null))
                .hasMessage("row 1: probability of good is 1.5, expected a number in [0, 1]");
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[] {"good", "bad"},
                new double[][] {{0.7, 0.2}, {0.2, 0.8}}, null))
                .hasMessage("row 0: probabilities sum to 0.900000000, expected 1 (tolerance 1e-06)");
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[] {"good", "bad"}, ok, new double[] {1, -1}))
                .hasMessage("row 1: weight -1.0, expected a finite number >= 0");
        assertThatThrownBy(() -> ClassificationData.of(LABELS, new String[0], new double[0][], null))
                .hasMessage("empty input: no rows to score");
        assertThatThrownBy(() -> ClassificationData.of(List.of("a", "a"), new String[] {"a"}, new double[][] {{0.5, 0.5}}, null))
                .hasMessage("labels must be at least two distinct names, got [a, a]");
        assertThatThrownBy(() -> RocAuc.of(new boolean[] {true, false}, new double[] {0.1})).hasMessage("arrays differ in length: 2 and 1");
    }

    @Test
    void undefinedIsNotAnError() {
        ClassificationData oneClass = ClassificationData.of(LABELS, new String[] {"good", "good"},
                new double[][] {{0.7, 0.3}, {0.2, 0.8}}, null);

        ClassificationMetrics.Report report = ClassificationMetrics.binary(oneClass, 1, 0.5);

        assertThat(report.metrics()).filteredOn(m -> m.name().equals("roc_auc")).singleElement()
                .satisfies(m -> {
                    assertThat(m.value()).isNull();
                    assertThat(m.note()).isEqualTo("undefined: only one class is present");
                });
        assertThat(report.metrics()).filteredOn(m -> m.name().equals("recall")).singleElement()
                .satisfies(m -> assertThat(m.note()).isEqualTo("positive label bad; no row is actually bad, set to 0 as scikit-learn does"));
    }

    @Test
    void confusionCountsMergedFromRandomPartsEqualTheWhole() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 5000;
        int k = 4;
        int[] actual = new int[n];
        int[] predicted = new int[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextInt(k);
            predicted[i] = random.nextInt(10) < 6 ? actual[i] : random.nextInt(k);
            weight[i] = random.nextInt(4) * 0.5;
        }
        ConfusionCounts whole = new ConfusionCounts(k);
        for (int i = 0; i < n; i++) {
            whole.add(actual[i], predicted[i], weight[i]);
        }
        for (int trial = 0; trial < 20; trial++) {
            int cut1 = random.nextInt(n);
            int cut2 = cut1 + random.nextInt(n - cut1 + 1);
            ConfusionCounts[] parts = {new ConfusionCounts(k), new ConfusionCounts(k), new ConfusionCounts(k)};
            for (int i = 0; i < n; i++) {
                parts[i < cut1 ? 0 : i < cut2 ? 1 : 2].add(actual[i], predicted[i], weight[i]);
            }
            ConfusionCounts merged = new ConfusionCounts(k);
            merged.merge(parts[2]);
            merged.merge(parts[0]);
            merged.merge(parts[1]);
            for (int a = 0; a < k; a++) {
                for (int p = 0; p < k; p++) {
                    assertThat(merged.count(a, p)).isEqualTo(whole.count(a, p));
                }
            }
            assertThat(merged.balancedAccuracy()).isEqualTo(whole.balancedAccuracy());
            assertThat(merged.weighted(ConfusionCounts::f1)).isEqualTo(whole.weighted(ConfusionCounts::f1));
        }
    }
}
