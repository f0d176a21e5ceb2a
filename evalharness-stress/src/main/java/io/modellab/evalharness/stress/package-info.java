/**
 * How a model degrades when its inputs get worse: seeded corruption generators (missing values, label noise,
 * shuffled columns, Gaussian noise, category swaps, distribution shift) swept over severities, and the
 * degradation table written as {@code stress.json}.
 *
 * <p>A model enters only through {@link io.modellab.evalharness.core.data.Predictor}, so any JVM model can be
 * stressed. This module is filled by the stress-testing issue; it holds no code yet.
 */
package io.modellab.evalharness.stress;
