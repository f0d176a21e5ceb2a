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
 *   <li>{@link io.modellab.tracker.RunStore}: run.json and leakage.json of each run, and
 *       {@link io.modellab.tracker.RunHandle}, a run's life cycle (RUNNING, then DONE or FAILED with the reason);</li>
 *   <li>{@link io.modellab.tracker.RunRules}: the leakage rules (leakage.json, failing hard) and the baseline-first
 *       check of an improved run against the stored baseline;</li>
 *   <li>{@link io.modellab.tracker.GitCodeVersion}: the commit a run came from (a run without one is invalid);</li>
 *   <li>{@link io.modellab.tracker.card.ModelCards}: a finished run's model card (model_card.json and its page);</li>
 *   <li>{@link io.modellab.tracker.ranking.RankingEvaluator}: the same eval folder for a ranking system's candidate
 *       lists (rankings.json instead of predictions.json), with latency.json beside it;</li>
 *   <li>{@link io.modellab.tracker.compare.RunComparison}: compare mode, pairing classification runs by row and
 *       ranking runs by query.</li>
 * </ul>
 * The facade stays thin: numbers come from evalharness-metrics, slices and failures from evalharness-slicing,
 * corruptions and the degradation table from evalharness-stress, plots from evalharness-plots.
 */
package io.modellab.tracker;
