package io.modellab.evalharness.stress;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ResampledMetricTest {

    @Test
    void everyResampleGetsExactlyTheValueOfTheMetricsModule() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 250;
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextDouble() < 0.3;
            // Coarse scores, so that many rows tie; -0.0 ties with 0.0.
            score[i] = i % 17 == 0 ? -0.0 : Math.floor(random.nextDouble() * 20) / 20;
        }
        BinaryPredictions p = new BinaryPredictions("bad", "good", actual, score, 0.5);

        for (String metric : BinaryPredictions.METRIC_NAMES) {
            ToDoubleFunction<int[]> fast = ResampledMetric.of(p, metric);
            assertThat(fast.applyAsDouble(p.allRows())).as(metric).isEqualTo(p.metric(metric, p.allRows()));
            for (int b = 0; b < 200; b++) {
                int[] rows = new int[b % 7 == 0 ? 3 : n];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = random.nextInt(n);
                }
                // Boxed, so that NaN (a resample of one class) equals NaN.
                Double expected = p.metric(metric, rows);
                assertThat((Double) fast.applyAsDouble(rows)).as("%s on resample %d", metric, b).isEqualTo(expected);
            }
        }
    }
}
