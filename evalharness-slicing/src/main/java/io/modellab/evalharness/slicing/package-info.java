/**
 * Where a model fails: slices of the evaluated rows, their metrics next to the overall ones, and the rows a
 * person should look at.
 *
 * <ul>
 *   <li>{@link io.modellab.evalharness.slicing.Slices}: picks a slice's rows from its
 *       {@link io.modellab.evalharness.core.schema.SliceDefinition}, and builds the default categorical slices
 *       (the top categories of a key column);</li>
 *   <li>{@link io.modellab.evalharness.slicing.SliceRunner}: computes each slice's metrics and delta from
 *       overall, flags slices below the minimum size, and orders them worst first;</li>
 *   <li>{@link io.modellab.evalharness.slicing.FailureSelector}: the spec's three failure rules for a binary
 *       classifier, each with a stable order (ties broken by row id).</li>
 * </ul>
 * The runner is task-agnostic: it takes a function from row positions to metrics.
 */
package io.modellab.evalharness.slicing;
