/**
 * Build integration, goal prefix {@code modellab}: goals that profile, train, evaluate, compare and report, and
 * gates that fail the build on a broken baseline-first or no-leakage rule or a metric below its threshold.
 *
 * <p>Today the plugin has only the generated {@code modellab:help} goal; the plugin issue adds the others. The
 * rule engines live in the library modules, so a mojo only translates POM configuration.
 */
package io.modellab.maven;
