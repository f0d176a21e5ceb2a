package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.tracker.data.StratifiedSplit;
import java.util.Arrays;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/**
 * Template B on the bundled cpu data. Its 209 rows leave 63 test rows, so a test R² swings with the split: on the
 * demo's split (random 70/30, seed 42, as a dataset version's random split draws it) least squares reaches 0.649 and
 * XGBoost 0.677; over the seeds 42, 1, 2, 3, 4 least squares ranges 0.65-0.91 and XGBoost 0.68-0.89.
 */
class RegressionTemplatesTest {

    private static final RealData CPU = RealData.regression("cpu", "performance");

    private static TribuoRegressor train(RealData data, RegressorTemplate template) {
        return RegressionTraining.train(template, data.trainRows(), data.trainTargets(), 42);
    }

    @Test
    void onTheDemoSplitTheMeanExplainsNothingAndTheModelsMostOfTheVariance() {
        assertThat(CPU.testR2(train(CPU, RegressorTemplate.MEAN))).isLessThanOrEqualTo(0.0);
        assertThat(CPU.testR2(train(CPU, RegressorTemplate.LINEAR_REGRESSION))).isCloseTo(0.649, within(0.001));
        assertThat(CPU.testR2(train(CPU, RegressorTemplate.XGBOOST))).isCloseTo(0.677, within(0.001));
    }

    @Test
    void overFiveSplitSeedsXGBoostsMedianR2ReachesThreeQuarters() {
        double[] xgboost = new double[5];
        double[] linear = new double[5];
        long[] seeds = {42, 1, 2, 3, 4};
        for (int i = 0; i < seeds.length; i++) {
            StratifiedSplit s = StratifiedSplit.ofClasses(new int[CPU.labels().length], 1, 0.3, seeds[i]);
            RealData data = new RealData(CPU.features(), CPU.labels(), new StratifiedSplit(
                    Arrays.stream(s.train()).sorted().toArray(), Arrays.stream(s.test()).sorted().toArray()));
            xgboost[i] = data.testR2(train(data, RegressorTemplate.XGBOOST));
            linear[i] = data.testR2(train(data, RegressorTemplate.LINEAR_REGRESSION));
            assertThat(data.testR2(train(data, RegressorTemplate.MEAN))).isLessThanOrEqualTo(0.0);
        }
        Arrays.sort(xgboost);
        Arrays.sort(linear);

        assertThat(xgboost[2]).isGreaterThanOrEqualTo(0.75);
        assertThat(linear[2]).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void linearRegressionIsOrdinaryLeastSquares() {
        double[][] x = new double[CPU.split().train().length][];
        for (int r = 0; r < x.length; r++) {
            int row = r;
            x[r] = CPU.trainRows().columnNames().stream().mapToDouble(c -> Double.parseDouble(CPU.trainRows().cell(row, c)))
                    .toArray();
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(CPU.trainTargets(), x);
        double[] b = ols.estimateRegressionParameters();
        double[] lars = train(CPU, RegressorTemplate.LINEAR_REGRESSION).predict(CPU.testRows());

        for (int r = 0; r < lars.length; r++) {
            double expected = b[0];
            for (int k = 0; k < CPU.testRows().columnNames().size(); k++) {
                expected += b[k + 1] * Double.parseDouble(CPU.testRows().cell(r, CPU.testRows().columnNames().get(k)));
            }
            assertThat(lars[r]).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void theMeanPredictorPredictsTheTrainMean() {
        double mean = Arrays.stream(CPU.trainTargets()).average().orElseThrow();

        assertThat(Arrays.stream(train(CPU, RegressorTemplate.MEAN).predict(CPU.testRows())).boxed())
                .allSatisfy(p -> assertThat(p).isCloseTo(mean, within(1e-9)));
    }

    @Test
    void sameSeedSameRowsGiveBitIdenticalPredictions() {
        for (RegressorTemplate template : RegressorTemplate.values()) {
            assertThat(train(CPU, template).predict(CPU.testRows())).as(template.modelName())
                    .containsExactly(train(CPU, template).predict(CPU.testRows()));
        }
    }
}
