package io.modellab.evalharness.core.spi;

/**
 * What a pipeline's model is, in the words its model card shows. Every field may be {@code null}: a card says
 * nothing rather than guess.
 *
 * @param architecture what the model is, in a sentence, e.g. "L2-regularised logistic regression (liblinear) on
 *     standardised numeric columns and one-hot categoricals"
 * @param framework the library that trained it, with its version
 * @param lossFunction the loss minimised in training, {@code null} when nothing is minimised
 * @param device where it computed: {@code CPU} or {@code GPU}
 * @param precision numeric precision, e.g. {@code float64}
 * @param numericEncoder how the model encodes a column whose training values are all numbers
 * @param categoricalEncoder how it encodes any other column
 * @param readsFeatures whether predictions depend on the features at all ({@code false} for a baseline that
 *     always predicts the majority label), {@code null} when unknown
 */
public record ModelDescription(String architecture, String framework, String lossFunction, String device,
                               String precision, String numericEncoder, String categoricalEncoder,
                               Boolean readsFeatures) {

    /** Nothing known: what a pipeline that does not describe itself gets on its card. */
    public static final ModelDescription UNKNOWN = new ModelDescription(null, null, null, null, null, null, null, null);
}
