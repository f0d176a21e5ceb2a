/**
 * The small interfaces other modules and users implement: {@link io.modellab.evalharness.core.spi.EvalPipeline}, a
 * user's own model as the harness and the Maven plugin run it, and the
 * {@link io.modellab.evalharness.core.spi.ModelDescription} of its model that its model card shows.
 */
package io.modellab.evalharness.core.spi;
