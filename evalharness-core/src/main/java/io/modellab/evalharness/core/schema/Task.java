package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of prediction task an evaluation scores. */
public enum Task {
    /** Two classes, one of them named positive. */
    @JsonProperty("binary_classification") BINARY_CLASSIFICATION
}
