/**
 * One error-message factory per way a ModelLab assertion fails, laid out as AssertJ's own
 * ({@code Expecting ...: value / to be at least: bound}), each naming the run, the metric, the value, its interval or
 * why it has none, and the bound. Assertions in {@link io.modellab.assertj} throw
 * {@code assertionError(factory)}, so a user's {@code as(...)} description and {@code withFailMessage(...)} apply as
 * they do in AssertJ.
 */
package io.modellab.assertj.error;
