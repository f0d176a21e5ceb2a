package io.modellab.templates;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A template's typed settings: its hyperparameters and its seed. Each is a record whose components carry Jakarta
 * constraints; {@link #validate()} checks them and names every bad field by its snake_case name, the name run.json
 * records it under ({@link #asMap()}).
 */
public sealed interface TemplateConfig permits MostFrequentConfig, LogisticRegressionConfig, XGBoostConfig,
        MeanConfig, LinearRegressionConfig, TfIdfConfig {

    /** The model's name as runs show it, e.g. {@code xgboost}. */
    String model();

    /** The training seed. */
    long seed();

    /** The same settings with another seed. */
    TemplateConfig withSeed(long seed);

    /**
     * Returns this config when every constraint holds.
     *
     * @throws IllegalArgumentException naming each bad field, e.g. {@code invalid xgboost config: max_depth must be
     *     less than or equal to 20 (was 50)}
     */
    default TemplateConfig validate() {
        List<Violation> violations = ArtifactValidator.violations(this);
        if (!violations.isEmpty()) {
            Map<String, Object> values = asMap();
            throw new IllegalArgumentException("invalid " + model() + " config: " + violations.stream().map(v -> {
                String field = v.path().startsWith("$.") ? v.path().substring(2) : v.path();
                return field + " " + v.message() + " (was " + values.get(field) + ")";
            }).collect(Collectors.joining("; ")));
        }
        return this;
    }

    /** The settings by their snake_case names, in declaration order, for run.json. */
    default Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model());
        out.putAll(Json.mapper().convertValue(this, new TypeReference<LinkedHashMap<String, Object>>() { }));
        return out;
    }
}
