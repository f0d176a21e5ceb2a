/**
 * How results look: deterministic charts drawn with XChart, as PNG or SVG ({@link io.modellab.evalharness.plots.ImageFormat}).
 *
 * <p>The same data always gives the same bytes, on any machine and JDK: every text is drawn with the bundled DejaVu
 * Sans ({@link io.modellab.evalharness.plots.PlotStyle}, Bitstream Vera licence beside the font in {@code fonts/}),
 * passed to XChart as a {@link java.awt.Font} object rather than looked up by name, sizes and the number locale are
 * fixed, and the PNG encoder writes no time or metadata chunk. Rendering is headless; nothing here reads system
 * state. Plots take the numbers the metrics module computed: {@link io.modellab.evalharness.plots.ClassificationPlots},
 * {@link io.modellab.evalharness.plots.RegressionPlots}, {@link io.modellab.evalharness.plots.SlicePlots},
 * {@link io.modellab.evalharness.plots.CurvePlots} (ranking metrics against K, degradation, recall against latency), and
 * {@link io.modellab.evalharness.plots.DistributionPlots} (a dataset column's histogram, from its profile);
 * {@link io.modellab.evalharness.plots.BinaryPlots} is a binary classifier's set, in the report's order, from numbers
 * the single machine computes from rows and Spark from merged histograms.
 *
 * <p>The static HTML pages are in {@link io.modellab.evalharness.plots.html}.
 */
package io.modellab.evalharness.plots;
