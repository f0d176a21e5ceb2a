package io.modellab.benchmarks;

import java.util.SplittableRandom;

/**
 * Synthetic binary data like the Python peer's: about 30 % positives, scores that separate them moderately,
 * rounded to 1e-6 so that some scores tie.
 */
final class SyntheticScores {

    final boolean[] actual;
    final double[] score;

    SyntheticScores(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        actual = new boolean[rows];
        score = new double[rows];
        for (int i = 0; i < rows; i++) {
            actual[i] = random.nextDouble() < 0.3;
            double s = (actual[i] ? 0.25 : 0) + random.nextDouble() * 0.75;
            score[i] = Math.round(s * 1e6) / 1e6;
        }
    }
}
