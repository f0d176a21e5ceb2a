package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One timed stage of a system at one setting, e.g. candidate generation at depth 100.
 *
 * @param stage what was timed, e.g. {@code candidate_generation} or {@code reranking}
 * @param depth the candidate count per query at this setting
 * @param batchSize queries per timed call
 * @param warmupBatches untimed calls first
 * @param measuredBatches timed calls
 * @param p50Millis median batch time
 * @param p95Millis 95th percentile batch time
 * @param p99Millis 99th percentile batch time
 * @param meanMillis mean batch time
 * @param recallMetric the quality figure paired with this setting, e.g. {@code recall@100}
 * @param recall its value at this setting (deterministic, unlike the times)
 */
public record LatencyStage(
        @JsonProperty("stage") @NotBlank String stage,
        @JsonProperty("depth") @NotNull @Positive Integer depth,
        @JsonProperty("batch_size") @NotNull @Positive Integer batchSize,
        @JsonProperty("warmup_batches") @NotNull @PositiveOrZero Integer warmupBatches,
        @JsonProperty("measured_batches") @NotNull @Positive Integer measuredBatches,
        @JsonProperty("p50_ms") @NotNull @Finite Double p50Millis,
        @JsonProperty("p95_ms") @NotNull @Finite Double p95Millis,
        @JsonProperty("p99_ms") @NotNull @Finite Double p99Millis,
        @JsonProperty("mean_ms") @NotNull @Finite Double meanMillis,
        @JsonProperty("recall_metric") @NotBlank String recallMetric,
        @JsonProperty("recall") @Finite Double recall) {
}
