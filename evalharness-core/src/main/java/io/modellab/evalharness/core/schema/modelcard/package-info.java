/**
 * model_card.json, in the Featrix Sphere model card format: {@link io.modellab.evalharness.core.schema.modelcard.ModelCard}
 * and one record per section.
 *
 * <p>Unlike the eval folder's files, a model card may come from another system, so reading is tolerant: every
 * section is optional, nulls and empty lists are accepted, each record keeps the fields it does not know in its
 * {@code extra} map (written back as they were read), and enumerated values keep their spelling
 * ({@code ColumnType.SET}, {@code done}) with a {@code parse} method on
 * {@link io.modellab.evalharness.core.schema.modelcard.FeatureType},
 * {@link io.modellab.evalharness.core.schema.modelcard.CardStatus},
 * {@link io.modellab.evalharness.core.schema.modelcard.QualityAssessment} and
 * {@link io.modellab.evalharness.core.schema.modelcard.Severity} that reads them. The cards ModelLab writes are
 * validated strictly as well, with the
 * {@link io.modellab.evalharness.core.schema.modelcard.ModelCard.Written} group; the published
 * {@code model_card.schema.json} describes them. A value of the wrong JSON type (text where the spec has a number)
 * is still an error that names its path.
 */
package io.modellab.evalharness.core.schema.modelcard;
