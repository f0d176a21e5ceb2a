package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.schema.PreprocessingStep;
import io.modellab.evalharness.core.schema.SignatureFeature;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Output;

/**
 * The fitted preprocessing of a template: how a table row becomes a Tribuo example. It is fitted on train rows only,
 * says what it learned from them ({@link #fitRecords()}, which the leakage rules check) and writes itself into a
 * saved model's signature ({@link #features()}, {@link #steps()}), from which {@link SavedModel} rebuilds it.
 */
public interface RowEncoder {

    /**
     * The example of one row.
     *
     * @throws IllegalArgumentException naming the row and column when a cell cannot be encoded
     */
    <T extends Output<T>> Example<T> example(Table table, int row, T output);

    /** What each fitted step saw and learned, in the order the steps run. */
    List<FitRecord> fitRecords();

    /** The input columns, in order, with their types. */
    List<SignatureFeature> features();

    /** The fitted steps with what they learned, for the signature. */
    List<PreprocessingStep> steps();
}
