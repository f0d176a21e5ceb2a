package io.modellab.evalharness.core.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one fitted pipeline step learned from, so that the leakage rules can check it.
 *
 * @param step the step's name, e.g. {@code standardise numeric columns}
 * @param kind what the step is: {@value #SCALER}, {@value #IMPUTER}, {@value #ENCODER}, {@value #VOCABULARY},
 *     {@value #SELECTOR} or another word
 * @param rowsSeen keys of the rows the step was fitted on, or {@code null} when the pipeline cannot say
 * @param categories for encoders and vocabularies: the categories it learned, per column (empty otherwise)
 * @param statistics the numbers it learned, per column and statistic name (e.g. {@code age -> {mean: 35.5, sd: 11.4}}
 *     for a scaler, {@code fill} for an imputer); empty when the step learned none or does not say. The rules do
 *     not check them: they are there so that a reader of the record sees what was learned from the rows
 */
public record FitRecord(String step, String kind, List<String> rowsSeen, Map<String, List<String>> categories,
                        Map<String, Map<String, Double>> statistics) {

    /** A step that learns location and scale. */
    public static final String SCALER = "scaler";
    /** A step that learns fill values. */
    public static final String IMPUTER = "imputer";
    /** A step that learns categories to encode. */
    public static final String ENCODER = "encoder";
    /** A step that learns tokens. */
    public static final String VOCABULARY = "vocabulary";
    /** A step that learns which features to keep. */
    public static final String SELECTOR = "selector";

    /** Copies the lists and maps (sorted by column and statistic name). */
    public FitRecord {
        rowsSeen = rowsSeen == null ? null : List.copyOf(rowsSeen);
        TreeMap<String, List<String>> copy = new TreeMap<>();
        (categories == null ? Map.<String, List<String>>of() : categories)
                .forEach((column, values) -> copy.put(column, List.copyOf(values)));
        categories = Collections.unmodifiableMap(copy);
        TreeMap<String, Map<String, Double>> numbers = new TreeMap<>();
        (statistics == null ? Map.<String, Map<String, Double>>of() : statistics)
                .forEach((column, values) -> numbers.put(column, Collections.unmodifiableMap(new TreeMap<>(values))));
        statistics = Collections.unmodifiableMap(numbers);
    }

    /** A record of a step that learned no numbers (or does not say which). */
    public FitRecord(String step, String kind, List<String> rowsSeen, Map<String, List<String>> categories) {
        this(step, kind, rowsSeen, categories, Map.of());
    }
}
