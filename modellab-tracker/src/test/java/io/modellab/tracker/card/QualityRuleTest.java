package io.modellab.tracker.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import org.junit.jupiter.api.Test;

class QualityRuleTest {

    @Test
    void theGradeGoesByTheLowerEndOfTheInterval() {
        assertThat(grade(0.95, 0.90, 0.98, null, 0)).isEqualTo(QualityAssessment.EXCELLENT);
        assertThat(grade(0.95, 0.84, 0.98, null, 0)).isEqualTo(QualityAssessment.GOOD);
        assertThat(grade(0.79, 0.74, 0.84, null, 0)).isEqualTo(QualityAssessment.GOOD);
        assertThat(grade(0.75, 0.69, 0.80, null, 0)).isEqualTo(QualityAssessment.FAIR);
        assertThat(grade(0.60, 0.50, 0.70, null, 0)).as("not above chance").isEqualTo(QualityAssessment.POOR);
        assertThat(grade(0.50, 0.50, 0.50, null, 0)).as("a constant baseline").isEqualTo(QualityAssessment.POOR);
        assertThat(grade(null, null, null, null, 0)).isEqualTo(QualityAssessment.UNKNOWN);
        assertThat(grade(0.8, null, null, null, 0)).isEqualTo(QualityAssessment.UNKNOWN);
    }

    @Test
    void aBetterBaselineIsTheReferenceAndAHighWarningCapsTheGrade() {
        assertThat(grade(0.79, 0.74, 0.84, 0.76, 0)).as("not above the baseline").isEqualTo(QualityAssessment.POOR);
        assertThat(grade(0.79, 0.74, 0.84, 0.40, 0)).as("chance is the floor").isEqualTo(QualityAssessment.GOOD);
        assertThat(grade(0.99, 0.97, 1.0, null, 1)).isEqualTo(QualityAssessment.FAIR);
        assertThat(grade(0.60, 0.50, 0.70, null, 2)).as("the cap never raises").isEqualTo(QualityAssessment.POOR);
    }

    @Test
    void theRuleSaysWhyWithTheNumbers() {
        QualityRule.Verdict v = QualityRule.grade(0.79, 0.738, 0.843, 0.95, 0.5, 0);

        assertThat(v.rule()).isEqualTo("GOOD: ROC-AUC 0.790, 95% interval 0.738 - 0.843; reference 0.500 (chance):"
                + " the lower end is at least 0.70 and below 0.85.");
        assertThat(QualityRule.grade(0.99, 0.97, 1.0, 0.95, null, 1).rule()).endsWith("; capped at FAIR by 1"
                + " high-severity warning.");
    }

    private static QualityAssessment grade(Double value, Double lower, Double upper, Double baseline, int high) {
        return QualityRule.grade(value, lower, upper, 0.95, baseline, high).assessment();
    }
}
