/**
 * Static, self-contained HTML pages that open from disk: the run report
 * ({@link io.modellab.evalharness.plots.html.RunReports}, {@code <run>/report.html}, with a stress section when the
 * eval folder has stress.json), the project's run history
 * ({@link io.modellab.evalharness.plots.html.ProjectIndex}, {@code <project>/index.html}), the dataset explorer
 * ({@link io.modellab.evalharness.plots.html.DatasetExplorer},
 * {@code <project>/datasets/<name>/<version>/explorer.html}), the compare report
 * ({@link io.modellab.evalharness.plots.html.CompareReports}), and model cards and their side-by-side comparison
 * ({@link io.modellab.evalharness.plots.html.ModelCardPages}, {@code <run>/model_card.html}, also from the command
 * line: {@link io.modellab.evalharness.plots.html.ModelCardCommand}).
 *
 * <p>Templates ({@code src/main/jte}) are compiled to Java by the jte Maven plugin with the HTML content type, so every
 * value is escaped for its context and a template error fails the build. Views are records of preformatted strings
 * ({@link java.util.Locale#ROOT}); the same files give byte-identical pages. Images are inlined as data URIs; each
 * page declares a Content-Security-Policy that allows no network request and only its one script (sortable and
 * filterable tables), by hash. Pages read fully without JavaScript.
 */
package io.modellab.evalharness.plots.html;
