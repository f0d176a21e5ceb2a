package io.modellab.tracker.card;

import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import io.modellab.evalharness.core.schema.modelcard.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The card's {@code model_quality.recommendations}: what to do next, from the assessment, the run's role and the
 * threshold numbers. (Each warning carries its own recommendation; these are the ones no warning gives.)
 */
final class CardRecommendations {

    /** F1 gains smaller than this are not worth a different threshold. */
    static final double F1_GAIN = 0.02;

    private CardRecommendations() {
    }

    static List<Recommendation> of(ModelRole role, QualityAssessment assessment, double decisionThreshold,
                                   ClassificationMetrics atThreshold, OptimalThreshold optimal) {
        List<Recommendation> out = new ArrayList<>();
        if (role == ModelRole.BASELINE) {
            out.add(Recommendation.of("This run is a baseline: its numbers are the floor, not a model to ship.",
                    "Compare every candidate with it (the compare report) on the same dataset version and split."));
        } else if (assessment == QualityAssessment.POOR) {
            out.add(Recommendation.of("The model is not shown to rank better than the reference (see the assessment).",
                    "Do not ship it; look at the slices and failure examples of its report for what it misses."));
        } else if (assessment == QualityAssessment.UNKNOWN) {
            out.add(Recommendation.of("ROC-AUC is undefined on the test rows, so the model could not be graded.",
                    "Evaluate on test rows that hold both labels."));
        }
        if (optimal != null && optimal.optimalThreshold() != null && optimal.optimalThresholdF1() != null
                && atThreshold.f1() != null && optimal.optimalThresholdF1() - atThreshold.f1() > F1_GAIN) {
            out.add(Recommendation.of(String.format(Locale.ROOT, "F1 is %.3f at the decision threshold %.2f but %.3f at"
                            + " %.3f on the test rows.", atThreshold.f1(), decisionThreshold,
                            optimal.optimalThresholdF1(), optimal.optimalThreshold()),
                    "If F1 is what matters, choose the threshold on a validation split and evaluate again: chosen on"
                            + " the test rows, that F1 is optimistic."));
        }
        return out;
    }
}
