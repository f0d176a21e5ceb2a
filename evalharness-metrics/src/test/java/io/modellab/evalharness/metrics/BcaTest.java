package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The BCa formula against scipy, and what happens where BCa is undefined. */
class BcaTest {

    static List<Golden.Case> cases() {
        return Golden.cases("bca.json", 7, "scipy ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theIntervalFromGivenReplicatesAndJackknifeIsScipys(Golden.Case c) {
        JsonNode json = c.json();
        double[] replicates = Golden.doubles(json.get("replicates"));
        Bca.Jackknife jackknife = new Bca.Jackknife(Golden.doubles(json.get("jackknife_values")),
                Golden.doubles(json.get("jackknife_weights")));
        Bootstrap.Options options = Bootstrap.Options.of(replicates.length, 1, json.get("confidence_level").asDouble())
                .withInterval(Bootstrap.Interval.BCA);

        BootstrapInterval ci = Bca.interval(json.get("point_estimate").asDouble(), replicates, jackknife, options,
                "bca", "percentile");

        JsonNode expected = json.get("expected");
        assertThat(ci.method()).isEqualTo("bca");
        close("lower", ci.lower(), expected.get("lower").asDouble());
        close("upper", ci.upper(), expected.get("upper").asDouble());
        close("z0", ci.bca().biasCorrection(), expected.get("bias_correction").asDouble());
        close("a", ci.bca().acceleration(), expected.get("acceleration").asDouble());
        close("lower level", ci.bca().lowerLevel(), expected.get("lower_level").asDouble());
        close("upper level", ci.bca().upperLevel(), expected.get("upper_level").asDouble());
    }

    private static void close(String what, double actual, double expected) {
        assertThat(Math.abs(actual - expected)).as("%s: %s vs scipy %s", what, actual, expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(expected) + 1e-15);
    }

    /** 300 rows, 225 correct: accuracy 0.75. */
    private static final boolean[] CORRECT = new boolean[300];

    static {
        for (int i = 0; i < 225; i++) {
            CORRECT[i * 300 / 225] = true;
        }
    }

    private static final ToDoubleFunction<int[]> ACCURACY = rows -> {
        int hits = 0;
        for (int r : rows) {
            hits += CORRECT[r] ? 1 : 0;
        }
        return (double) hits / rows.length;
    };

    @Test
    void theAccelerationOfAProportionIsTheBinomialSkewness() {
        Bootstrap.Options options = Bootstrap.Options.of(1000, 42, 0.95);

        BootstrapInterval bca = Bootstrap.interval(300, options.withInterval(Bootstrap.Interval.BCA), ACCURACY);
        BootstrapInterval percentile = Bootstrap.interval(300, options, ACCURACY);

        // The jackknife of a share p of n rows has acceleration (1 - 2p) / (6 sqrt(n p (1 - p))): -1/90 here.
        assertThat(bca.bca().acceleration()).isCloseTo(-1 / 90.0, within(1e-12));
        assertThat(bca.method()).isEqualTo("bca_bootstrap");
        assertThat(percentile.method()).isEqualTo("percentile_bootstrap");
        assertThat(percentile.bca()).isNull();
        assertThat(bca.mean()).as("the same replicates").isEqualTo(percentile.mean());
        assertThat(bca.lower()).isLessThan(0.75).isCloseTo(percentile.lower(), within(0.02));
        assertThat(bca.upper()).isGreaterThan(0.75).isCloseTo(percentile.upper(), within(0.02));
    }

    @Test
    void percentileIsPercentileWhateverTheOptionsSay() {
        Bootstrap.Options bca = Bootstrap.Options.of(500, 3, 0.95).withInterval(Bootstrap.Interval.BCA);

        assertThat(Bootstrap.percentile(300, bca, ACCURACY))
                .isEqualTo(Bootstrap.interval(300, bca.withInterval(Bootstrap.Interval.PERCENTILE), ACCURACY));
    }

    @Test
    void theRowJackknifeIsIdenticalOnAnyNumberOfThreads() {
        Bootstrap.Options one = Bootstrap.Options.of(500, 3, 0.9).withInterval(Bootstrap.Interval.BCA);

        assertThat(Bootstrap.interval(300, one.withThreads(3), ACCURACY)).isEqualTo(Bootstrap.interval(300, one, ACCURACY));
    }

    @Test
    void aboveTheRowLimitTheRowBootstrapFallsBackToPercentileAndSaysSo() {
        int rows = Bootstrap.BCA_MAX_ROWS + 1;
        Bootstrap.Options options = Bootstrap.Options.of(20, 5, 0.95);
        ToDoubleFunction<int[]> even = r -> {
            int hits = 0;
            for (int i : r) {
                hits += i % 2;
            }
            return (double) hits / r.length;
        };

        BootstrapInterval ci = Bootstrap.interval(rows, options.withInterval(Bootstrap.Interval.BCA), even);
        BootstrapInterval percentile = Bootstrap.interval(rows, options, even);

        assertThat(ci.method()).isEqualTo("percentile_bootstrap (BCa fallback: 5001 rows exceed the row jackknife's"
                + " limit of 5000)");
        assertThat(ci.bca()).isNull();
        assertThat(new double[] {ci.lower(), ci.upper()}).containsExactly(percentile.lower(), percentile.upper());
    }

    @Test
    void aMetricThatNeverChangesFallsBackToItsPercentileInterval() {
        Bootstrap.Options options = Bootstrap.Options.of(200, 1, 0.95).withInterval(Bootstrap.Interval.BCA);

        BootstrapInterval ci = Bootstrap.interval(50, options, rows -> 1.0);

        assertThat(ci.method()).isEqualTo("percentile_bootstrap (BCa fallback: the jackknife values are all equal)");
        assertThat(ci.bca()).isNull();
        assertThat(new double[] {ci.lower(), ci.upper()}).containsExactly(1.0, 1.0);
    }

    @Test
    void aPointEstimateOutsideEveryReplicateFallsBack() {
        Bootstrap.Options options = Bootstrap.Options.of(4, 1, 0.95);
        Bca.Jackknife jackknife = Bca.Jackknife.of(new double[] {0.1, 0.2, 0.4});

        BootstrapInterval below = Bca.interval(0.0, new double[] {1, 2, 3, 4}, jackknife, options, "bca", "percentile");
        BootstrapInterval above = Bca.interval(9.0, new double[] {1, 2, 3, Double.NaN}, jackknife, options, "bca",
                "percentile (row)");

        assertThat(below.method()).isEqualTo("percentile (BCa fallback: the point estimate lies below every replicate)");
        assertThat(above.method()).isEqualTo("percentile (row; BCa fallback: the point estimate lies above every replicate)");
        assertThat(above.resamplesUsed()).isEqualTo(3);
        assertThat(below.lower()).as("the percentile interval's").isCloseTo(1.075, within(1e-12));
    }

    @Test
    void anUndefinedJackknifeValueOrNoDefinedReplicateFallsBack() {
        Bootstrap.Options options = Bootstrap.Options.of(3, 1, 0.95);

        BootstrapInterval undefined = Bca.interval(0.5, new double[] {0.4, 0.5, 0.6},
                Bca.Jackknife.of(new double[] {0.4, Double.NaN}), options, "bca", "percentile");
        BootstrapInterval none = Bca.interval(0.5, new double[] {Double.NaN, Double.NaN, Double.NaN},
                Bca.Jackknife.of(new double[] {0.4, 0.6}), options, "bca", "percentile");
        BootstrapInterval noPoint = Bca.interval(Double.NaN, new double[] {0.4, 0.5, 0.6},
                Bca.Jackknife.of(new double[] {0.4, 0.6}), options, "bca", "percentile");

        assertThat(undefined.method()).isEqualTo("percentile (BCa fallback: the metric is undefined with a row left out)");
        assertThat(undefined.lower()).isFinite();
        assertThat(none.method()).isEqualTo("percentile (BCa fallback: no resample defines the metric)");
        assertThat(none.resamplesUsed()).isZero();
        assertThat(noPoint.method()).isEqualTo("percentile (BCa fallback: the point estimate is undefined)");
    }

    @Test
    void anAccelerationTooLargeForTheLevelFallsBack() {
        // One outlier among 1000 jackknife values: a = 0.1664, near its ceiling of 1/6. With 99 of 100 replicates
        // below the point estimate (z0 = 2.33) and a 99.99 % level, 1 - a (z0 + 3.89) < 0 for the upper end.
        Bca.Jackknife jackknife = new Bca.Jackknife(new double[] {0, -1}, new double[] {999, 1});
        double[] replicates = new double[100];
        for (int i = 0; i < replicates.length; i++) {
            replicates[i] = i;
        }
        Bootstrap.Options options = Bootstrap.Options.of(100, 1, 0.9999);

        BootstrapInterval ci = Bca.interval(98.5, replicates, jackknife, options, "bca", "percentile");

        assertThat(Bca.acceleration(jackknife)).isCloseTo(0.16641656242702466, within(1e-12));
        assertThat(ci.method()).isEqualTo("percentile (BCa fallback: the acceleration 0.1664 is too large for the level)");
        assertThat(ci.lower()).as("the percentile interval's").isCloseTo(0.00495, within(1e-12));
        assertThat(ci.upper()).isCloseTo(98.99505, within(1e-12));
    }

    @Test
    void pairedDifferencesGetBcaAndStratifiedResamplesSayTheyCannot() {
        Bootstrap.Options options = Bootstrap.Options.of(300, 9, 0.95).withInterval(Bootstrap.Interval.BCA);
        int[] strata = new int[300];
        for (int i = 0; i < 90; i++) {
            strata[i] = 1;
        }

        BootstrapInterval paired = Bootstrap.pairedDifference(300, options, ACCURACY, rows -> 0.5);
        BootstrapInterval stratified = Bootstrap.stratified(strata, options, ACCURACY);

        assertThat(paired.method()).isEqualTo("bca_bootstrap (paired difference)");
        assertThat(paired.bca().acceleration()).as("the jackknife of accuracy - 0.5 is accuracy's")
                .isCloseTo(-1 / 90.0, within(1e-12));
        assertThat(stratified.method()).isEqualTo("percentile_bootstrap (stratified; BCa fallback: no stratified jackknife)");
        assertThat(stratified.bca()).isNull();
    }
}
