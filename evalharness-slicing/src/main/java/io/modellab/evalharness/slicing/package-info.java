/**
 * Where a model fails: slices of the evaluated rows, their metrics and intervals next to the overall ones, and the
 * rows a person should look at, tagged with the failure-mode taxonomy of spec 4.8.
 *
 * <ul>
 *   <li>{@link io.modellab.evalharness.slicing.Slices}: the slice DSL (equality and set membership on a column,
 *       numeric ranges and quantile buckets, missingness share, predicted confidence, actual and predicted class,
 *       regression target, query length and frequency, AND) as {@link io.modellab.evalharness.core.schema.SliceDefinition}
 *       records whose JSON form in slices.json recomputes the slice, and the rows a definition picks;</li>
 *   <li>{@link io.modellab.evalharness.slicing.SliceFamily}: slices evaluated in one pass (each row's bucket found
 *       once by binary search or hash, rows grouped by a counting sort);</li>
 *   <li>{@link io.modellab.evalharness.slicing.DefaultSlices}: the default slice sets of spec 4.4 per task, with
 *       quantile edges read off the data and the key feature chosen by {@link io.modellab.evalharness.slicing.KeyFeature}
 *       (mutual information with the label for classification, eta squared for regression; ties to the earlier
 *       column) when the user names none;</li>
 *   <li>{@link io.modellab.evalharness.slicing.SliceRunner}: each slice's metrics, delta from overall and headline
 *       interval ({@link io.modellab.evalharness.slicing.SliceInterval}: the confusion-count bootstrap for accuracy,
 *       O(resamples) per slice), small slices flagged and kept, the worst named by the lowest upper end of its
 *       interval (highest lower end where lower is better) among slices of at least the minimum size;
 *       {@link io.modellab.evalharness.slicing.SliceMetrics} evaluates a family: a binary classifier's slices in one
 *       walk down the score order (no slice gathered or sorted), any other task's slice by slice on its rows;</li>
 *   <li>{@link io.modellab.evalharness.slicing.FailureSelector},
 *       {@link io.modellab.evalharness.slicing.RegressionFailureSelector},
 *       {@link io.modellab.evalharness.slicing.RankingFailureSelector}: the spec's failure rules per task, ties broken
 *       by id, each example with a bounded feature summary ({@link io.modellab.evalharness.slicing.FeatureSummary});</li>
 *   <li>{@link io.modellab.evalharness.slicing.QuerySlices} and {@link io.modellab.evalharness.slicing.QueryFailures}:
 *       the ranking evaluation's query slices and its two failure rules, from merged per-query means and each rule's
 *       first queries, so that the single machine's {@code RankingEvaluator} and evalharness-spark write the same
 *       slices.json and failure_examples.json;</li>
 *   <li>{@link io.modellab.evalharness.slicing.FailureTagging}: failure-mode tags by documented heuristics, after the
 *       user's overrides and rules; {@link io.modellab.evalharness.slicing.FailureModesTemplate} renders
 *       failure_modes.md;</li>
 *   <li>{@link io.modellab.evalharness.slicing.TakeawaySentences}: a binary classifier's five takeaway.txt sentences
 *       from computed numbers (overall metrics, headline interval, worst slice, failure examples, the most damaging
 *       stress test), shared by the tracker's evaluator and the Spark path so both write the same text.</li>
 * </ul>
 * The runner is task-agnostic: it takes a {@link io.modellab.evalharness.slicing.SliceMetrics}, or a function from row
 * positions to metrics.
 *
 * <p>Cost, measured by {@code SliceBenchmarks} (1M rows, the 20 default classification slices with 1000-resample
 * intervals, everything an evaluation pays for included): 4.4 times the overall metrics with the key feature named,
 * 5.7 times when it is chosen by mutual information.
 */
package io.modellab.evalharness.slicing;
