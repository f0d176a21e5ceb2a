package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
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
    void meansAndAccelerationsAreTheSameBitsInAnyGroupingAndTinyValuesCountExactly() {
        Random random = new Random(5);
        List<double[]> queries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // Reciprocal ranks and tiny values (once rounded away below 2^-90, now exact), a tenth undefined.
            queries.add(new double[] {i % 10 == 0 ? Double.NaN : 1.0 / (1 + random.nextInt(100)),
                    random.nextDouble() * 0x1p-120});
        }
        BigDecimal tiny = BigDecimal.ZERO;
        for (double[] q : queries) {
            tiny = tiny.add(new BigDecimal(q[1]));
        }
        long[][] bits = new long[3][];
        for (int round = 0; round < bits.length; round++) {
            Collections.shuffle(queries, random);
            int parts = 1 + random.nextInt(17);
            List<QueryMeans> partial = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                partial.add(new QueryMeans(2, true));
            }
            queries.forEach(q -> partial.get(random.nextInt(parts)).add(q));
            QueryMeans all = new QueryMeans(2, true);
            partial.forEach(all::merge);
            bits[round] = new long[] {Double.doubleToLongBits(all.mean(0)), Double.doubleToLongBits(all.mean(1)),
                    Double.doubleToLongBits(all.acceleration(0)), Double.doubleToLongBits(all.acceleration(1))};
            assertThat(all.defined(0)).isEqualTo(1800);
        }
        assertThat(bits[1]).isEqualTo(bits[0]);
        assertThat(bits[2]).isEqualTo(bits[0]);
        assertThat(Double.longBitsToDouble(bits[0][1]))
                .isEqualTo(tiny.divide(BigDecimal.valueOf(2000), new MathContext(200)).doubleValue())
                .isGreaterThan(0);
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
