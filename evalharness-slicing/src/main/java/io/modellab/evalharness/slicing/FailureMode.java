package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.FailureExample;

/** The failure-mode taxonomy of spec 4.8, each with the tag written into failure_examples.json. */
public enum FailureMode {
    /** The rows are the problem: missing or wrong values, noisy labels, outliers. */
    DATA("data", "Data failures"),
    /** The model optimises or is judged by the wrong thing: threshold, calibration, the metric itself. */
    OBJECTIVE_METRIC("objective_metric", "Objective/metric failures"),
    /** The model cannot represent the pattern: a segment or region it gets wrong. */
    MODEL_REPRESENTATION("model_representation", "Model/representation failures"),
    /** Training did not find what the model could represent: it learned little or nothing. */
    OPTIMIZATION("optimization", "Optimization failures"),
    /** The pipeline around the model broke: lost joins, empty rows, non-finite outputs. */
    SYSTEMS_INFRA("systems_infra", "Systems/infra failures"),
    /** The input or the task is unclear to a person: ambiguous queries, unclear intent. */
    HUMAN_UX("human_ux", "Human/UX failures (if applicable)");

    private final String tag;
    private final String title;

    FailureMode(String tag, String title) {
        this.tag = tag;
        this.title = title;
    }

    /** The tag, one of {@link FailureExample#FAILURE_MODES}. */
    public String tag() {
        return tag;
    }

    /** The spec's title of the category. */
    public String title() {
        return title;
    }

    /** The mode of a tag. */
    public static FailureMode ofTag(String tag) {
        for (FailureMode m : values()) {
            if (m.tag.equals(tag)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown failure mode \"" + tag + "\"; known: " + FailureExample.FAILURE_MODES);
    }
}
