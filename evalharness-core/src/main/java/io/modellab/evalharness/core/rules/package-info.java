/**
 * The rules that fail a run hard: no leakage and baseline first.
 *
 * <p><b>No leakage.</b> A pipeline exposes its {@link io.modellab.evalharness.core.rules.DataSplit} (row keys of
 * train, validation and test, and optionally a time column or a group column) and a
 * {@link io.modellab.evalharness.core.rules.FitRecord} for every fitted step (which rows it saw, which categories
 * it learned, and for the reader which statistics it learned). {@link io.modellab.evalharness.core.rules.LeakageChecker} runs the
 * {@link io.modellab.evalharness.core.rules.LeakageRule}s over them:
 * <ol>
 *   <li>{@code split_disjoint}: no validation or test row in train, by key and by content hash of its feature and
 *       label values (exact duplicates only);</li>
 *   <li>{@code fit_on_train_only}: every step saw train rows only, and no learned category occurs only outside
 *       train (this catches an encoder fitted on all rows even without a record of the rows it saw);</li>
 *   <li>{@code time_ordered}: with a declared time column, every train time is before every validation time, and
 *       those before every test time;</li>
 *   <li>{@code groups_on_one_side}: with a declared group column, no group is on two sides;</li>
 *   <li>{@code target_proxy} (in evalharness-metrics, a warning only): a single feature that separates the label
 *       almost perfectly on train.</li>
 * </ol>
 * A failed rule yields a {@link io.modellab.evalharness.core.schema.LeakageReport} (written as leakage.json)
 * and a {@link io.modellab.evalharness.core.rules.LeakageException} whose message names the rule, the run and
 * the evidence.
 *
 * <p><b>Baseline first.</b> {@link io.modellab.evalharness.core.rules.BaselineFirst} decides whether an improved
 * run may claim an improvement: its baseline must exist, be DONE, be a baseline, and use the same dataset
 * version and split.
 */
package io.modellab.evalharness.core.rules;
