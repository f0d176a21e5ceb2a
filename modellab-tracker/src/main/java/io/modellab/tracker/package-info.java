/**
 * Projects, runs over time, and the {@link io.modellab.tracker.EvalHarness} facade that turns one model's predictions
 * into a complete eval folder.
 *
 * <ul>
 *   <li>{@link io.modellab.tracker.ProjectStore}: projects under an artifacts root ({@code <project>/project.json}),
 *       created once and listed by name; their dataset versions are in {@link io.modellab.tracker.data};</li>
 *   <li>{@link io.modellab.tracker.EvalHarness}: metrics, bootstrap intervals, slices, failure examples, a plot,
 *       the five-sentence takeaway and repro.md, and when the request carries the model its stress table
 *       (stress.json and the degradation plots), written atomically under
 *       {@code <artifacts>/<project>/<run_id>/eval/};</li>
 *   <li>{@link io.modellab.tracker.RunStore}: the runs of a project ({@code <project>/<run_id>/}: run.json,
 *       {@code logs/run.log}, leakage.json, artifacts), listed oldest first and filtered by
 *       {@link io.modellab.tracker.RunFilter state, dataset version, tag and kind}, each read as a
 *       {@link io.modellab.tracker.RunEntry} whose {@link io.modellab.tracker.RunState} checks the recorded status
 *       against the folder (a DONE run's listed files) and the owning process (a RUNNING run whose process is gone is
 *       STALE); {@link io.modellab.tracker.RunHandle}, a run's life cycle (RUNNING, then DONE as its last write, or
 *       FAILED with the reason) and its log; {@link io.modellab.tracker.RunConfigs}, a typed config record plus a
 *       free-form map as run.json's config;</li>
 *   <li>{@link io.modellab.tracker.RunRules}: the leakage rules (leakage.json, failing hard) and the baseline-first
 *       check of an improved run against the stored baseline;</li>
 *   <li>{@link io.modellab.tracker.GitCodeVersion}: the commit a run came from (a run without one is invalid);</li>
 *   <li>{@link io.modellab.tracker.card.ModelCards}: a finished run's model card (model_card.json and its page);</li>
 *   <li>{@link io.modellab.tracker.RegressionEvaluator}: the same eval folder for a regressor's test predictions
 *       ({@link io.modellab.tracker.RegressionRequest}; regression_predictions.json instead of predictions.json), with
 *       stress tests through a {@link io.modellab.evalharness.core.data.ValuePredictor};
 *       {@link io.modellab.tracker.EvalParts}, the pieces the evaluators build alike;</li>
 *   <li>{@link io.modellab.tracker.ranking.RankingEvaluator}: the same eval folder for a ranking system's candidate
 *       lists (rankings.json instead of predictions.json), with latency.json beside it;</li>
 *   <li>{@link io.modellab.tracker.compare.RunComparison}: compare mode, pairing classification and regression runs
 *       by row and ranking runs by query.</li>
 * </ul>
 * <p>Limits of the run store: every write is atomic and creating, finishing and recovering runs hold a per-project
 * file lock, so threads and processes on one machine (or on a file system whose locks all its clients honour) can share
 * a project; whether a RUNNING run's process lives can be checked only on the host that runs it, so a run of another
 * host reads RUNNING until it finishes; a DONE run's files are checked by size when listed and by SHA-256 in
 * {@link io.modellab.tracker.RunStore#detail}; temporary files a killed writer leaves are listed, never deleted.
 *
 * <p>The facade stays thin: numbers come from evalharness-metrics, slices and failures from evalharness-slicing,
 * corruptions and the degradation table from evalharness-stress, plots from evalharness-plots.
 */
package io.modellab.tracker;
