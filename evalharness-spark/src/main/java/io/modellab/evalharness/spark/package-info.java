/**
 * The same evaluation on Apache Spark, for prediction sets that outgrow one machine: a binary classifier's
 * predictions in a {@code Dataset<Row>} become the eval folder that the single-machine {@code EvalHarness} writes
 * (eval_summary.json, metrics.json, confidence_intervals.json, slices.json, failure_examples.json, failure_modes.md,
 * takeaway.txt, plots and repro.md), without collecting rows to the driver. It has no predictions.json, which would
 * list every row (eval_summary.json's {@code files.rows_not_written} says so), and no stress.json (no model).
 *
 * <p>Entry points: {@link io.modellab.evalharness.spark.SparkEvaluator#evaluate}, then
 * {@link io.modellab.evalharness.spark.SparkEvaluation#writeFolder} with a
 * {@link io.modellab.evalharness.spark.SparkRun} (project, role, dataset version, commit, repro commands), which
 * writes through core's atomic {@code EvalFolderWriter}; takeaway.txt comes from the slicing module's
 * {@code TakeawaySentences}, the single machine's sentences. The metric state is the metrics
 * module's mergeable {@link io.modellab.evalharness.metrics.ScoreHistogram} (the exact histogram of distinct
 * scores, from which every binary metric follows, rank metrics included) and the Poisson bootstrap's whole-number
 * counts ({@link io.modellab.evalharness.metrics.PoissonBootstrap}), folded by one Spark
 * {@link org.apache.spark.sql.expressions.Aggregator} for all rows and the slices that follow from the score and
 * the missing cells, by a second for the key feature's slices, and by a third for the worst slice's failure examples.
 *
 * <p>Regression: {@link io.modellab.evalharness.spark.SparkRegressionEvaluator#evaluate} gives a
 * {@link io.modellab.evalharness.spark.SparkRegressionEvaluation}, the single-machine {@code RegressionEvaluator}'s
 * folder without regression_predictions.json: every metric from exact, order-independent sums (long accumulators
 * rounded once), the median absolute error and the quantile buckets by an exact distributed radix selection (a few
 * passes of 16-bit digit histograms), headline intervals as BCa over Poisson replicates with the exact row jackknife
 * (percentile above 5,000 rows, as on the single machine), each slice's RMSE interval over per-slice Poisson replicate
 * sums (the single machine resamples the slice's rows), failure examples from bounded heaps, and the scatter plots
 * from a deterministic sample of rows (the smallest hashes of seed and id).
 *
 * <p>Ranking: {@link io.modellab.evalharness.spark.SparkRankingEvaluator#evaluate} takes a ranking system's
 * candidates and the judgments as two Datasets ({@link io.modellab.evalharness.spark.RankingColumns}), cogroups them
 * by query id (a query's rows are collected on one executor), scores each query with the metrics module's
 * {@code RankingMetrics.perQuery} and folds the queries into exact means
 * ({@link io.modellab.evalharness.metrics.QueryMeans}), Poisson replicates and bounded failure lists; then
 * {@link io.modellab.evalharness.spark.SparkRankingEvaluation#writeFolder} writes the folder the single machine's
 * {@code RankingEvaluator} writes without a system to stress: its metrics.json, slices.json
 * ({@code QuerySlices}), failure_examples.json and failure_modes.md ({@code QueryFailures}) byte for byte, BCa
 * intervals over Poisson replicates with an exact jackknife, and no rankings.json ({@code files.rows_not_written}).
 *
 * <p>Defaults and limits: the single-machine defaults (threshold 0.5, 1000 resamples, 95 %, the default slices of
 * spec 4.4.1 with the key feature's 5 most frequent values, slices under 30 rows flagged); binary classification,
 * regression and ranking (one query's candidates must fit an executor's memory); memory grows with the number of distinct
 * scores (and, for the bootstrap, times the resamples) and with the distinct cells of the feature columns, never with
 * rows; every row count in the folder is 64-bit; headline intervals are BCa over Poisson replicates, not over
 * multinomial resamples.
 * Spark 4 (Scala 2.13) is a {@code provided} dependency: the cluster brings its own.
 */
package io.modellab.evalharness.spark;
