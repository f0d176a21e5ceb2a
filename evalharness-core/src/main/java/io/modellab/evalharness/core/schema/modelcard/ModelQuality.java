package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code model_quality}: the verdict, what to watch out for, and what to do.
 *
 * @param assessment {@code EXCELLENT}, {@code GOOD}, {@code FAIR}, {@code POOR} or {@code UNKNOWN} as written in the
 *     file; see {@link #quality()}
 * @param recommendations issues found and what to do about each
 * @param warnings what to keep in mind when reading the numbers, most severe first in ModelLab's cards
 * @param trainingQualityWarning an overall warning: a sentence in the spec, an object with its own severity,
 *     message and recommendations in real files, so kept as read
 * @param assessmentRule ModelLab extension: the rule and the numbers that gave the assessment
 * @param extra fields this library does not know, kept as read
 */
public record ModelQuality(
        @JsonProperty("assessment") @NotNull(groups = ModelCard.Written.class) @Pattern(regexp = QualityAssessment.WRITTEN, groups = ModelCard.Written.class) String assessment,
        @JsonProperty("recommendations") @NotNull(groups = ModelCard.Written.class) List<@NotNull(groups = ModelCard.Written.class) @Valid Recommendation> recommendations,
        @JsonProperty("warnings") @NotNull(groups = ModelCard.Written.class) List<@NotNull(groups = ModelCard.Written.class) @Valid QualityWarning> warnings,
        @JsonProperty("training_quality_warning") Object trainingQualityWarning,
        @JsonProperty("assessment_rule") @NotBlank(groups = ModelCard.Written.class) String assessmentRule,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the lists; a missing {@code extra} becomes empty. */
    public ModelQuality {
        recommendations = Copies.list(recommendations);
        warnings = Copies.list(warnings);
        extra = Copies.extra(extra);
    }

    /** The assessment {@link #assessment()} names, empty when absent or spelled in a way this library does not know. */
    public Optional<QualityAssessment> quality() {
        return QualityAssessment.parse(assessment);
    }
}
