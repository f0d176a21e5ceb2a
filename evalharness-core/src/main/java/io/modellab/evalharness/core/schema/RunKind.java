package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a run did: trained a model (and usually evaluated it), or only evaluated an existing one. */
public enum RunKind {
    /** Fitted a model; its evaluation, when any, belongs to the same run. */
    @JsonProperty("train") TRAIN,
    /** Evaluated a model trained elsewhere (another run, or outside ModelLab). */
    @JsonProperty("eval") EVAL
}
