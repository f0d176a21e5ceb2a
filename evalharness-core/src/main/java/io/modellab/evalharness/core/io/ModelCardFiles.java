package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import jakarta.validation.groups.Default;
import java.nio.file.Path;

/**
 * Reads any model card and writes ModelLab's own.
 *
 * <pre>{@code
 * ModelCard card = ModelCardFiles.read(Path.of("model_card.json"));   // ours or another system's
 * ModelCardFiles.write(runDir.resolve(RunFolder.MODEL_CARD), card);    // every section, validated strictly
 * }</pre>
 *
 * <p>Reading is tolerant (see {@link ModelCard}): missing sections, nulls, unknown fields and other spellings of the
 * enumerated values are accepted and kept. A value of the wrong JSON type is still an
 * {@link InvalidArtifactException} naming its path. Writing checks the card against the
 * {@link ModelCard.Written} group as well, so a card of ours always has every section.
 */
public final class ModelCardFiles {

    private ModelCardFiles() {
    }

    /** Reads a card file, tolerantly. */
    public static ModelCard read(Path file) {
        return ArtifactReader.read(file, ModelCard.class);
    }

    /** Parses card JSON, tolerantly; {@code source} names the input in errors. */
    public static ModelCard parse(byte[] json, String source) {
        return ArtifactReader.parse(json, ModelCard.class, source);
    }

    /** The card's canonical bytes after the strict check. */
    public static byte[] bytes(ModelCard card) {
        ArtifactValidator.requireValid(RunFolder.MODEL_CARD, card, Default.class, ModelCard.Written.class);
        return Json.toBytes(card);
    }

    /** Checks the card strictly and writes it atomically (replacing an older card of the same run). */
    public static Path write(Path file, ModelCard card) {
        AtomicFiles.write(file, bytes(card));
        return file;
    }
}
