package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact sums and the radix selection the Spark regression path rests on, without Spark. */
class ExactSumsTest {

    @Test
    void sumsAreExactAndDoNotDependOnOrderOrGrouping() {
        SplittableRandom random = new SplittableRandom(3);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            // Magnitudes from 1e-20 to 1e20, both signs, so that a double sum loses digits.
            values.add((random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(-20, 21)));
        }
        values.add(Double.MIN_VALUE);
        values.add(-Double.MAX_VALUE / 4);
        values.add(Double.MAX_VALUE / 4);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
            if (squarable(v)) {
                squares = squares.add(new BigDecimal(v).multiply(new BigDecimal(v)));
            }
        }
        ExactSums one = new ExactSums(2);
        values.forEach(v -> add(one, v));
        assertThat(one.value(0)).isEqualByComparingTo(sum);
        assertThat(one.value(1)).isEqualByComparingTo(squares);
        assertThat(one.doubleValue(0)).isEqualTo(sum.doubleValue());

        // Shuffled and split into 7 parts merged in another order: the same exact value.
        Collections.shuffle(values, new java.util.Random(5));
        ExactSums[] parts = new ExactSums[7];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new ExactSums(2);
        }
        for (int i = 0; i < values.size(); i++) {
            add(parts[i % 7], values.get(i));
        }
        for (int p = 5; p >= 0; p--) {
            parts[p].merge(parts[p + 1]);
        }
        assertThat(parts[0].value(0)).isEqualByComparingTo(sum);
        assertThat(parts[0].value(1)).isEqualByComparingTo(squares);
    }

    @Test
    void weightedSumsCountEachValueItsWeightTimes() {
        ExactSums sums = new ExactSums(3);
        sums.addWeighted(0.1, new int[] {0, 1, 3});
        sums.addSquareWeighted(0.1, new int[] {2, 0, 1});
        assertThat(sums.value(0)).isEqualByComparingTo(new BigDecimal(0.1).pow(2).multiply(BigDecimal.valueOf(2)));
        assertThat(sums.value(1)).isEqualByComparingTo(new BigDecimal(0.1));
        assertThat(sums.value(2)).isEqualByComparingTo(new BigDecimal(0.1).multiply(BigDecimal.valueOf(3))
                .add(new BigDecimal(0.1).pow(2)));
    }

    @Test
    void radixSelectionFindsTheSortedValueAtEveryRank() {
        SplittableRandom random = new SplittableRandom(9);
        double[] values = new double[3_001];
        for (int i = 0; i < values.length; i++) {
            // Ties, both signs, zeros of both signs, and values close together.
            values[i] = switch (i % 4) {
                case 0 -> Math.round(random.nextGaussian() * 5);
                case 1 -> random.nextGaussian() * 1e-8;
                case 2 -> i % 8 == 2 ? -0.0 : 0.0;
                default -> 1 + random.nextInt(3) * Math.ulp(1.0);
            };
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int rank : new int[] {0, 1, 750, 1500, 1501, 2250, 3000}) {
            RadixSelect.Selection selection = new RadixSelect.Selection(rank);
            int passes = 0;
            while (!selection.done()) {
                RadixSelect.Histogram h = new RadixSelect.Histogram(selection.level(), selection.prefix());
                // Two partitions' histograms, merged, as the aggregator merges them.
                RadixSelect.Histogram other = new RadixSelect.Histogram(selection.level(), selection.prefix());
                for (int i = 0; i < values.length; i++) {
                    (i % 2 == 0 ? h : other).add(values[i]);
                }
                h.merge(other);
                selection.feed(h);
                passes++;
            }
            double expected = sorted[rank] == 0 ? 0.0 : sorted[rank];
            assertThat(selection.value()).as("rank %d", rank).isEqualTo(expected);
            assertThat(passes).isBetween(1, RadixSelect.LEVELS);
        }
    }

    /** Squares are exact between 1e-150 and 1e150 in magnitude (outside, a double square under- or overflows). */
    private static boolean squarable(double v) {
        return Math.abs(v) > 1e-150 && Math.abs(v) < 1e150;
    }

    private static void add(ExactSums sums, double v) {
        sums.add(0, v, 1);
        if (squarable(v)) {
            sums.addSquare(1, v, 1);
        }
    }
}
