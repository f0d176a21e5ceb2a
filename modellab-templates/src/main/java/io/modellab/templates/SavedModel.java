package io.modellab.templates;

import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.InferenceSignature;
import io.modellab.evalharness.core.schema.SchemaVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * A model saved in a run's {@code model/} folder: {@value #MODEL_FILE}, written by Tribuo's own serialisation
 * ({@link Model#serializeToStream}, protobuf), and {@value InferenceSignature#FILE}, the validated
 * {@link InferenceSignature} with the features, labels and every fitted preprocessing step. Loading rebuilds the
 * preprocessing from the signature, so a loaded model predicts every row bit for bit as the model that was saved.
 *
 * <p>The signature is byte-identical for the same rows and seed; the model file is not, since Tribuo writes the
 * training time and host into the model's provenance.
 *
 * @param signature the signature as read
 * @param model the Tribuo model
 * @param encoder the preprocessing, rebuilt from the signature
 */
public record SavedModel(InferenceSignature signature, Model<?> model, RowEncoder encoder) {

    /** The model file's name in the {@code model/} folder. */
    public static final String MODEL_FILE = "model.tribuo";

    /** The format named in the signature. */
    public static final String FORMAT = "tribuo-protobuf " + Tribuo.VERSION;

    /**
     * Saves a classifier into {@code <runDir>/model/}, all at once.
     *
     * @param runDir the run's folder
     * @param modelName the model's name as the run shows it
     * @param target the label column
     * @param trained the trained model
     * @return the {@code model/} folder
     * @throws java.io.UncheckedIOException when the folder exists (a run's model is written once) or cannot be written
     */
    public static Path save(Path runDir, String modelName, String target, TribuoPredictor trained) {
        InferenceSignature signature = new InferenceSignature(SchemaVersion.CURRENT, modelName,
                trained.labels().size() == 2 ? "binary_classification" : "multiclass_classification", MODEL_FILE,
                FORMAT, target, trained.encoding().features(), trained.labels(), trained.encoding().steps());
        return write(runDir, trained.model(), signature);
    }

    /** Saves a regressor into {@code <runDir>/model/}, all at once; see {@link #save(Path, String, String, TribuoPredictor)}. */
    public static Path save(Path runDir, String modelName, String target, TribuoRegressor trained) {
        InferenceSignature signature = new InferenceSignature(SchemaVersion.CURRENT, modelName, "regression",
                MODEL_FILE, FORMAT, target, trained.encoding().features(), java.util.List.of(),
                trained.encoding().steps());
        return write(runDir, trained.model(), signature);
    }

    private static Path write(Path runDir, Model<?> model, InferenceSignature signature) {
        ArtifactValidator.requireValid(InferenceSignature.FILE, signature);
        Path folder = runDir.resolve(RunFolder.MODEL_DIR);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            model.serializeToStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise model " + signature.model(), e);
        }
        AtomicFiles.createFolder(folder, dir -> {
            AtomicFiles.writeDurably(dir.resolve(MODEL_FILE), bytes.toByteArray());
            AtomicFiles.writeDurably(dir.resolve(InferenceSignature.FILE), Json.toBytes(signature));
        });
        return folder;
    }

    /**
     * Loads the model saved in {@code <runDir>/model/}.
     *
     * @throws io.modellab.evalharness.core.io.InvalidArtifactException when the signature is invalid, naming the field
     * @throws IllegalArgumentException when the model file does not match the signature
     * @throws UncheckedIOException when a file cannot be read
     */
    public static SavedModel load(Path runDir) {
        Path folder = runDir.resolve(RunFolder.MODEL_DIR);
        InferenceSignature signature = ArtifactReader.read(folder.resolve(InferenceSignature.FILE),
                InferenceSignature.class);
        Path file = folder.resolve(signature.modelFile());
        Model<?> model;
        try {
            model = Model.deserializeFromFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file, e);
        }
        boolean text = signature.features().stream().anyMatch(f -> f.type().equals("text"));
        RowEncoder encoder = text ? TfIdfVectorizer.fromSignature(signature.features(), signature.preprocessing())
                : TabularEncoding.fromSignature(signature.features(), signature.preprocessing());
        boolean regression = signature.task().equals("regression");
        if (!model.validate(regression ? Regressor.class : Label.class)) {
            throw new IllegalArgumentException(file + " holds a " + model.getClass().getSimpleName() + ", but "
                    + signature.model() + "'s signature says the task is " + signature.task());
        }
        return new SavedModel(signature, model, encoder);
    }

    /**
     * The loaded classifier as a {@link Predictor}.
     *
     * @throws IllegalStateException when the saved model is a regressor
     */
    @SuppressWarnings("unchecked")
    public TribuoPredictor predictor() {
        if (signature.task().equals("regression")) {
            throw new IllegalStateException(signature.model() + " is a regressor: use regressor()");
        }
        return new TribuoPredictor((Model<Label>) model, encoder, encoder.fitRecords());
    }

    /**
     * The loaded regressor as a {@link ValuePredictor}.
     *
     * @throws IllegalStateException when the saved model is a classifier
     */
    @SuppressWarnings("unchecked")
    public TribuoRegressor regressor() {
        if (!signature.task().equals("regression")) {
            throw new IllegalStateException(signature.model() + " is a classifier: use predictor()");
        }
        return new TribuoRegressor((Model<Regressor>) model, encoder, encoder.fitRecords());
    }
}
