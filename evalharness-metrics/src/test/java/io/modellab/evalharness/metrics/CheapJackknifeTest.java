package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The cheap jackknifes of the fast paths against leaving each row out and recomputing. */
class CheapJackknifeTest {

    static final int N = 700;
    static final boolean[] ACTUAL = new boolean[N];
    static final double[] SCORE = new double[N];

    static {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < N; i++) {
            ACTUAL[i] = random.nextDouble() < 0.3;
            // Two decimals, so that many scores tie, within and across the classes.
            SCORE[i] = Math.round((ACTUAL[i] ? 0.2 : 0) + random.nextDouble() * 0.8 * 100) / 100.0;
        }
    }

    @Test
    void everyLeaveOneOutRocAucFromPlacementValuesEqualsTheRecomputedOne() {
        double[] fast = RocAucJackknife.leaveOneOut(new RankBootstrap.Sorted(ACTUAL, SCORE));

        for (int i = 0; i < N; i++) {
            double naive = RocAuc.of(without(ACTUAL, i), without(SCORE, i));
            assertThat(fast[i]).as("row %d", i).isCloseTo(naive, within(1e-12));
        }
    }

    @Test
    void theHistogramJackknifeIsTheRowJackknifeWithMultiplicities() {
        double[] rows = RocAucJackknife.leaveOneOut(new RankBootstrap.Sorted(ACTUAL, SCORE));
        ScoreHistogram histogram = new ScoreHistogram();
        for (int i = 0; i < N; i++) {
            histogram.add(SCORE[i], ACTUAL[i]);
        }

        Bca.Jackknife grouped = RocAucJackknife.ofHistogram(histogram.descending());

        // Expand the grouped values by their weights: the same multiset of bits as the rows'.
        double[] expanded = new double[N];
        int k = 0;
        for (int j = 0; j < grouped.values().length; j++) {
            for (int w = 0; w < grouped.weights()[j]; w++) {
                expanded[k++] = grouped.values()[j];
            }
        }
        assertThat(k).isEqualTo(N);
        Arrays.sort(expanded);
        double[] sortedRows = rows.clone();
        Arrays.sort(sortedRows);
        assertThat(expanded).containsExactly(sortedRows);
        assertThat(Bca.acceleration(grouped)).isCloseTo(Bca.acceleration(Bca.Jackknife.of(rows)), within(1e-12));
    }

    @Test
    void leavingOutTheOnlyPositiveLeavesNoAucAndTheIntervalSaysWhyItIsNotBca() {
        boolean[] actual = new boolean[30];
        actual[7] = true;
        double[] score = new double[30];
        for (int i = 0; i < 30; i++) {
            score[i] = i / 30.0;
        }

        double[] jackknife = RocAucJackknife.leaveOneOut(new RankBootstrap.Sorted(actual, score));
        BootstrapInterval ci = RankBootstrap.rocAuc(actual, score,
                Bootstrap.Options.of(200, 1, 0.95).withInterval(Bootstrap.Interval.BCA));

        assertThat(jackknife[7]).isNaN();
        assertThat(jackknife[0]).isCloseTo(6 / 28.0, within(1e-15));
        assertThat(ci.method()).isEqualTo(
                "percentile_poisson_bootstrap (BCa fallback: the metric is undefined with a row left out)");
        assertThat(ci.bca()).isNull();
    }

    @Test
    void theRankBcaHasTheRowJackknifesAccelerationAndThePoissonReplicates() {
        Bootstrap.Options options = Bootstrap.Options.of(1000, 17, 0.95);
        Bootstrap.Options bcaOptions = options.withInterval(Bootstrap.Interval.BCA);
        ToDoubleFunction<int[]> auc = rows -> {
            boolean[] a = new boolean[rows.length];
            double[] s = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                a[i] = ACTUAL[rows[i]];
                s[i] = SCORE[rows[i]];
            }
            return RocAuc.of(a, s);
        };

        BootstrapInterval fast = RankBootstrap.rocAuc(ACTUAL, SCORE, bcaOptions);
        BootstrapInterval percentile = RankBootstrap.rocAuc(ACTUAL, SCORE, options);
        BootstrapInterval rows = Bootstrap.interval(N, bcaOptions, auc);

        assertThat(fast.method()).isEqualTo("bca_poisson_bootstrap");
        assertThat(fast.bca().acceleration()).isCloseTo(rows.bca().acceleration(), within(1e-12));
        assertThat(fast.mean()).as("the same replicates").isEqualTo(percentile.mean());
        double width = rows.upper() - rows.lower();
        assertThat(fast.lower()).isCloseTo(rows.lower(), within(width * 0.1));
        assertThat(fast.upper()).isCloseTo(rows.upper(), within(width * 0.1));
    }

    @Test
    void averagePrecisionHasNoCheapJackknifeAndSaysSo() {
        BootstrapInterval ci = RankBootstrap.averagePrecision(ACTUAL, SCORE,
                Bootstrap.Options.of(100, 1, 0.95).withInterval(Bootstrap.Interval.BCA));

        assertThat(ci.method()).isEqualTo(
                "percentile_poisson_bootstrap (BCa fallback: no cheap jackknife of average precision)");
    }

    @Test
    void theCellJackknifeIsTheRowJackknifeWithRepeatsCounted() {
        // Three classes, rows in cell order; macro F1 depends on every cell.
        int[][] cells = {{40, 5, 3}, {7, 30, 6}, {2, 0, 25}};
        ConfusionCounts counts = new ConfusionCounts(3);
        int n = 0;
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                counts.add(a, p, cells[a][p]);
                n += cells[a][p];
            }
        }
        int[] actual = new int[n];
        int[] predicted = new int[n];
        int r = 0;
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                for (int c = 0; c < cells[a][p]; c++) {
                    actual[r] = a;
                    predicted[r++] = p;
                }
            }
        }
        ToDoubleFunction<ConfusionCounts> macroF1 = c -> c.macro(ConfusionCounts::f1);
        ToDoubleFunction<int[]> rowsMacroF1 = rows -> {
            ConfusionCounts c = new ConfusionCounts(3);
            for (int i : rows) {
                c.add(actual[i], predicted[i], 1);
            }
            return macroF1.applyAsDouble(c);
        };

        Bca.Jackknife cellJackknife = CountBootstrap.jackknife(counts, macroF1);
        double[] naive = Bootstrap.jackknife(n, Bootstrap.Options.of(1, 1, 0.95), rowsMacroF1);

        assertThat(cellJackknife.values()).hasSize(8);
        assertThat(expand(cellJackknife)).containsExactly(sorted(naive));
        Bootstrap.Options bca = Bootstrap.Options.of(1000, 3, 0.95).withInterval(Bootstrap.Interval.BCA);
        BootstrapInterval fast = CountBootstrap.interval(counts, bca, macroF1);
        BootstrapInterval rows = Bootstrap.interval(n, bca, rowsMacroF1);
        assertThat(fast.method()).isEqualTo("bca_bootstrap (multinomial over confusion cells)");
        assertThat(fast.bca().acceleration()).isCloseTo(rows.bca().acceleration(), within(1e-12));
        assertThat(CountBootstrap.percentile(counts, bca, macroF1).method())
                .isEqualTo("percentile_bootstrap (multinomial over confusion cells)");
    }

    @Test
    void aPerfectClassifierHasNoBcaAndItsCountIntervalSaysWhy() {
        ConfusionCounts counts = new ConfusionCounts(2);
        counts.add(0, 0, 60);
        counts.add(1, 1, 40);

        BootstrapInterval ci = CountBootstrap.interval(counts,
                Bootstrap.Options.of(500, 2, 0.95).withInterval(Bootstrap.Interval.BCA), ConfusionCounts::accuracy);

        assertThat(ci.method()).isEqualTo("percentile_bootstrap (multinomial over confusion cells; BCa fallback: the"
                + " jackknife values are all equal)");
        assertThat(new double[] {ci.lower(), ci.upper()}).containsExactly(1.0, 1.0);
    }

    private static double[] expand(Bca.Jackknife jackknife) {
        double[] out = new double[(int) Arrays.stream(jackknife.weights()).sum()];
        int i = 0;
        for (int j = 0; j < jackknife.values().length; j++) {
            for (int c = 0; c < jackknife.weights()[j]; c++) {
                out[i++] = jackknife.values()[j];
            }
        }
        return sorted(out);
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static boolean[] without(boolean[] values, int row) {
        boolean[] out = new boolean[values.length - 1];
        for (int j = 0; j < out.length; j++) {
            out[j] = values[j < row ? j : j + 1];
        }
        return out;
    }

    private static double[] without(double[] values, int row) {
        double[] out = new double[values.length - 1];
        for (int j = 0; j < out.length; j++) {
            out[j] = values[j < row ? j : j + 1];
        }
        return out;
    }
}
