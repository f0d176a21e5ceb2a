package io.modellab.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareAnswersTest {

    /** A regression's R² on a narrow target bucket swings by hundreds; the answer ranks the first metric only. */
    @Test
    void slicesAreRankedByTheFirstHeadlineMetricOnly() {
        List<Comparison.SliceDelta> deltas = List.of(
                delta("target < 24", "rmse", 91.853, 5.764),
                delta("target < 24", "r2", -394.094, -0.556),
                delta("MYCT < 50", "rmse", 371.282, 84.824),
                delta("MYCT < 50", "r2", -0.509, 0.921),
                delta("missing_share < 0.1", "rmse", 163.089, 163.089));

        assertThat(CompareAnswers.slicesShifted(deltas)).isEqualTo(
                "The slices whose rmse shifted most: MYCT < 50 -286.458 (12 rows); target < 24 -86.089 (12 rows).");
        assertThat(CompareAnswers.slicesShifted(List.of())).isEqualTo("No slice defined in both runs shifted.");
    }

    private static Comparison.SliceDelta delta(String name, String metric, double reference, double candidate) {
        return new Comparison.SliceDelta(name, metric, 12L, 12L, reference, candidate, candidate - reference, "f");
    }
}
