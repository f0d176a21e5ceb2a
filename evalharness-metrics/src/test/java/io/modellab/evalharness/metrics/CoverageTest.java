package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Do 95 % intervals cover the truth 95 % of the time? 1000 simulated test sets each, where the true value is known:
 * the share must fall in 93-97 % (the binomial spread of 1000 trials around 95 % is +-1.4 %).
 */
class CoverageTest {

    static final int DATASETS = 1000;

    @Test
    void accuracyIntervalsFromConfusionCountsCoverTheTrueAccuracy() {
        double truth = 0.8;
        SplittableRandom random = new SplittableRandom(2026);
        int covered = 0;
        for (int d = 0; d < DATASETS; d++) {
            ConfusionCounts counts = new ConfusionCounts(2);
            for (int i = 0; i < 400; i++) {
                boolean positive = random.nextDouble() < 0.3;
                boolean right = random.nextDouble() < truth;
                counts.add(positive ? 1 : 0, right == positive ? 1 : 0, 1);
            }
            BootstrapInterval ci = CountBootstrap.percentile(counts, Bootstrap.Options.of(1000, d, 0.95),
                    ConfusionCounts::accuracy);
            covered += ci.lower() <= truth && truth <= ci.upper() ? 1 : 0;
        }
        assertThat(covered / (double) DATASETS).as("coverage").isBetween(0.93, 0.97);
    }

    @Test
    void rocAucIntervalsCoverTheTrueAucOfABinormalModel() {
        // Positives score N(1, 1), negatives N(0, 1): the true AUC is Phi(1 / sqrt 2).
        double truth = new NormalDistribution().cumulativeProbability(1 / Math.sqrt(2));
        SplittableRandom random = new SplittableRandom(11);
        int covered = 0;
        for (int d = 0; d < DATASETS; d++) {
            int n = 500;
            boolean[] actual = new boolean[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                actual[i] = random.nextDouble() < 0.3;
                score[i] = gaussian(random) + (actual[i] ? 1 : 0);
            }
            BootstrapInterval ci = RankBootstrap.rocAuc(actual, score, Bootstrap.Options.of(1000, d, 0.95));
            covered += ci.lower() <= truth && truth <= ci.upper() ? 1 : 0;
        }
        assertThat(covered / (double) DATASETS).as("coverage").isBetween(0.93, 0.97);
    }

    @Test
    void bcaIntervalsOfTheMeanOfSkewedDataCoverBetterThanPercentileOnes() {
        // Exponential(1) values, 15 a set, true mean 1: the percentile interval undercovers (about 91 % here), its
        // misses piling up below the truth, since the mean's sampling distribution is right-skewed; BCa moves both
        // ends up. Both read the same replicates, so the difference is the read-off alone. 2000 sets.
        int n = 15;
        int datasets = 2 * DATASETS;
        SplittableRandom random = new SplittableRandom(5);
        int[] covered = new int[2];
        int[] missedBelow = new int[2];
        for (int d = 0; d < datasets; d++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = -Math.log(1 - random.nextDouble());
            }
            ToDoubleFunction<int[]> mean = rows -> {
                double sum = 0;
                for (int r : rows) {
                    sum += x[r];
                }
                return sum / rows.length;
            };
            Bootstrap.Options options = Bootstrap.Options.of(1000, d, 0.95);
            BootstrapInterval[] pair = {Bootstrap.interval(n, options, mean),
                    Bootstrap.interval(n, options.withInterval(Bootstrap.Interval.BCA), mean)};
            assertThat(pair[1].method()).isEqualTo(Bootstrap.BCA_METHOD);
            for (int k = 0; k < 2; k++) {
                covered[k] += pair[k].lower() <= 1 && 1 <= pair[k].upper() ? 1 : 0;
                missedBelow[k] += pair[k].upper() < 1 ? 1 : 0;
            }
        }
        // Seeded, so these are fixed numbers (1822 vs 1838 covered, 153 vs 114 missed below); the margins leave
        // room for a change in the random streams, not for a wrong sign of z0 or a.
        assertThat(covered[1]).as("BCa vs percentile coverage").isGreaterThanOrEqualTo(covered[0] + 8);
        assertThat(missedBelow[1]).as("BCa vs percentile misses below the truth").isLessThan(missedBelow[0] - 20);
        assertThat(covered[1] / (double) datasets).as("BCa coverage").isBetween(0.9, 0.95);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on JDK 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
