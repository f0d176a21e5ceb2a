/**
 * Baseline-first training templates on Tribuo.
 *
 * <p>{@link io.modellab.templates.ClassifierTemplate} names the tabular classification models:
 * {@code most_frequent} (Tribuo's dummy classifier, the baseline) and {@code logistic_regression} (liblinear's
 * L2-regularised logistic regression on standardised features, the first improvement).
 * {@link io.modellab.templates.TabularEncoding} turns table rows into Tribuo examples: a column is numeric when
 * every non-missing training cell parses as a number, otherwise categorical and one-hot encoded as
 * {@code column=value}; kinds and the category vocabulary come from training rows only. A missing cell is left
 * out of its example (Tribuo's sparse zero, which after standardisation is the training mean), and a category
 * never seen in training has no weight.
 *
 * <p>A trained model enters the evaluation through {@link io.modellab.templates.TribuoPredictor}, an
 * {@link io.modellab.evalharness.core.data.Predictor}; any Tribuo classification model can be wrapped the same way.
 * {@link io.modellab.templates.TemplatePipeline} returns it with its scores, so that
 * {@link io.modellab.templates.BinaryExperiment} can have the evaluation stress it, and fit the pipeline again on part
 * of the train rows for the distribution shift.
 *
 * <p>Retrieval (Lucene BM25) templates are in {@link io.modellab.templates.retrieval}.
 */
package io.modellab.templates;
