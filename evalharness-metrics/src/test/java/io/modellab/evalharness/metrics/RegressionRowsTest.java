package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.MetricValue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegressionRowsTest {

    private static RegressionRows skewed(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = Math.exp(random.nextDouble(0, 6));
            predicted[i] = actual[i] * random.nextDouble(0.5, 1.5) + random.nextGaussian() * 10;
        }
        return new RegressionRows(actual, predicted);
    }

    @Test
    void theOnePassMetricsGiveTheSameBitsAsTheFullSuiteOnResamplesWithRepeats() {
        RegressionRows rows = skewed(63, 7);
        SplittableRandom random = new SplittableRandom(42);
        for (int resample = 0; resample < 200; resample++) {
            int[] picked = new int[rows.size()];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = random.nextInt(rows.size());
            }
            for (String name : RegressionRows.METRIC_NAMES) {
                Double full = MetricValue.valueOf(rows.metrics(picked), name);
                assertThat(rows.metric(name, picked)).as(name).isEqualTo(full == null ? Double.NaN : full);
            }
        }
    }

    @Test
    void onAllRowsTheMetricsAreRegressionMetrics() {
        double[] actual = {3, -0.5, 2, 7};
        double[] predicted = {2.5, 0.0, 2, 8};
        RegressionRows rows = new RegressionRows(actual, predicted);

        assertThat(rows.metrics(rows.allRows())).isEqualTo(RegressionMetrics.compute(actual, predicted, null));
        // scikit-learn: r2_score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) = 0.9486081370449679
        assertThat(rows.metric(RegressionRows.R2, rows.allRows())).isEqualTo(0.9486081370449679);
        assertThat(rows.metric(RegressionRows.MAE, rows.allRows())).isEqualTo(0.5);
        assertThat(rows.error(3)).isEqualTo(1.0);
    }

    @Test
    void undefinedMetricsAreNaNAndUnknownOnesAreRefused() {
        RegressionRows rows = new RegressionRows(new double[] {0, 2}, new double[] {1, 2});

        assertThat(rows.metric(RegressionRows.R2, new int[] {1})).isNaN();
        assertThat(rows.metric("mape", rows.allRows())).isNaN();
        assertThat(rows.metric(RegressionRows.RMSE, new int[0])).isNaN();
        assertThatThrownBy(() -> rows.metric("roc_auc", rows.allRows())).hasMessageStartingWith("Metric value not found: roc_auc");
        assertThatThrownBy(() -> new RegressionRows(new double[] {1}, new double[] {Double.NaN}))
                .hasMessageContaining("row 0");
    }
}
