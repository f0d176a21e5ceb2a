/**
 * The artifact contract of ModelLab: what every evaluation writes to disk and the small interfaces the
 * other modules implement.
 *
 * <p>This module carries no ML, plotting or Maven dependency, only Jackson and Jakarta Validation, so
 * that someone who only wants to read the files can depend on it alone. Sub-packages:
 * <ul>
 *   <li>{@link io.modellab.evalharness.core.schema}: one record per file of the eval folder and run.json;</li>
 *   <li>{@link io.modellab.evalharness.core.io}: JSON, validation on read, atomic writers;</li>
 *   <li>{@link io.modellab.evalharness.core.data}: tables of rows and the {@code Predictor} a model enters through;</li>
 *   <li>{@link io.modellab.evalharness.core.rules}: the no-leakage and baseline-first rules that fail a run hard.</li>
 * </ul>
 * {@link io.modellab.evalharness.core.Names} checks every name that becomes a path;
 * {@link io.modellab.evalharness.core.MetricDirection} says which way each metric gets better.
 */
package io.modellab.evalharness.core;
