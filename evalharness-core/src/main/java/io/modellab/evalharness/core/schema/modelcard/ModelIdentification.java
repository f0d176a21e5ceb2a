package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * {@code model_identification}: basic identifying information.
 *
 * @param sessionId the training session's id (ModelLab: the run id)
 * @param jobId the job's id within the session (ModelLab: {@code null}, a run is one job)
 * @param name the model's human-readable name
 * @param targetColumn the predicted column (Single Predictor)
 * @param targetColumnType {@code set} (classification) or {@code scalar} (regression)
 * @param computeCluster the compute node training ran on
 * @param trainingDate the date training finished, {@code YYYY-MM-DD}
 * @param status {@code DONE}, {@code TRAINING} or {@code FAILED} as written in the file; see {@link CardStatus#parse}
 * @param modelType {@code Single Predictor} or {@code Embedding Space}
 * @param framework the framework and its version
 * @param project ModelLab extension: the project the run belongs to
 * @param role ModelLab extension: {@code baseline} or {@code improved}
 * @param extra fields this library does not know, kept as read
 */
public record ModelIdentification(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("job_id") String jobId,
        @JsonProperty("name") @NotBlank(groups = ModelCard.Written.class) String name,
        @JsonProperty("target_column") String targetColumn,
        @JsonProperty("target_column_type") String targetColumnType,
        @JsonProperty("compute_cluster") String computeCluster,
        @JsonProperty("training_date") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", groups = ModelCard.Written.class) String trainingDate,
        @JsonProperty("status") @NotNull(groups = ModelCard.Written.class) @Pattern(regexp = CardStatus.WRITTEN, groups = ModelCard.Written.class) String status,
        @JsonProperty("model_type") String modelType,
        @JsonProperty("framework") String framework,
        @JsonProperty("project") String project,
        @JsonProperty("role") String role,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** What {@code model_type} says for a model that predicts one target column. */
    public static final String SINGLE_PREDICTOR = "Single Predictor";
    /** What {@code model_type} says for a model that embeds every column. */
    public static final String EMBEDDING_SPACE = "Embedding Space";

    /** A missing {@code extra} becomes empty. */
    public ModelIdentification {
        extra = Copies.extra(extra);
    }
}
