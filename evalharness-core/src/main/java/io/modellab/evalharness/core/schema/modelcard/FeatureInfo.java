package io.modellab.evalharness.core.schema.modelcard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code feature_inventory}: an input column.
 *
 * @param name the column's name
 * @param type {@code scalar}, {@code set}, {@code free_string} or {@code json} as written in the file (other systems
 *     write {@code ColumnType.SET}); see {@link #featureType()}
 * @param encoderType how the model encodes the column, {@code null} when the model does not say
 * @param columnImportance whether the model uses the column and why, {@code null} when unknown
 * @param uniqueValues number of distinct values (set columns)
 * @param sampleValues up to five of its values (set columns), most frequent first in ModelLab's cards
 * @param statistics min, max, mean, standard deviation, median and quantiles (scalar columns)
 * @param missingValues ModelLab extension: training rows where the column is empty
 * @param extra fields this library does not know, kept as read
 */
public record FeatureInfo(
        @JsonProperty("name") @NotBlank(groups = ModelCard.Written.class) String name,
        @JsonProperty("type") @NotNull(groups = ModelCard.Written.class) @Pattern(regexp = FeatureType.WRITTEN, groups = ModelCard.Written.class) String type,
        @JsonProperty("encoder_type") String encoderType,
        @JsonProperty("column_importance") @Valid ColumnImportance columnImportance,
        @JsonProperty("unique_values") @PositiveOrZero(groups = ModelCard.Written.class) Integer uniqueValues,
        @JsonProperty("sample_values") List<Object> sampleValues,
        @JsonProperty("statistics") @Valid ScalarStatistics statistics,
        @JsonProperty("missing_values") @PositiveOrZero(groups = ModelCard.Written.class) Integer missingValues,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Copies the list; a missing {@code extra} becomes empty. */
    public FeatureInfo {
        sampleValues = Copies.list(sampleValues);
        extra = Copies.extra(extra);
    }

    /** The type {@link #type()} names, empty when the file spells one this library does not know. */
    public Optional<FeatureType> featureType() {
        return FeatureType.parse(type);
    }
}
