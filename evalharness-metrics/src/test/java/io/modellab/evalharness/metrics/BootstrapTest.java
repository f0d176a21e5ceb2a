package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** 300 rows, 225 correct: accuracy 0.75. */
    private static final boolean[] CORRECT = new boolean[300];

    static {
        for (int i = 0; i < 225; i++) {
            CORRECT[i * 300 / 225] = true;
        }
    }

    private static final ToDoubleFunction<int[]> ACCURACY = rows -> {
        int hits = 0;
        for (int r : rows) {
            hits += CORRECT[r] ? 1 : 0;
        }
        return (double) hits / rows.length;
    };

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        BootstrapInterval a = Bootstrap.percentile(300, 500, 42, 0.95, ACCURACY);
        BootstrapInterval b = Bootstrap.percentile(300, 500, 42, 0.95, ACCURACY);
        BootstrapInterval c = Bootstrap.percentile(300, 500, 43, 0.95, ACCURACY);

        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void theIntervalOfSeed42IsPinnedSoAChangeInTheRandomSequenceIsNoticed() {
        BootstrapInterval ci = Bootstrap.percentile(300, 1000, 42, 0.95, ACCURACY);

        assertThat(new double[] {ci.mean(), ci.lower(), ci.upper()}).containsExactly(PINNED);
    }

    private static final double[] PINNED = {0.749086666666667, 0.6966666666666667, 0.7966666666666666};

    @Test
    void accuracyIntervalHasTheWidthBinomialTheoryPredicts() {
        BootstrapInterval ci = Bootstrap.percentile(300, 4000, 7, 0.95, ACCURACY);

        // Normal approximation: 0.75 +- 1.96 * sqrt(0.75 * 0.25 / 300) = 0.75 +- 0.049.
        assertThat(ci.pointEstimate()).isEqualTo(0.75);
        assertThat(ci.mean()).isCloseTo(0.75, within(0.005));
        assertThat(ci.lower()).isCloseTo(0.701, within(0.008));
        assertThat(ci.upper()).isCloseTo(0.799, within(0.008));
        assertThat(ci.resamplesUsed()).isEqualTo(4000);
        assertThat(ci.lower()).isLessThan(ci.pointEstimate()).isGreaterThan(0.0);
    }

    @Test
    void resamplesWhereTheMetricIsUndefinedAreSkippedAndCounted() {
        boolean[] actual = new boolean[20];
        actual[0] = true;
        double[] score = new double[20];
        score[0] = 0.9;

        BootstrapInterval ci = Bootstrap.percentile(20, 1000, 1, 0.95, rows -> {
            boolean[] a = new boolean[rows.length];
            double[] s = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                a[i] = actual[rows[i]];
                s[i] = score[rows[i]];
            }
            return RocAuc.of(a, s);
        });

        // P(row 0 drawn at least once in 20 draws) = 1 - 0.95^20 = 0.64.
        assertThat(ci.resamplesUsed()).isBetween(590, 690);
        assertThat(ci.lower()).isEqualTo(1.0);
    }

    @Test
    void nonsenseArgumentsAreRefused() {
        assertThatThrownBy(() -> Bootstrap.percentile(0, 10, 1, 0.95, ACCURACY)).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> Bootstrap.percentile(10, 10, 1, 1.5, ACCURACY)).hasMessageContaining("(0, 1)");
    }
}
