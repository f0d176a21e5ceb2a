package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.schema.MetricValue;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

    /** Scores on a coarse grid, so that many rows tie. */
    private static BinaryPredictions predictions(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextDouble() < 0.3;
            score[i] = Math.min(1, Math.max(0, Math.round((random.nextGaussian() * 0.2 + (actual[i] ? 0.6 : 0.4)) * 50) / 50.0));
        }
        return new BinaryPredictions("good", "bad", actual, score, 0.5);
    }

    private static ScoreHistogram histogram(BinaryPredictions p, int from, int to) {
        ScoreHistogram h = new ScoreHistogram();
        for (int i = from; i < to; i++) {
            h.add(p.score(i), p.actualPositive(i));
        }
        return h;
    }

    @Test
    void curvesEqualTheRowWiseOnes() {
        BinaryPredictions p = predictions(1_500, 5);
        ScoreHistogram h = histogram(p, 0, p.size());

        RocCurve roc = RocCurve.of(actual(p), scores(p));
        assertThat(h.rocCurve().falsePositiveRate()).containsExactly(roc.falsePositiveRate());
        assertThat(h.rocCurve().truePositiveRate()).containsExactly(roc.truePositiveRate());
        RankMetrics.PrCurve pr = RankMetrics.prCurve(actual(p), scores(p), null);
        assertThat(h.prCurve().precision()).containsExactly(pr.precision());
        assertThat(h.prCurve().recall()).containsExactly(pr.recall());
        assertThat(h.averagePrecision()).isCloseTo(RankMetrics.averagePrecision(actual(p), scores(p), null),
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void rocAucAndItsJackknifeStayExactWhenPairCountsOutgrow64Bits() {
        // 9 billion rows: 4e9 positives x 5e9 negatives = 2e19 pairs, beyond Long.MAX_VALUE (9.2e18).
        long billion = 1_000_000_000L;
        ScoreHistogram big = new ScoreHistogram();
        big.add(0.9, true, 3 * billion);
        big.add(0.9, false, billion);
        big.add(0.2, true, billion);
        big.add(0.2, false, 4 * billion);

        // Positives beat 4/5 of the negatives from the top group, tie with the rest half the time: (12 + 3.5) / 20.
        assertThat(big.rocAuc()).isEqualTo(0.775).isEqualTo(ScoreHistogram.rocAuc(new long[] {3, 1}, new long[] {1, 4}));

        Bca.Jackknife jackknife = RocAucJackknife.ofHistogram(big.descending());
        assertThat(jackknife.weights()).containsExactly(3e9, 1e9, 1e9, 4e9);
        // Without one top positive: (2W - its twice placement 2 x 4e9 + 1e9) / (2 (P - 1) N), with 2W = 1.55 P N.
        java.math.BigDecimal p = java.math.BigDecimal.valueOf(4 * billion);
        java.math.BigDecimal n = java.math.BigDecimal.valueOf(5 * billion);
        java.math.BigDecimal twiceW = new java.math.BigDecimal("1.55").multiply(p).multiply(n);
        double expected = twiceW.subtract(java.math.BigDecimal.valueOf(9 * billion))
                .divide(java.math.BigDecimal.valueOf(2).multiply(p.subtract(java.math.BigDecimal.ONE)).multiply(n),
                        java.math.MathContext.DECIMAL64).doubleValue();
        assertThat(jackknife.values()[0]).isCloseTo(expected, within(1e-15));
        for (double v : jackknife.values()) {
            assertThat(v).isCloseTo(0.775, within(1e-9));
        }
    }

    @Test
    void metricsEqualTheRowWiseOnes() {
        BinaryPredictions p = predictions(2_000, 3);
        ScoreHistogram h = histogram(p, 0, p.size());

        assertThat(h.rows()).isEqualTo(2_000);
        assertThat(h.distinctScores()).isLessThanOrEqualTo(51);
        assertThat(h.metrics("good", 0.5)).isEqualTo(p.metrics(p.allRows()));
        assertThat(h.rocAuc()).isEqualTo(RocAuc.of(actual(p), scores(p)));
        assertThat(h.confusionMatrix("bad", "good", 0.5)).isEqualTo(p.confusionMatrix());

        List<MetricValue> expected = ClassificationMetrics.binary(p.toClassificationData(), 1, 0.5).metrics();
        List<MetricValue> actual = h.suite("bad", "good", 0.5).metrics();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).name()).isEqualTo(expected.get(i).name());
            assertThat(actual.get(i).note()).isEqualTo(expected.get(i).note());
            assertThat(actual.get(i).value()).as(expected.get(i).name()).isCloseTo(expected.get(i).value(), within(1e-12));
        }
    }

    @Test
    void halvesMergeIntoTheWhole() {
        BinaryPredictions p = predictions(1_000, 5);
        ScoreHistogram whole = histogram(p, 0, 1_000);
        ScoreHistogram merged = histogram(p, 600, 1_000);
        merged.merge(histogram(p, 0, 600));

        ScoreHistogram.Groups a = whole.descending();
        ScoreHistogram.Groups b = merged.descending();
        assertThat(b.score()).containsExactly(a.score());
        assertThat(b.positives()).containsExactly(a.positives());
        assertThat(b.negatives()).containsExactly(a.negatives());
        assertThat(merged.suite("bad", "good", 0.5)).usingRecursiveComparison().isEqualTo(whole.suite("bad", "good", 0.5));
    }

    @Test
    void negativeZeroIsZeroAndNanIsRefused() {
        ScoreHistogram h = new ScoreHistogram();
        h.add(0.0, true);
        h.add(-0.0, false);
        assertThat(h.distinctScores()).isEqualTo(1);
        assertThat(h.rocAuc()).isEqualTo(0.5);
        assertThatThrownBy(() -> h.add(Double.NaN, true)).hasMessage("score is NaN");
    }

    @Test
    void poissonWeightsOfRowPositionsAreTheRankBootstrapsOnes() {
        PoissonBootstrap draws = new PoissonBootstrap(42, 7);
        int[] w = new int[7];
        for (int row = 0; row < 100; row++) {
            draws.weights(row, w);
            for (int b = 0; b < 7; b++) {
                assertThat(w[b]).isEqualTo(Randoms.poissonOne(42, b, row))
                        .isEqualTo(PoissonBootstrap.weight(42, b, row));
            }
        }
    }

    private static boolean[] actual(BinaryPredictions p) {
        boolean[] a = new boolean[p.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = p.actualPositive(i);
        }
        return a;
    }

    private static double[] scores(BinaryPredictions p) {
        double[] s = new double[p.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = p.score(i);
        }
        return s;
    }
}
