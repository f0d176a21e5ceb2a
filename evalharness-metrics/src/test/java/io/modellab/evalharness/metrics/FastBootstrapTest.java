package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths against the naive resample-and-recompute path. */
class FastBootstrapTest {

    static final int N = 3000;
    static final boolean[] ACTUAL = new boolean[N];
    static final double[] SCORE = new double[N];

    static {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < N; i++) {
            ACTUAL[i] = random.nextDouble() < 0.3;
            SCORE[i] = Math.round((ACTUAL[i] ? 0.3 : 0) + random.nextDouble() * 0.7 * 100) / 100.0;
        }
    }

    @Test
    void aPoissonReplicateEqualsTheNaiveMetricOnThoseRowsRepeatedByTheirCounts() {
        RankBootstrap.Sorted sorted = new RankBootstrap.Sorted(ACTUAL, SCORE);
        for (int b = 0; b < 5; b++) {
            int total = 0;
            int[] counts = new int[N];
            for (int i = 0; i < N; i++) {
                counts[i] = Randoms.poissonOne(77, b, i);
                total += counts[i];
            }
            boolean[] a = new boolean[total];
            double[] s = new double[total];
            int j = 0;
            for (int i = 0; i < N; i++) {
                for (int c = 0; c < counts[i]; c++) {
                    a[j] = ACTUAL[i];
                    s[j++] = SCORE[i];
                }
            }
            assertThat(sorted.rocAuc(77, b)).isCloseTo(RocAuc.of(a, s), within(1e-12));
            assertThat(sorted.averagePrecision(77, b)).isCloseTo(RankMetrics.averagePrecision(a, s, null), within(1e-12));
        }
    }

    @Test
    void poissonCountsHaveMeanAndVarianceOne() {
        double sum = 0;
        double squares = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            int c = Randoms.poissonOne(1, 0, i);
            sum += c;
            squares += c * c;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(1.0, within(0.01));
        assertThat(squares / n - mean * mean).isCloseTo(1.0, within(0.02));
    }

    @Test
    void fastIntervalsAgreeWithTheRowBootstrap() {
        Bootstrap.Options options = Bootstrap.Options.of(2000, 13, 0.95);
        BinaryPredictions p = new BinaryPredictions("pos", "neg", ACTUAL, SCORE, 0.5);

        BootstrapInterval naiveAuc = Bootstrap.percentile(N, options, rows -> p.metric(BinaryPredictions.ROC_AUC, rows));
        BootstrapInterval fastAuc = RankBootstrap.rocAuc(ACTUAL, SCORE, options);
        BootstrapInterval naiveF1 = Bootstrap.percentile(N, options, rows -> p.metric(BinaryPredictions.F1, rows));
        ConfusionCounts counts = new ConfusionCounts(2);
        for (int i = 0; i < N; i++) {
            counts.add(ACTUAL[i] ? 1 : 0, p.predictedPositive(i) ? 1 : 0, 1);
        }
        BootstrapInterval fastF1 = CountBootstrap.percentile(counts, options, c -> c.f1(1));

        for (BootstrapInterval[] pair : new BootstrapInterval[][] {{naiveAuc, fastAuc}, {naiveF1, fastF1}}) {
            double width = pair[0].upper() - pair[0].lower();
            assertThat(pair[1].pointEstimate()).isEqualTo(pair[0].pointEstimate());
            assertThat(pair[1].mean()).isCloseTo(pair[0].mean(), within(width * 0.05));
            assertThat(pair[1].lower()).isCloseTo(pair[0].lower(), within(width * 0.08));
            assertThat(pair[1].upper()).isCloseTo(pair[0].upper(), within(width * 0.08));
        }
        assertThat(fastAuc.method()).isEqualTo("percentile_poisson_bootstrap");
        assertThat(fastF1.method()).isEqualTo("percentile_bootstrap (multinomial over confusion cells)");
    }

    @Test
    void fastPathsAreIdenticalAcrossThreadCounts() {
        Bootstrap.Options one = Bootstrap.Options.of(500, 21, 0.9);
        ConfusionCounts counts = new ConfusionCounts(2);
        counts.add(0, 0, 600);
        counts.add(0, 1, 90);
        counts.add(1, 0, 110);
        counts.add(1, 1, 200);

        assertThat(RankBootstrap.rocAuc(ACTUAL, SCORE, one.withThreads(2))).isEqualTo(RankBootstrap.rocAuc(ACTUAL, SCORE, one));
        assertThat(CountBootstrap.percentile(counts, one.withThreads(3), ConfusionCounts::accuracy))
                .isEqualTo(CountBootstrap.percentile(counts, one, ConfusionCounts::accuracy));
    }

    @Test
    void weightedCountsNeedTheRowBootstrap() {
        ConfusionCounts counts = new ConfusionCounts(2);
        counts.add(0, 0, 1.5);
        counts.add(1, 1, 2);

        assertThatThrownBy(() -> CountBootstrap.percentile(counts, Bootstrap.Options.of(10, 1, 0.95), ConfusionCounts::accuracy))
                .hasMessage("cell (0, 0) holds 1.5, not a whole count: weighted rows need the row bootstrap");
    }
}
