/**
 * How results look: deterministic charts drawn with XChart.
 *
 * <p>The same data always gives the same PNG bytes, on any machine and JDK: every text is drawn with the
 * bundled DejaVu Sans ({@link io.modellab.evalharness.plots.PlotStyle}, Bitstream Vera licence beside the font
 * in {@code fonts/}), passed to XChart as a {@link java.awt.Font} object rather than looked up by name, sizes
 * are fixed, and the PNG encoder writes no time or metadata chunk. Rendering is headless; nothing here reads
 * system state. The static HTML reports will live here too.
 */
package io.modellab.evalharness.plots;
