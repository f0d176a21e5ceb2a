package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a run is a baseline or a candidate improvement over one (the baseline-first rule). */
public enum ModelRole {
    /** A simple reference model every improvement is measured against. */
    @JsonProperty("baseline") BASELINE,
    /** A model that claims to beat a baseline. */
    @JsonProperty("improved") IMPROVED
}
