package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact, order-independent sums of doubles: the means over queries and the Spark paths' sums rest on them. */
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
    void aMeanIsTheSameBitsInAnyOrderAndGroupingAndIsTheExactMeanRoundedOnce() {
        Random random = new Random(3);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // Values of every size in [0, 1], as ranking metrics are (down to 2^-200), and some negative differences.
            values.add(random.nextDouble() * Math.pow(2, -random.nextInt(200)) * (i % 7 == 0 ? -1 : 1));
        }
        BigDecimal exact = BigDecimal.ZERO;
        for (double v : values) {
            exact = exact.add(new BigDecimal(v));
        }
        double expected = exact.divide(BigDecimal.valueOf(values.size()), new MathContext(400)).doubleValue();
        long[] bits = new long[4];
        for (int round = 0; round < bits.length; round++) {
            Collections.shuffle(values, random);
            // Split into a random number of parts, summed apart and merged, as partitions are.
            int parts = 1 + random.nextInt(17);
            List<ExactSums> partial = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                partial.add(new ExactSums(1));
            }
            for (double v : values) {
                partial.get(random.nextInt(parts)).add(0, v, 1);
            }
            ExactSums all = new ExactSums(1);
            partial.forEach(all::merge);
            bits[round] = Double.doubleToLongBits(all.mean(0, values.size()));
            assertThat(all.value(0)).isEqualByComparingTo(exact);
        }
        assertThat(bits).containsOnly(bits[0]);
        assertThat(Double.longBitsToDouble(bits[0])).isEqualTo(expected);
    }

    @Test
    void roundingIsOnceToTheNearestTiesToEvenDownToSubnormals() {
        ExactSums sums = new ExactSums(6);
        // 1 + 2^-53 is halfway between 1 and its successor: ties to the even 1; a bit more rounds up.
        sums.add(0, 1, 1);
        sums.add(0, 0x1p-53, 1);
        sums.add(1, 1, 1);
        sums.add(1, 0x1p-53, 1);
        sums.add(1, 0x1p-400, 1);
        assertThat(sums.doubleValue(0)).isEqualTo(1.0);
        assertThat(sums.doubleValue(1)).isEqualTo(Math.nextUp(1.0));
        // Half and one and a half of the smallest double: to the even 0 and 2 units.
        sums.add(2, Double.MIN_VALUE, 1);
        sums.add(3, Double.MIN_VALUE, 3);
        assertThat(sums.mean(2, 2)).isEqualTo(0.0);
        assertThat(sums.mean(3, 2)).isEqualTo(2 * Double.MIN_VALUE);
        // A mean is the exact quotient rounded once: (3 + 3 * 2^-53) / 3 is the tie 1 + 2^-53, which goes to the even 1,
        // where dividing the rounded double sum gives 1's successor.
        sums.add(4, 3, 1);
        sums.add(4, 3 * 0x1p-53, 1);
        assertThat(sums.mean(4, 3)).isEqualTo(1.0);
        assertThat((3 + 3 * 0x1p-53) / 3).isEqualTo(Math.nextUp(1.0));
        sums.add(4, 0x1p-400, 1);
        assertThat(sums.mean(4, 3)).isEqualTo(Math.nextUp(1.0));
        assertThat(sums.mean(4, 0)).isNaN();
        // No range to leave: the largest doubles add exactly, and a sum past a double is infinite only when rounded.
        sums.add(5, Double.MAX_VALUE, 2);
        sums.add(5, -Double.MAX_VALUE, 1);
        sums.add(5, Double.MAX_VALUE, 1);
        assertThat(sums.mean(5, 2)).isEqualTo(Double.MAX_VALUE);
        assertThat(sums.doubleValue(5)).isInfinite();
        assertThat(sums.value(5)).isEqualByComparingTo(new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void cubesAreExactAndManyWeightedCopiesCarryExactly() {
        ExactSums sums = new ExactSums(2);
        double x = 0.1;
        sums.addCube(0, x, 1);
        sums.addCube(0, -1.0 / 3, 2);
        assertThat(sums.value(0)).isEqualByComparingTo(new BigDecimal(x).pow(3)
                .subtract(new BigDecimal(1.0 / 3).pow(3).multiply(BigDecimal.valueOf(2))));
        // 600 adds of up to 2^20 copies each: past the point where the digits are carried, still exact.
        int[] weights = {(int) ExactSums.MAX_TIMES, 7};
        for (int t = 0; t < 600; t++) {
            sums.addWeighted(t % 2 == 0 ? 0.7 : -0.3, weights);
        }
        BigDecimal difference = new BigDecimal(0.7).subtract(new BigDecimal(0.3));
        assertThat(sums.value(1)).isEqualByComparingTo(difference.multiply(BigDecimal.valueOf(300L * 7)));
        assertThat(sums.value(0)).isEqualByComparingTo(difference.multiply(BigDecimal.valueOf(300L << 20))
                .add(new BigDecimal(x).pow(3)).subtract(new BigDecimal(1.0 / 3).pow(3).multiply(BigDecimal.valueOf(2))));
        assertThatThrownBy(() -> sums.add(0, 1, ExactSums.MAX_TIMES + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add 1048577 copies to sum 0: at most 1048576 at once");
        assertThatThrownBy(() -> sums.add(1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot sum NaN: expected a finite number");
        assertThatThrownBy(() -> sums.addWeighted(1, new int[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 weights for 2 sums");
        assertThatThrownBy(() -> sums.merge(new ExactSums(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge 3 sums into 2");
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
