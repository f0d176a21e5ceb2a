package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.tracker.data.StratifiedSplit;
import java.util.Arrays;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/**
 * Template B on the bundled cpu data. Its 209 rows leave 63 test rows and its target is heavily skewed (a few machines
 * ten times faster than the median), so a test R² swings with which of those land in test. The demo's split is
 * stratified on the target's quintiles (70/30, seed 42, as a dataset version's quantile-stratified split draws it):
 * there least squares reaches 0.792 and XGBoost 0.929, the mean predictor -0.001. Over the split seeds 42, 1, 2, 3, 4
 * least squares gives 0.79, 0.87, 0.88, 0.78, 0.42 (median 0.79) and XGBoost 0.93, 0.86, 0.75, 0.89, 0.84 (median
 * 0.86); a plain random split of seed 42 gave 0.649 and 0.677, with most of the largest targets in train.
 */
class RegressionTemplatesTest {

    private static final RealData CPU = RealData.regression("cpu", "performance");

    private static TribuoRegressor train(RealData data, RegressorTemplate template) {
        return RegressionTraining.train(template, data.trainRows(), data.trainTargets(), 42);
    }

    @Test
    void onTheDemoSplitTheMeanExplainsNothingAndTheModelsMostOfTheVariance() {
        assertThat(CPU.testR2(train(CPU, RegressorTemplate.MEAN))).isLessThanOrEqualTo(0.0);
        assertThat(CPU.testR2(train(CPU, RegressorTemplate.LINEAR_REGRESSION))).isCloseTo(0.792, within(0.001));
        assertThat(CPU.testR2(train(CPU, RegressorTemplate.XGBOOST))).isCloseTo(0.929, within(0.001));
    }

    @Test
    void overFiveSplitSeedsBothMedianR2sReachThreeQuarters() {
        double[] xgboost = new double[5];
        double[] linear = new double[5];
        long[] seeds = {42, 1, 2, 3, 4};
        double[] targets = Arrays.stream(CPU.labels()).mapToDouble(Double::parseDouble).toArray();
        for (int i = 0; i < seeds.length; i++) {
            StratifiedSplit s = StratifiedSplit.ofQuantiles(targets, 5, 0.3, seeds[i]);
            RealData data = new RealData(CPU.features(), CPU.labels(), new StratifiedSplit(
                    Arrays.stream(s.train()).sorted().toArray(), Arrays.stream(s.test()).sorted().toArray()));
            xgboost[i] = data.testR2(train(data, RegressorTemplate.XGBOOST));
            linear[i] = data.testR2(train(data, RegressorTemplate.LINEAR_REGRESSION));
            assertThat(data.testR2(train(data, RegressorTemplate.MEAN))).isLessThanOrEqualTo(0.0);
        }
        Arrays.sort(xgboost);
        Arrays.sort(linear);

        assertThat(xgboost[2]).isGreaterThanOrEqualTo(0.75);
        assertThat(linear[2]).isGreaterThanOrEqualTo(0.75);
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
