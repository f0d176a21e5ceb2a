/**
 * Baseline-first training templates on Tribuo 4.3.2, with preprocessing that records what it saw.
 *
 * <h2>Templates</h2>
 * <ul>
 *   <li>A, tabular classification ({@link io.modellab.templates.ClassifierTemplate}, trained by
 *       {@link io.modellab.templates.ClassifierTraining}): {@code most_frequent} (Tribuo's dummy classifier, the
 *       baseline; it gives no probabilities, so it reports 1 for its label), {@code logistic_regression} (liblinear,
 *       L2, C = 1, on standardised numerics) and {@code xgboost} (50 trees, depth 6, eta 0.3, one thread).</li>
 *   <li>B, tabular regression ({@link io.modellab.templates.RegressorTemplate},
 *       {@link io.modellab.templates.RegressionTraining}): {@code mean}, {@code linear_regression} (LARS run to the
 *       end, which is ordinary least squares) and {@code xgboost} (squared error).</li>
 *   <li>C, text classification ({@link io.modellab.templates.TextClassifierTraining}): TF-IDF
 *       ({@link io.modellab.templates.TfIdfVectorizer}) and liblinear logistic regression, as a pipeline
 *       {@link io.modellab.templates.TextTemplatePipeline}. The transformer
 *       fine-tune is an extension point, {@link io.modellab.templates.TextFineTune}, with no implementation shipped
 *       (weights cannot be downloaded at run time).</li>
 * </ul>
 * Each template has a typed config ({@link io.modellab.templates.TemplateConfig}: hyperparameters and seed, Jakarta
 * constraints, errors naming the snake_case field). Same config, same rows ⇒ bit-identical predictions (XGBoost
 * runs on one thread by default; trainers are made fresh for every training).
 *
 * <h2>Preprocessing</h2>
 * {@link io.modellab.templates.TabularEncoding} imputes (numeric: train mean or median; categorical: most frequent
 * train category), standardises numerics (logistic and linear regression only) and one-hot encodes categoricals (a
 * category unseen in training gets no indicator). Each step is fitted on the train rows only and writes a
 * {@link io.modellab.evalharness.core.rules.FitRecord} (rows seen, categories and statistics learned), which the
 * leakage rule {@code fit_on_train_only} checks. The TF-IDF vocabulary records its rows and tokens the same way.
 *
 * <h2>Runs, saved models, logs</h2>
 * {@link io.modellab.templates.TemplatePipeline} (template A) and {@link io.modellab.templates.TextTemplatePipeline}
 * (template C) are {@link io.modellab.evalharness.core.spi.EvalPipeline}s.
 * {@link io.modellab.templates.BinaryExperiment} runs a baseline and a candidate pipeline as tracked runs (the demo
 * and {@code mvn modellab:eval} are this class); {@link io.modellab.templates.RegressionExperiment} runs template B
 * (the mean baseline, then least squares and XGBoost) the same way and evaluates each run with the regression
 * evaluator (the regression demo is this class). After a run's leakage rules pass it writes
 * {@code predictions.sample.csv} ({@link io.modellab.templates.PredictionsSample}) and, for a Tribuo model, saves it
 * under {@code model/} with {@code signature.json} ({@link io.modellab.templates.SavedModel}); every stage, a
 * template's training stages included, goes to the progress listener and to {@code logs/run.log}
 * (through the run's {@link io.modellab.tracker.RunHandle#log(String)}). {@code SavedModel.load(runDir).predictor()} (or {@code .regressor()})
 * predicts bit for bit as the model that was saved. The model file itself is not byte-identical between two
 * trainings: Tribuo writes the training time into its provenance.
 *
 * <h2>Bringing your own model</h2>
 * <ul>
 *   <li>Any Tribuo classification model: {@code new TribuoPredictor(model, encoder, encoder.fitRecords())} with the
 *       {@link io.modellab.templates.RowEncoder} that made its training examples (a {@code TabularEncoding} fitted on
 *       the train rows, or your own). It is then a {@link io.modellab.evalharness.core.data.Predictor}; return it from
 *       your {@link io.modellab.evalharness.core.spi.EvalPipeline} and the run stresses it, saves it and writes its
 *       sample like a template's. A Tribuo regressor: {@link io.modellab.templates.TribuoRegressor}.</li>
 *   <li>Any other JVM model (XGBoost4J, Smile, ONNX Runtime, DJL): implement
 *       {@link io.modellab.evalharness.core.data.Predictor} (rows in, class probabilities out) or
 *       {@link io.modellab.evalharness.core.data.ValuePredictor} for a regressor, and an {@code EvalPipeline} that fits
 *       it on the train rows and reports its fit records. The run evaluates and stresses it and writes its predictions sample;
 *       saving the model is then yours (the {@code model/} folder is written for Tribuo models only).</li>
 * </ul>
 *
 * <h2>Retrieval</h2>
 * The BM25 retriever of the ranking template (Apache Lucene) is in {@link io.modellab.templates.retrieval}.
 */
package io.modellab.templates;
