package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fitted preprocessing step of a saved model and what it learned from the train rows.
 *
 * @param step the step's name, e.g. {@code standardise numeric columns}
 * @param kind {@code imputer}, {@code scaler}, {@code encoder}, {@code vocabulary} or another word
 * @param trainRows how many train rows it was fitted on
 * @param statistics the numbers it learned, per column and statistic (a scaler's {@code mean} and {@code sd}, an
 *     imputer's {@code fill}, a vocabulary's inverse document frequency per token)
 * @param categories the categories it learned, per column (an encoder's categories, a categorical imputer's fill)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreprocessingStep(
        @JsonProperty("step") @NotBlank String step,
        @JsonProperty("kind") @NotBlank String kind,
        @JsonProperty("train_rows") @PositiveOrZero int trainRows,
        @JsonProperty("statistics") @NotNull Map<String, Map<String, Double>> statistics,
        @JsonProperty("categories") @NotNull Map<String, List<String>> categories) {

    /** Copies the maps, sorted by key. */
    public PreprocessingStep {
        TreeMap<String, Map<String, Double>> numbers = new TreeMap<>();
        (statistics == null ? Map.<String, Map<String, Double>>of() : statistics)
                .forEach((column, values) -> numbers.put(column, Collections.unmodifiableMap(new TreeMap<>(values))));
        statistics = Collections.unmodifiableMap(numbers);
        TreeMap<String, List<String>> copy = new TreeMap<>();
        (categories == null ? Map.<String, List<String>>of() : categories)
                .forEach((column, values) -> copy.put(column, List.copyOf(values)));
        categories = Collections.unmodifiableMap(copy);
    }
}
