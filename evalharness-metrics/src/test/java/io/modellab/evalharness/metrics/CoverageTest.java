package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
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

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian on JDK 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
