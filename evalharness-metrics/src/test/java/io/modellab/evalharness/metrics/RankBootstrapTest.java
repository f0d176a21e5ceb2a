package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass ROC-AUC bootstrap bit for bit: every replicate against the same integer sums computed the plain way
 * from the same Poisson counts, and fingerprints of whole runs pinned, so that a faster kernel cannot change a
 * single published interval.
 */
class RankBootstrapTest {

    /** Scores rounded to 0.01: most rows share their score with others, of both classes. */
    static Data heavyTies() {
        SplittableRandom random = new SplittableRandom(4);
        return Data.of(3000, i -> random.nextDouble() < 0.3,
                (i, positive) -> Math.round(((positive ? 0.3 : 0) + random.nextDouble() * 0.7) * 100) / 100.0);
    }

    /** More negative visits than one chunk of the kernel holds, scores rounded to 0.001: ties across chunk ends. */
    static Data manyRows() {
        SplittableRandom random = new SplittableRandom(8);
        return Data.of(20_000, i -> random.nextDouble() < 0.3,
                (i, positive) -> Math.round(((positive ? 0.2 : 0) + random.nextDouble() * 0.8) * 1000) / 1000.0);
    }

    /** Continuous scores: no ties. */
    static Data noTies() {
        SplittableRandom random = new SplittableRandom(5);
        return Data.of(2501, i -> random.nextDouble() < 0.4,
                (i, positive) -> random.nextDouble() + (positive ? 0.2 : 0));
    }

    /** One score for every row: one tie group holding both classes. */
    static Data oneGroup() {
        return Data.of(777, i -> i % 3 == 0, (i, positive) -> 0.5);
    }

    /** Infinities, signed zeros, runs of ties at the ends, groups of one class only. */
    static Data edges() {
        double[] values = {Double.NEGATIVE_INFINITY, -0.0, 0.0, 1e-300, 0.25, 0.25, 1, Double.POSITIVE_INFINITY};
        SplittableRandom random = new SplittableRandom(6);
        return Data.of(1000, i -> random.nextInt(5) < 2, (i, positive) -> values[random.nextInt(values.length)]);
    }

    @Test
    void everyReplicateEqualsThePlainIntegerSumsOfItsPoissonCounts() {
        for (Data data : new Data[] {heavyTies(), noTies(), oneGroup(), edges(), manyRows(),
                Data.of(1, i -> true, (i, p) -> 1), Data.of(2, i -> i == 0, (i, p) -> 1),
                Data.of(3, i -> i == 1, (i, p) -> i)}) {
            RankBootstrap.Sorted sorted = new RankBootstrap.Sorted(data.actual, data.score);
            Integer[] order = data.descending();
            double[] out = new double[RankBootstrap.BLOCK];
            for (int from = 0; from < 64; from += RankBootstrap.BLOCK) {
                sorted.rocAuc(99, from, from + RankBootstrap.BLOCK, out);
                for (int j = 0; j < RankBootstrap.BLOCK; j++) {
                    assertThat(Double.doubleToRawLongBits(out[j]))
                            .as("replicate %d of %d rows", from + j, data.actual.length)
                            .isEqualTo(Double.doubleToRawLongBits(plain(data, order, 99, from + j)));
                }
            }
        }
    }

    @Test
    void thePointEstimateIsRocAucOfBitForBit() {
        for (Data data : new Data[] {heavyTies(), noTies(), oneGroup(), edges(), Data.of(1, i -> true, (i, p) -> 1),
                Data.of(2, i -> i == 0, (i, p) -> 1), Data.of(3, i -> i == 1, (i, p) -> i)}) {
            assertThat(Double.doubleToRawLongBits(new RankBootstrap.Sorted(data.actual, data.score).rocAuc()))
                    .as("%d rows", data.actual.length)
                    .isEqualTo(Double.doubleToRawLongBits(RocAuc.of(data.actual, data.score)));
        }
    }

    @Test
    void noPoissonCountExceedsTheBoundTheKernelsSumsRelyOn() {
        int max = 0;
        for (long u = 0; u < 1 << 16; u++) {
            max = Math.max(max, Randoms.poissonOne(u, 0));
        }
        assertThat(max).isEqualTo(Randoms.MAX_POISSON_ONE);
        assertThat(2L * RankBootstrap.Sorted.MAX_ROWS * Randoms.MAX_POISSON_ONE).isLessThanOrEqualTo(1L << 32);
    }

    @Test
    void wholeRunsAreUnchangedBitForBit() {
        // Fingerprints taken from the kernel of commit 959faac: every replicate value, then the interval.
        assertThat(String.join("\n", fingerprint(heavyTies(), 1000, 7), fingerprint(noTies(), 1002, 8),
                fingerprint(oneGroup(), 999, 9), fingerprint(edges(), 1000, 10), fingerprint(manyRows(), 200, 11)))
                .isEqualTo(PINNED);
    }

    static final String PINNED = String.join("\n",
            "12fd05de204bec7d 0x1.9c99cfd5bca8bp-1 0x1.aca3907b0fa0cp-1 0x1.a4d8a213ce23ep-1 1000",
            "655c483bdf51a1f9 0x1.4cb1262b7b237p-1 0x1.62560d6a07e32p-1 0x1.580869b93e35p-1 1002",
            "d3b89945f1fb76cf 0x1.0p-1 0x1.0p-1 0x1.0p-1 999",
            "5407fff9ac0970f 0x1.e3813064b3f32p-2 0x1.1631901fbd1p-1 0x1.044cf1ce61b0ep-1 1000",
            "511366564f8af5ae 0x1.6d881826cc91cp-1 0x1.74bbb0b070973p-1 0x1.70ff5fab5c751p-1 200");

    /** A hash of every replicate's bits, then the interval's bounds and mean in hexadecimal. */
    static String fingerprint(Data data, int resamples, long seed) {
        RankBootstrap.Sorted sorted = new RankBootstrap.Sorted(data.actual, data.score);
        Bootstrap.Options options = Bootstrap.Options.of(resamples, seed, 0.95);
        double[] values = Bootstrap.replicateBlocks(options, RankBootstrap.BLOCK,
                (from, to, out) -> sorted.rocAuc(seed, from, to, out));
        long hash = 17;
        for (double v : values) {
            hash = hash * 31 + Double.doubleToRawLongBits(v);
        }
        BootstrapInterval ci = RankBootstrap.rocAuc(data.actual, data.score, options.withThreads(2));
        return Long.toHexString(hash) + " " + Double.toHexString(ci.lower()) + " " + Double.toHexString(ci.upper())
                + " " + Double.toHexString(ci.mean()) + " " + ci.resamplesUsed();
    }

    /**
     * Replicate {@code b} the plain way: rows by score descending, each tie group's positives and negatives summed,
     * lost = sum over groups of P_g (2 N_before + N_g), as integers, then the kernel's one division.
     */
    static double plain(Data data, Integer[] order, long seed, int b) {
        int n = data.actual.length;
        long negatives = 0;
        long positives = 0;
        long lost = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            double s = data.score[order[start]] == 0 ? 0.0 : data.score[order[start]];
            long groupPositives = 0;
            long groupNegatives = 0;
            while (end < n && (data.score[order[end]] == 0 ? 0.0 : data.score[order[end]]) == s) {
                long w = Randoms.poissonOne(seed, b, order[end]);
                if (data.actual[order[end]]) {
                    groupPositives += w;
                } else {
                    groupNegatives += w;
                }
                end++;
            }
            lost += groupPositives * (2 * negatives + groupNegatives);
            positives += groupPositives;
            negatives += groupNegatives;
            start = end;
        }
        return positives == 0 || negatives == 0 ? Double.NaN : 1 - lost / (2.0 * positives * negatives);
    }

    record Data(boolean[] actual, double[] score) {
        /** Row indices by score, highest first (-0.0 and 0.0 alike). */
        Integer[] descending() {
            Integer[] order = IntStream.range(0, actual.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i] == 0 ? 0.0 : score[i]).reversed());
            return order;
        }

        interface Label {
            boolean positive(int row);
        }

        interface Score {
            double of(int row, boolean positive);
        }

        static Data of(int n, Label label, Score score) {
            boolean[] actual = new boolean[n];
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                actual[i] = label.positive(i);
                scores[i] = score.of(i, actual[i]);
            }
            return new Data(actual, scores);
        }
    }
}
