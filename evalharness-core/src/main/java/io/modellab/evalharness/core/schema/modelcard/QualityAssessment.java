package io.modellab.evalharness.core.schema.modelcard;

import java.util.Optional;

/** {@code model_quality.assessment}: the overall verdict on a model, best first. */
public enum QualityAssessment {
    /** Clearly strong. */
    EXCELLENT,
    /** Solid. */
    GOOD,
    /** Useful, with limits. */
    FAIR,
    /** Not shown to be better than chance or the baseline. */
    POOR,
    /** The numbers needed for a verdict are missing. */
    UNKNOWN;

    /** The anchored pattern of the spellings this library writes. */
    public static final String WRITTEN = "^(EXCELLENT|GOOD|FAIR|POOR|UNKNOWN)$";

    /** The assessment a file's spelling names, empty when it names none. */
    public static Optional<QualityAssessment> parse(String spelling) {
        return Spellings.parse(QualityAssessment.class, spelling);
    }

    /** How this library writes it. */
    public String spelling() {
        return name();
    }
}
