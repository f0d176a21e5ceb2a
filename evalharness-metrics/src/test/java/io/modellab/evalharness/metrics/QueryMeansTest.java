package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact, order-independent means over queries, and the exact jackknife acceleration of a mean. */
class QueryMeansTest {

    @Test
    void aSumIsTheSameBitsInAnyOrderAndGroupingAndIsTheExactMeanRoundedOnce() {
        Random random = new Random(3);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // Values of every size in [0, 1], as ranking metrics are, and some negative differences.
            values.add(random.nextDouble() * Math.pow(2, -random.nextInt(30)) * (i % 7 == 0 ? -1 : 1));
        }
        BigDecimal exact = BigDecimal.ZERO;
        for (double v : values) {
            exact = exact.add(new BigDecimal(v));
        }
        double expected = exact.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).doubleValue();
        long[] bits = new long[4];
        for (int round = 0; round < bits.length; round++) {
            Collections.shuffle(values, random);
            // Split into a random number of parts, summed apart and merged, as partitions are.
            int parts = 1 + random.nextInt(17);
            List<FixedPointSums> partial = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                partial.add(new FixedPointSums(1));
            }
            for (double v : values) {
                partial.get(random.nextInt(parts)).add(0, v);
            }
            FixedPointSums all = new FixedPointSums(1);
            partial.forEach(all::merge);
            bits[round] = Double.doubleToLongBits(all.mean(0, values.size()));
        }
        assertThat(bits).containsOnly(bits[0]);
        assertThat(Double.longBitsToDouble(bits[0])).isEqualTo(expected);
    }

    @Test
    void aValueIsExactFromTwoToTheMinus37AndRoundedHalfToEvenBelow() {
        FixedPointSums sums = new FixedPointSums(3);
        sums.add(0, 0x1.fffffffffffffp-37);
        assertThat(sums.mean(0, 1)).isEqualTo(0x1.fffffffffffffp-37);
        sums.add(1, 0x1p-91); // half a unit: rounds to the even 0
        sums.add(1, 0x1.8p-90); // one and a half units: rounds to 2
        assertThat(sums.scaled(1).longValue()).isEqualTo(2);
        sums.add(2, -0.75);
        sums.add(2, 0.25);
        assertThat(sums.mean(2, 2)).isEqualTo(-0.25);
        assertThatThrownBy(() -> sums.add(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value NaN is outside the fixed-point range (|v| < 2^37)");
        FixedPointSums big = new FixedPointSums(1);
        long[] near = FixedPointSums.fixed(0x1.fffffffffffffp36);
        assertThatThrownBy(() -> big.addFixed(0, near[0], near[1], 2)).isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point sum 0 overflows 128 bits");
    }

    @Test
    void theAccelerationIsTheJackknifesOfTheMean() {
        Random random = new Random(9);
        int n = 300;
        double[] v = new double[n];
        QueryMeans means = new QueryMeans(2, true);
        for (int i = 0; i < n; i++) {
            // Skewed values, a quarter undefined (NaN), as recall is for queries without a relevant document.
            v[i] = i % 4 == 0 ? Double.NaN : Math.pow(random.nextDouble(), 3);
            means.add(new double[] {v[i], 0.5});
        }
        double[] jackknife = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && !Double.isNaN(v[j])) {
                    sum += v[j];
                    count++;
                }
            }
            jackknife[i] = sum / count;
        }
        double expected = Bca.acceleration(Bca.Jackknife.of(jackknife));
        assertThat(expected).isGreaterThan(0.001);
        assertThat(means.acceleration(0)).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-15));
        assertThat(means.defined(0)).isEqualTo(225);
        assertThat(means.queries()).isEqualTo(300);
        // A constant metric has no acceleration, and says why as the row jackknife does.
        assertThat(means.acceleration(1)).isNaN();
        assertThat(means.accelerationUndefined(1)).isEqualTo("the jackknife values are all equal");
        QueryMeans one = new QueryMeans(1, true);
        one.add(new double[] {0.3});
        one.add(new double[] {Double.NaN});
        assertThat(one.accelerationUndefined(0)).isEqualTo("the metric is undefined with a row left out");
    }

    @Test
    void aPoissonIntervalOfAMeanIsBcaWithTheExactAcceleration() {
        QueryMeans means = new QueryMeans(1, true);
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            means.add(new double[] {Math.pow(random.nextDouble(), 2)});
        }
        double point = means.mean(0);
        double[] replicates = new double[500];
        for (int b = 0; b < replicates.length; b++) {
            replicates[b] = point + random.nextGaussian() * 0.02;
        }
        Bootstrap.Options options = Bootstrap.Options.of(500, 1, 0.95).withInterval(Bootstrap.Interval.BCA);
        BootstrapInterval bca = PoissonBootstrap.mean(point, replicates, means, 0, options);
        assertThat(bca.method()).isEqualTo(PoissonBootstrap.BCA_METHOD);
        assertThat(bca.bca().acceleration()).isEqualTo(means.acceleration(0));
        BootstrapInterval percentile = PoissonBootstrap.mean(point, replicates, means, 0,
                options.withInterval(Bootstrap.Interval.PERCENTILE));
        assertThat(percentile.method()).isEqualTo(PoissonBootstrap.METHOD);
        assertThat(bca.lower()).isNotEqualTo(percentile.lower());
    }
}
