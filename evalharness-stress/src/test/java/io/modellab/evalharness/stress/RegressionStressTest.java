package io.modellab.evalharness.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sweep on a regressor: y = 10 x + noise, a model that reads x only (a missing x predicts the training mean), and
 * a column z it ignores.
 */
class RegressionStressTest {

    static final RegressionTask TASK = new RegressionTask();

    static LabelledRows rows(int n, long seed, String idPrefix) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble(0, 10);
            y[i] = 10 * x + random.nextGaussian();
            cells.add(new String[] {String.format(Locale.ROOT, "%.3f", x), i % 2 == 0 ? "a" : "b"});
            ids.add(idPrefix + i);
        }
        return new LabelledRows(Table.ofRows(List.of("x", "z"), cells, ids), RegressionTask.labels(y));
    }

    /** Least squares of y on x over the rows given; a missing x predicts the mean target. */
    static ValuePredictor fit(LabelledRows train) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        double total = 0;
        for (int i = 0; i < train.size(); i++) {
            double y = Double.parseDouble(train.labels().get(i));
            total += y;
            Double x = Cells.finiteNumber(train.features().cell(i, "x"));
            if (x != null) {
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                n++;
            }
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double mean = total / train.size();
        return rows -> {
            double[] out = new double[rows.rowCount()];
            for (int i = 0; i < out.length; i++) {
                Double x = Cells.finiteNumber(rows.cell(i, "x"));
                out[i] = x == null ? mean : intercept + slope * x;
            }
            return out;
        };
    }

    static final LabelledRows TRAIN = rows(400, 1, "train-");
    static final LabelledRows TEST = rows(200, 2, "test-");
    static final StressOptions OPTIONS = new StressOptions(StressOptions.DEFAULT_SEVERITIES,
            StressOptions.REGRESSION_METRICS, 300, 0.95, 42, 2, io.modellab.evalharness.core.ProgressListener.NONE);

    @Test
    void theStandardSweepRaisesTheErrorOfTheColumnTheModelReadsAndNamesItMostDamaging() {
        DegradationTable table = new StressSweep<>(OPTIONS, TASK).runStandard(fit(TRAIN), TEST, null);

        assertThat(table.corruptions()).extracting(StressCorruption::name).containsExactly("missing_values",
                "shuffle_column[x]", "gaussian_noise", "category_swap");
        assertThat(table.clean()).extracting(m -> m.name()).containsExactly("rmse", "mae", "r2");
        Degradation noisy = table.rows().stream()
                .filter(r -> r.corruption().equals("gaussian_noise") && r.severity() == 0.4).findFirst().orElseThrow();
        DegradedMetric rmse = noisy.metric("rmse");
        assertThat(rmse.delta()).isPositive();
        assertThat(rmse.ciLower()).as("the paired interval excludes no change").isPositive();
        assertThat(noisy.metric("r2").delta()).isNegative();
        Degradation worst = table.mostDamaging().orElseThrow();
        assertThat(worst.metric("rmse").delta()).isEqualTo(table.rows().stream()
                .mapToDouble(r -> r.metric("rmse").delta()).max().orElseThrow());
        assertThat(table.importance()).extracting(ColumnPermutationImportance::column).containsExactly("x", "z");
        assertThat(table.importance().get(0).importance()).as("shuffling x raises RMSE").isPositive();
        assertThat(table.importance().get(0).ciLower()).isPositive();
        assertThat(table.importance().get(1).importance()).as("the model ignores z").isZero();
        Degradation swapped = table.rows().stream()
                .filter(r -> r.corruption().equals("category_swap") && r.severity() == 0.4).findFirst().orElseThrow();
        assertThat(swapped.metric("rmse").delta()).isZero();
        assertThat(swapped.metric("rmse").ciUpper()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameTableOnAnyNumberOfThreads() {
        DegradationTable one = new StressSweep<>(OPTIONS.withThreads(1), TASK).runStandard(fit(TRAIN), TEST, null);
        DegradationTable four = new StressSweep<>(OPTIONS.withThreads(4), TASK).runStandard(fit(TRAIN), TEST, null);

        assertThat(four.rows()).isEqualTo(one.rows());
        assertThat(four.importance()).isEqualTo(one.importance());
    }

    @Test
    void aShiftHoldsOutTheHighestValuesOfANumericSegmentAndTestsOnThemOnly() {
        SliceDefinition high = new SliceDefinition(SliceDefinition.NUMERIC_RANGE, "x", null, 8.0, null, 5, 5, null);
        List<Integer> trainedOn = new ArrayList<>();
        DistributionShift<ValuePredictor> shift = new DistributionShift<>(high, new Retraining<>(TRAIN, rows -> {
            trainedOn.add(rows.size());
            return fit(rows);
        }));

        DegradationTable table = new StressSweep<>(OPTIONS.withSeverities(List.of(0.5, 1.0)), TASK)
                .run(fit(TRAIN), TEST, List.of(), shift);

        int segmentTrain = Segments.rows(high, TRAIN.features()).length;
        int segmentTest = Segments.rows(high, TEST.features()).length;
        assertThat(segmentTest).isBetween(30, 50);
        assertThat(table.corruptions()).singleElement().extracting(StressCorruption::name)
                .isEqualTo("distribution_shift[x >= 8]");
        assertThat(table.rows()).extracting(Degradation::rows).containsOnly(segmentTest);
        assertThat(table.rows()).extracting(Degradation::touched).containsExactly(0,
                (int) Math.round(0.5 * segmentTrain), segmentTrain);
        assertThat(trainedOn).containsExactly(400, 400 - (int) Math.round(0.5 * segmentTrain), 400 - segmentTrain);
    }

    @Test
    void aModelThatCannotBeScoredIsRefusedNamingTheRow() {
        ValuePredictor broken = rows -> new double[] {Double.NaN};
        LabelledRows one = rows(1, 3, "r");

        assertThatThrownBy(() -> TASK.score(broken, one)).hasMessageContaining("predicted NaN for row r0");
        assertThatThrownBy(() -> TASK.score(rows -> new double[2], one)).hasMessageContaining("returned 2 values for 1 rows");
        assertThatThrownBy(() -> new StressSweep<>(StressOptions.of(1), TASK))
                .hasMessageContaining("Metric value not found: roc_auc");
    }
}
