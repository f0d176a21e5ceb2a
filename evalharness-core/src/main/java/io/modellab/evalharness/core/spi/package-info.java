/**
 * The small interfaces other modules and users implement: {@link io.modellab.evalharness.core.spi.EvalPipeline}, a
 * user's own model as the harness and the Maven plugin run it.
 */
package io.modellab.evalharness.core.spi;
