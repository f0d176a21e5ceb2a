package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The life cycle of a run. */
public enum RunStatus {
    /** Started and not yet finished; a run left in this state crashed. */
    @JsonProperty("RUNNING") RUNNING,
    /** Finished and its artifacts are complete. */
    @JsonProperty("DONE") DONE,
    /** Stopped by an error or a broken rule; {@code status_reason} says which. */
    @JsonProperty("FAILED") FAILED
}
