/**
 * AssertJ assertions on eval results, eval folders on disk, runs and comparisons, with one entry point,
 * {@link io.modellab.assertj.ModelLabAssertions}, in the manner of AssertJ's own extension modules.
 *
 * <pre>{@code
 * EvalAssert eval = assertThatEvalFolder(evalDir);
 * eval.hasNoLeakage().passesBaselineFirst();
 * eval.metric("roc_auc").lowerBound().isAtLeast(0.70);
 * eval.everySlice().hasMetricAtLeast("recall", 0.5);
 * assertThat(comparison).improves("roc_auc").significantly();
 * }</pre>
 *
 * <p>A failure message is laid out as AssertJ's ({@code Expecting ...: value / to be at least: bound}) by one
 * factory per failure in {@link io.modellab.assertj.error}, and names the metric, the run, the value, its confidence
 * interval (or why it has none) and the bound. Navigation methods ({@code metric}, {@code lowerBound},
 * {@code worstSlice}...) label the assert they return, e.g. "metric roc_auc of run ...", unless the test gave a
 * description of its own with {@code as(...)}, which then carries over.
 *
 * <p>Defaults and limits:
 * <ul>
 *   <li>"No leakage" and "every slice" never pass on nothing: a missing leakage report, or no slice to check, fails
 *   and says so.</li>
 *   <li>{@code everySlice()} checks slices of at least slices.json's minimum size unless
 *   {@code includingSmallSlices()} is called; {@code worstSlice()} is the first slice of slices.json (worst first)
 *   that reaches that size.</li>
 *   <li>{@code lowerBound()} and {@code upperBound()} exist for the metrics confidence_intervals.json covers (the
 *   headline metrics); slices carry no interval.</li>
 *   <li>Which way a metric improves comes from {@link io.modellab.evalharness.core.MetricDirection}, as in compare
 *   mode; {@code significantly()} needs the comparison's paired bootstrap interval, which exists only for runs on the
 *   same dataset version and split.</li>
 *   <li>Folders are read when the assert is made; a missing file or one that breaks its schema fails the test, naming
 *   the file and the bad field.</li>
 * </ul>
 *
 * <p>{@link io.modellab.assertj.junit} holds the JUnit 5 extension that gives a test a fresh artifacts root and keeps
 * it when the test fails.
 */
package io.modellab.assertj;
