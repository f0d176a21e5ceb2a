package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private static final double[] PINNED = {0.7511333333333334, 0.7, 0.8};

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

    @Test
    void theResultIsIdenticalWhateverTheNumberOfThreadsAndProgressIsReported() {
        List<Long> done = new CopyOnWriteArrayList<>();
        Bootstrap.Options one = Bootstrap.Options.of(1000, 5, 0.95);

        BootstrapInterval single = Bootstrap.percentile(300, one, ACCURACY);
        BootstrapInterval two = Bootstrap.percentile(300, one.withThreads(2), ACCURACY);
        BootstrapInterval three = Bootstrap.percentile(300, new Bootstrap.Options(1000, 5, 0.95, 3,
                (stage, d, total) -> done.add(d)), ACCURACY);

        assertThat(two).isEqualTo(single);
        assertThat(three).isEqualTo(single);
        assertThat(done).hasSize(10).contains(1000L);
    }

    @Test
    void aStratifiedResampleKeepsEachStratumsSize() {
        int[] strata = new int[300];
        for (int i = 0; i < 90; i++) {
            strata[i] = 1;
        }
        BootstrapInterval ci = Bootstrap.stratified(strata, Bootstrap.Options.of(200, 3, 0.95), rows -> {
            long ones = java.util.Arrays.stream(rows).filter(r -> strata[r] == 1).count();
            assertThat(ones).isEqualTo(90);
            return ACCURACY.applyAsDouble(rows);
        });

        assertThat(ci.method()).isEqualTo("percentile_bootstrap (stratified)");
        assertThat(ci.resamplesUsed()).isEqualTo(200);
    }

    @Test
    void thePairedDifferenceOfCorrelatedModelsIsNarrowerThanTheirSeparateIntervals() {
        // Model B is right wherever A is, and on 15 more rows: their accuracies differ by exactly 0.05.
        boolean[] b = CORRECT.clone();
        int added = 0;
        for (int i = 0; i < b.length && added < 15; i++) {
            if (!b[i]) {
                b[i] = true;
                added++;
            }
        }
        ToDoubleFunction<int[]> accuracyB = rows -> {
            int hits = 0;
            for (int r : rows) {
                hits += b[r] ? 1 : 0;
            }
            return (double) hits / rows.length;
        };
        Bootstrap.Options options = Bootstrap.Options.of(2000, 9, 0.95);

        BootstrapInterval diff = Bootstrap.pairedDifference(300, options, accuracyB, ACCURACY);
        BootstrapInterval alone = Bootstrap.percentile(300, options, accuracyB);
        BootstrapInterval other = Bootstrap.percentile(300, options, ACCURACY);
        double unpairedWidth = Math.hypot(alone.upper() - alone.lower(), other.upper() - other.lower());

        assertThat(diff.pointEstimate()).isCloseTo(0.05, within(1e-12));
        assertThat(diff.lower()).as("B beats A with confidence").isGreaterThan(0.0);
        assertThat(diff.upper() - diff.lower()).as("paired width vs unpaired").isLessThan(unpairedWidth / 2);
        assertThat(diff.method()).isEqualTo("percentile_bootstrap (paired difference)");
    }
}
