/**
 * Rows and models as the evaluation modules see them: a {@link io.modellab.evalharness.core.data.Table}
 * of raw cells, and a {@link io.modellab.evalharness.core.data.Predictor} through which any JVM model
 * (Tribuo, XGBoost4J, ONNX Runtime...) turns rows into {@link io.modellab.evalharness.core.data.ClassProbabilities}, a
 * regressor enters as a {@link io.modellab.evalharness.core.data.ValuePredictor} (one value per row), and a
 * retrieval system (Lucene BM25, a vector index, a reranker) enters as a {@link io.modellab.evalharness.core.data.Retriever}.
 *
 * <p>Cells are kept as the text they were read from ({@code null} when missing) so that nothing is lost
 * before a model's own preprocessing sees them.
 */
package io.modellab.evalharness.core.data;
