package io.modellab.tracker.card;

import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import java.util.Locale;

/**
 * The card's {@code model_quality.assessment}, from ROC-AUC's bootstrap interval on the test rows. The grade goes by
 * the interval's lower end, what the data supports with confidence, not by the point estimate:
 *
 * <table>
 *   <caption>The rule</caption>
 *   <tr><th>UNKNOWN</th><td>ROC-AUC or its interval is undefined (e.g. the test rows hold one label)</td></tr>
 *   <tr><th>POOR</th><td>the lower end is not above the reference: chance (0.5), or the baseline's ROC-AUC when an
 *       improved run has a higher one. The model is not shown to beat it.</td></tr>
 *   <tr><th>FAIR</th><td>above the reference, but below {@value #GOOD_FROM}</td></tr>
 *   <tr><th>GOOD</th><td>from {@value #GOOD_FROM} up to {@value #EXCELLENT_FROM}</td></tr>
 *   <tr><th>EXCELLENT</th><td>{@value #EXCELLENT_FROM} or more</td></tr>
 * </table>
 *
 * A HIGH-severity warning (suspected leakage, an improvement claim without a valid baseline, a tiny test set) caps
 * the grade at FAIR: the numbers may not mean what they seem to.
 */
final class QualityRule {

    /** The lower end of ROC-AUC's interval from which a model is GOOD. */
    static final double GOOD_FROM = 0.70;
    /** The lower end from which it is EXCELLENT. */
    static final double EXCELLENT_FROM = 0.85;
    /** ROC-AUC of a model that ranks at random. */
    static final double CHANCE = 0.5;

    private QualityRule() {
    }

    /**
     * The verdict and the sentence that explains it.
     *
     * @param assessment the grade
     * @param rule the rule applied to the numbers, e.g. "GOOD: ROC-AUC 0.790 (interval 0.738 - 0.843) ..."
     */
    record Verdict(QualityAssessment assessment, String rule) {
    }

    /**
     * Grades a run.
     *
     * @param rocAuc ROC-AUC on the test rows, {@code null} when undefined
     * @param lower the lower end of its interval, {@code null} when undefined
     * @param upper the upper end, {@code null} when undefined
     * @param level the interval's confidence level, e.g. 0.95
     * @param baselineRocAuc the baseline's ROC-AUC for an improved run, {@code null} otherwise
     * @param highWarnings number of HIGH-severity warnings
     */
    static Verdict grade(Double rocAuc, Double lower, Double upper, double level, Double baselineRocAuc,
                         int highWarnings) {
        if (rocAuc == null || lower == null || upper == null) {
            return new Verdict(QualityAssessment.UNKNOWN, "UNKNOWN: ROC-AUC or its interval is undefined on the test"
                    + " rows, so there is no number to grade.");
        }
        boolean baselineIsReference = baselineRocAuc != null && baselineRocAuc > CHANCE;
        double reference = baselineIsReference ? baselineRocAuc : CHANCE;
        String numbers = String.format(Locale.ROOT, "ROC-AUC %.3f, %.0f%% interval %.3f - %.3f; reference %.3f (%s)",
                rocAuc, level * 100, lower, upper, reference,
                baselineIsReference ? "the baseline's ROC-AUC" : "chance");
        QualityAssessment grade;
        String why;
        if (lower <= reference) {
            grade = QualityAssessment.POOR;
            why = "the interval's lower end is not above the reference, so the model is not shown to beat it";
        } else if (lower < GOOD_FROM) {
            grade = QualityAssessment.FAIR;
            why = String.format(Locale.ROOT, "the lower end is above the reference but below %.2f", GOOD_FROM);
        } else if (lower < EXCELLENT_FROM) {
            grade = QualityAssessment.GOOD;
            why = String.format(Locale.ROOT, "the lower end is at least %.2f and below %.2f", GOOD_FROM,
                    EXCELLENT_FROM);
        } else {
            grade = QualityAssessment.EXCELLENT;
            why = String.format(Locale.ROOT, "the lower end is at least %.2f", EXCELLENT_FROM);
        }
        if (highWarnings > 0 && grade.compareTo(QualityAssessment.FAIR) < 0) {
            why += String.format(Locale.ROOT, "; capped at FAIR by %d high-severity warning%s", highWarnings,
                    highWarnings == 1 ? "" : "s");
            grade = QualityAssessment.FAIR;
        }
        return new Verdict(grade, grade.spelling() + ": " + numbers + ": " + why + ".");
    }
}
