package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BinomialTest {

    /** Chi-square goodness of fit of 100 000 draws against the exact pmf, over the central range of values. */
    @ParameterizedTest(name = "n={0} p={1}")
    @CsvSource({"20, 0.3", "1000, 0.01", "1000, 0.3", "1000, 0.8", "50000, 0.5", "1000000, 0.02"})
    void drawsFollowTheBinomialDistribution(long n, double p) {
        BinomialDistribution exact = new BinomialDistribution(null, (int) n, p);
        SplittableRandom random = new SplittableRandom(1);
        int draws = 100_000;
        double mean = n * p;
        double sd = Math.sqrt(n * p * (1 - p));
        int lo = (int) Math.max(0, Math.floor(mean - 4 * sd));
        int hi = (int) Math.min(n, Math.ceil(mean + 4 * sd));
        long[] observed = new long[hi - lo + 3];
        double sum = 0;
        for (int i = 0; i < draws; i++) {
            long x = Binomial.sample(random, n, p);
            assertThat(x).isBetween(0L, n);
            sum += x;
            int bin = x < lo ? 0 : x > hi ? observed.length - 1 : (int) (x - lo) + 1;
            observed[bin]++;
        }
        double[] expected = new double[observed.length];
        expected[0] = exact.cumulativeProbability(lo - 1) * draws;
        for (int x = lo; x <= hi; x++) {
            expected[x - lo + 1] = exact.probability(x) * draws;
        }
        expected[observed.length - 1] = (1 - exact.cumulativeProbability(hi)) * draws;
        // Pool the tails and rare values so every expected count is at least 5.
        double[] e = new double[observed.length];
        long[] o = new long[observed.length];
        int cells = 0;
        double accE = 0;
        long accO = 0;
        for (int i = 0; i < observed.length; i++) {
            accE += expected[i];
            accO += observed[i];
            if (accE >= 5) {
                e[cells] = accE;
                o[cells++] = accO;
                accE = 0;
                accO = 0;
            }
        }
        e[cells - 1] += accE;
        o[cells - 1] += accO;

        assertThat(sum / draws).isCloseTo(mean, within(5 * sd / Math.sqrt(draws) + 1e-9));
        double pValue = new ChiSquareTest().chiSquareTest(java.util.Arrays.copyOf(e, cells), java.util.Arrays.copyOf(o, cells));
        assertThat(pValue).as("chi-square p-value").isGreaterThan(1e-4);
    }

    @Test
    void multinomialCountsAddUpAndFollowTheShares() {
        SplittableRandom random = new SplittableRandom(2);
        double[] shares = {0.6, 0.1, 0.25, 0.05};
        double[] sums = new double[4];
        for (int i = 0; i < 2000; i++) {
            long[] counts = Binomial.multinomial(random, 10_000, shares);
            assertThat(counts[0] + counts[1] + counts[2] + counts[3]).isEqualTo(10_000);
            for (int c = 0; c < 4; c++) {
                sums[c] += counts[c] / 2000.0;
            }
        }
        for (int c = 0; c < 4; c++) {
            assertThat(sums[c]).isCloseTo(10_000 * shares[c], within(10.0));
        }
    }
}
