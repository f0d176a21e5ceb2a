package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * stress.json: how the model degrades when its inputs get worse. Each corruption is applied at each severity of the
 * sweep to the test rows, the model predicts the corrupted rows, and every headline metric is compared with the clean
 * rows' by a paired bootstrap of the difference. Only an eval with a model (a {@code Predictor}) has one.
 *
 * @param schemaVersion {@value SchemaVersion#CURRENT}
 * @param runId the evaluated run
 * @param seed the seed of every corruption and of the bootstrap
 * @param method how the intervals of the differences were read off, e.g. {@code percentile_bootstrap (paired difference)}
 * @param confidenceLevel the intervals' level
 * @param resamples bootstrap resamples per interval
 * @param severities the sweep, 0 (clean) first
 * @param metrics the metrics of every row, in order
 * @param clean the metrics on the clean test rows
 * @param corruptions what each corruption does
 * @param degradation the degradation table: one row per corruption and severity, in the order of {@code corruptions}
 *     and {@code severities}
 * @param importanceMetric the metric permutation importance is measured with
 * @param permutationImportance per feature column, the drop when it is shuffled, largest first
 * @param plots the degradation plots, relative to the eval folder, one per metric
 */
public record StressReport(
        @JsonProperty("schema_version") @NotNull @Pattern(regexp = SchemaVersion.PATTERN, message = "must be \"" + SchemaVersion.CURRENT + "\"") String schemaVersion,
        @JsonProperty("run_id") @NotBlank String runId,
        @JsonProperty("seed") @NotNull Long seed,
        @JsonProperty("method") @NotBlank String method,
        @JsonProperty("confidence_level") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double confidenceLevel,
        @JsonProperty("resamples") @NotNull @Positive Integer resamples,
        @JsonProperty("severities") @NotEmpty List<@NotNull @DecimalMin("0") @DecimalMax("1") Double> severities,
        @JsonProperty("metrics") @NotEmpty List<@NotBlank String> metrics,
        @JsonProperty("clean") @NotNull List<@NotNull @Valid MetricValue> clean,
        @JsonProperty("corruptions") @NotNull List<@NotNull @Valid StressCorruption> corruptions,
        @JsonProperty("degradation") @NotNull List<@NotNull @Valid Degradation> degradation,
        @JsonProperty("importance_metric") @NotBlank String importanceMetric,
        @JsonProperty("permutation_importance") @NotNull List<@NotNull @Valid ColumnPermutationImportance> permutationImportance,
        @JsonProperty("plots") @NotNull List<@NotBlank String> plots) {

    /** Copies the lists. */
    public StressReport {
        severities = Lists.copyOf(severities);
        metrics = Lists.copyOf(metrics);
        clean = Lists.copyOf(clean);
        corruptions = Lists.copyOf(corruptions);
        degradation = Lists.copyOf(degradation);
        permutationImportance = Lists.copyOf(permutationImportance);
        plots = Lists.copyOf(plots);
    }
}
