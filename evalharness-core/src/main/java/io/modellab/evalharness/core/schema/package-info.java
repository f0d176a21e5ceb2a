/**
 * One record per file of the artifact contract: {@link io.modellab.evalharness.core.schema.EvalSummary}
 * (eval_summary.json), {@link io.modellab.evalharness.core.schema.MetricsReport} (metrics.json),
 * {@link io.modellab.evalharness.core.schema.ConfidenceIntervals} (confidence_intervals.json),
 * {@link io.modellab.evalharness.core.schema.SliceReport} (slices.json),
 * {@link io.modellab.evalharness.core.schema.FailureExamples} (failure_examples.json),
 * {@link io.modellab.evalharness.core.schema.RunRecord} (run.json),
 * {@link io.modellab.evalharness.core.schema.LeakageReport} (leakage.json),
 * {@link io.modellab.evalharness.core.schema.StressReport} (stress.json, only for an eval with a model),
 * {@link io.modellab.evalharness.core.schema.ProjectRecord} (project.json),
 * {@link io.modellab.evalharness.core.schema.DatasetVersion} (dataset.json),
 * {@link io.modellab.evalharness.core.schema.InferenceSignature} (model/signature.json, beside a saved model).
 * The model card (model_card.json), a format of another system that this library also reads from others, has its
 * own sub-package, {@link io.modellab.evalharness.core.schema.modelcard}, and its own reading rules.
 *
 * <p>Records are the schema: JSON names are explicit snake_case {@code @JsonProperty} names, fields are
 * written in component order, constraints are Jakarta Validation annotations checked on write and on
 * read, and each file's JSON Schema is generated from its record and shipped under {@code /schemas/}.
 * Numbers are boxed so that a missing value is reported as a violation rather than read as zero.
 * Every file carries {@code schema_version} {@value io.modellab.evalharness.core.schema.SchemaVersion#CURRENT}.
 */
package io.modellab.evalharness.core.schema;
