package io.modellab.tracker;

import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.slicing.FailureSelection;
import io.modellab.evalharness.slicing.TakeawaySentences;
import io.modellab.evalharness.stress.DegradationTable;
import java.util.List;

/**
 * Writes the five sentences of takeaway.txt from the numbers: headline with interval, threshold metrics and
 * errors, baseline comparison, worst slice, and failures (with the most damaging stress test when the model was
 * stressed). A binary classifier's sentences are {@link TakeawaySentences#binary}, shared with the Spark path; this
 * class gathers their inputs from a request.
 */
final class Takeaways {

    private Takeaways() {
    }

    static Takeaway binary(EvalRequest request, EvalOptions options, List<MetricValue> overall,
                           ConfidenceInterval aucInterval, SliceResult worstSlice, FailureSelection failures,
                           DegradationTable stress) {
        BinaryPredictions p = request.predictions();
        return TakeawaySentences.binary(new TakeawaySentences.Binary(request.model(), request.dataset().name(),
                request.dataset().version(), p.positiveLabel(), p.threshold(), p.confusion(p.allRows()),
                TakeawaySentences.confidentWrong(p), overall, aucInterval, options.confidenceLevel(), request.seed(),
                options.minSliceSize(), worstSlice, failures.examples(), request.baseline(), request.baselineCheck(),
                stressClause(stress)));
    }

    /** The stress table as the shared sentences take it: its ranking metric and most damaging row. */
    private static TakeawaySentences.StressClause stressClause(DegradationTable stress) {
        return stress == null ? null
                : new TakeawaySentences.StressClause(stress.options().rankingMetric(), stress.mostDamaging().orElse(null));
    }

    /**
     * A regression's five sentences ({@link TakeawaySentences#regression}, shared with the Spark path), from a
     * request's rows.
     */
    static Takeaway regression(RegressionRequest request, EvalOptions options, List<MetricValue> overall,
                               ConfidenceInterval rmseInterval, SliceResult worstSlice, FailureSelection failures,
                               DegradationTable stress) {
        RegressionRows p = request.predictions();
        double bias = 0;
        int under = 0;
        int over = 0;
        for (int i = 0; i < p.size(); i++) {
            bias += p.error(i);
            under += p.error(i) < 0 ? 1 : 0;
            over += p.error(i) > 0 ? 1 : 0;
        }
        bias /= p.size();
        // The largest absolute error; a tie goes to the first row, as failure_examples.json orders rows by id.
        int largest = 0;
        for (int i = 1; i < p.size(); i++) {
            if (Math.abs(p.error(i)) > Math.abs(p.error(largest))) {
                largest = i;
            }
        }
        return TakeawaySentences.regression(new TakeawaySentences.Regression(request.model(), request.target(),
                p.size(), request.dataset().name(), request.dataset().version(), overall, rmseInterval,
                options.confidenceLevel(), request.seed(), bias, under, over, options.minSliceSize(), worstSlice,
                request.testFeatures().rowId(largest), p.predicted(largest), p.actual(largest),
                failures.examples().size(), request.baseline(), request.baselineCheck(), stressClause(stress)));
    }

    static String inSentence(String text) {
        return TakeawaySentences.inSentence(text);
    }
}
