package io.modellab.templates;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Text classification: TF-IDF features of one text column (see {@link TfIdfVectorizer}) and L2-regularised logistic
 * regression (liblinear).
 *
 * @param textColumn the column holding the text
 * @param minDocumentFrequency a token enters the vocabulary when at least this many train rows hold it
 * @param maxVocabulary the vocabulary keeps at most this many tokens, the most frequent (by rows) first
 * @param cost liblinear's C
 * @param maxIterations the solver's iteration limit
 * @param seed the solver's seed
 */
public record TfIdfConfig(
        @JsonProperty("text_column") @NotBlank String textColumn,
        @JsonProperty("min_document_frequency") @Min(1) int minDocumentFrequency,
        @JsonProperty("max_vocabulary") @Min(1) @Max(10_000_000) int maxVocabulary,
        @JsonProperty("cost") @Positive double cost,
        @JsonProperty("max_iterations") @Min(1) @Max(1_000_000) int maxIterations,
        @JsonProperty("seed") long seed) implements TemplateConfig {

    /** Tokens in at least 2 rows, at most 20,000 of them, C = 1, 1000 iterations. */
    public static TfIdfConfig defaults(String textColumn, long seed) {
        return new TfIdfConfig(textColumn, 2, 20_000, 1.0, 1000, seed);
    }

    @Override
    public String model() {
        return "tfidf_logistic_regression";
    }

    @Override
    public TfIdfConfig withSeed(long seed) {
        return new TfIdfConfig(textColumn, minDocumentFrequency, maxVocabulary, cost, maxIterations, seed);
    }
}
