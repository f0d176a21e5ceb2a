/**
 * How a model degrades when its inputs get worse: seeded corruptions swept over severities, and the degradation
 * table that stress.json records (spec 4.4.1 and 4.4.2).
 *
 * <p>A model enters only through {@link io.modellab.evalharness.core.data.Predictor} (a classifier, scored by
 * {@link io.modellab.evalharness.stress.BinaryTask}) or {@link io.modellab.evalharness.core.data.ValuePredictor} (a
 * regressor, scored by {@link io.modellab.evalharness.stress.RegressionTask}), so any JVM model can be stressed. {@link io.modellab.evalharness.stress.StressSweep} predicts the clean test rows, then each corrupted copy,
 * and compares every metric with a paired bootstrap of the difference (clean and corrupted predictions resampled on
 * the same rows; the percentile interval, as compare mode's). Corruptions, each a
 * {@link io.modellab.evalharness.stress.Corruption} with a severity in [0, 1]:
 * <ul>
 *   <li>{@link io.modellab.evalharness.stress.MissingValues}: a share of the present cells set missing, across
 *       columns or in one;</li>
 *   <li>{@link io.modellab.evalharness.stress.LabelNoise} (classification only): a share of the test labels changed;
 *       the predictions stay, so it measures the evaluation's sensitivity, and it is never called the most damaging
 *       corruption;</li>
 *   <li>{@link io.modellab.evalharness.stress.ShuffleColumn}: one column's cells passed round among a share of the
 *       rows; at severity 1 it gives each column's permutation importance, which every sweep reports;</li>
 *   <li>{@link io.modellab.evalharness.stress.GaussianNoise}: numeric cells moved by noise whose standard deviation
 *       is the severity times the column's;</li>
 *   <li>{@link io.modellab.evalharness.stress.CategorySwap}: a share of categorical cells changed to another
 *       category seen in the column;</li>
 *   <li>{@link io.modellab.evalharness.stress.DistributionShift}: the model trained again without a share of one
 *       segment's training rows (a category, or a numeric range) and tested on that segment; it needs a
 *       {@link io.modellab.evalharness.stress.Trainer}.</li>
 * </ul>
 *
 * <p>Defaults ({@link io.modellab.evalharness.stress.StressOptions#of}): severities 0, 10, 20 and 40 %; ROC-AUC,
 * accuracy and F1 (RMSE, MAE and R² for a regression), the first also ranking columns and corruptions (the most
 * damaging is the one that makes it worst: lower, or higher for an error); 1000 resamples; 95 % intervals;
 * {@link io.modellab.evalharness.stress.StandardCorruptions} shuffles the column permutation importance ranks first.
 * On credit-g's 300 test rows a standard sweep of a logistic regression costs well under a second.
 *
 * <p>Guarantees: the caller's rows are never changed; severity 0 is the clean data exactly; for one seed a higher
 * severity touches a superset of the cells; every random draw derives from the seed and the corruption's name, so the
 * table is identical in every run and on any number of threads (the predictor is only ever called from one thread at a
 * time; intervals are spread over threads). Where a corruption leaves every score and label as it was (a column the
 * model ignores) each difference and its interval are exactly 0.
 *
 * <p>Limits: binary classification and regression through this sweep; a ranking's corruptions (corrupted queries,
 * retriever parameter shifts) are {@link io.modellab.evalharness.stress.QueryCorruptions}, run by the ranking
 * evaluator.
 * Severities are shares in [0, 1], so Gaussian noise goes up to one standard deviation. The predictor is called once
 * per column (permutation importance) and once per corruption and severity above 0, on one thread.
 */
package io.modellab.evalharness.stress;
