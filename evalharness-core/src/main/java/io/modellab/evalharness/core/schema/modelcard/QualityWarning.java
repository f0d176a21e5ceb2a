package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Optional;

/**
 * One of {@code model_quality.warnings}.
 *
 * @param type what kind, e.g. {@code CLASS_IMBALANCE}, {@code DISTRIBUTION_SHIFT}, ModelLab's
 *     {@code LEAKAGE_SUSPECTED}
 * @param severity {@code HIGH}, {@code MODERATE} or {@code LOW} as written in the file; see {@link #level()}
 * @param message what was found, with the numbers
 * @param details the evidence; its shape depends on the type
 * @param recommendation what to do about it
 * @param extra fields this library does not know, kept as read
 */
public record QualityWarning(
        @JsonProperty("type") @NotBlank(groups = ModelCard.Written.class) String type,
        @JsonProperty("severity") @NotNull(groups = ModelCard.Written.class) @Pattern(regexp = Severity.WRITTEN, groups = ModelCard.Written.class) String severity,
        @JsonProperty("message") @NotBlank(groups = ModelCard.Written.class) String message,
        @JsonProperty("details") Map<String, Object> details,
        @JsonProperty("recommendation") String recommendation,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the details; a missing {@code extra} becomes empty. */
    public QualityWarning {
        details = Copies.map(details);
        extra = Copies.extra(extra);
    }

    /** A warning with nothing beyond the spec's fields. */
    public static QualityWarning of(String type, Severity severity, String message, Map<String, Object> details,
                                    String recommendation) {
        return new QualityWarning(type, severity.spelling(), message, details, recommendation, Map.of());
    }

    /** The severity {@link #severity()} names, empty when spelled in a way this library does not know. */
    public Optional<Severity> level() {
        return Severity.parse(severity);
    }
}
