package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Model card pages: one card ({@code model_card.html}) and several side by side. Any card in the Featrix Sphere
 * format renders, ours or another system's, following the spec's rendering guidelines: a header with name, type and
 * status; the warnings first, expandable; a metrics dashboard (a sidebar on wide screens, stacked above the rest on
 * narrow ones) with a tooltip explaining each metric; the data summary; the feature inventory, searchable, filterable
 * by type and sortable; the loss progression chart when the card has the losses; technical details and provenance
 * collapsed; and every section or field this page does not know, as the card gives it. Colours are the spec's:
 * status DONE green, TRAINING yellow, FAILED red; assessment EXCELLENT green, GOOD blue, FAIR yellow, POOR orange,
 * UNKNOWN gray; severity HIGH red, MODERATE yellow, LOW blue.
 *
 * <pre>{@code
 * ModelCardPages.write(runDir.resolve("model_card.html"), ModelCardFiles.read(runDir.resolve("model_card.json")));
 * }</pre>
 *
 * <p>The same card gives the same bytes. Every string from the card is escaped for where it lands.
 */
public final class ModelCardPages {

    private ModelCardPages() {
    }

    /**
     * One card of a comparison.
     *
     * @param label how the column is headed, e.g. the file it came from
     * @param href a link to the card's own page, relative to the comparison's page, or {@code null}
     * @param card the card
     */
    public record Entry(String label, String href, ModelCard card) {
        /** Checks the card and label are given. */
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(card, "card");
        }
    }

    /** What a card's page shows. */
    public static ModelCardView view(ModelCard card) {
        return ModelCardViews.view(card);
    }

    /** A card's page. */
    public static String render(ModelCard card) {
        return Pages.render("model-card.jte", view(card));
    }

    /** Writes a card's page atomically; returns {@code page}. */
    public static Path write(Path page, ModelCard card) {
        AtomicFiles.write(page, render(card).getBytes(StandardCharsets.UTF_8));
        return page;
    }

    /** What the comparison page shows. */
    public static CardComparisonView comparisonView(List<Entry> cards) {
        return CardComparisons.view(cards);
    }

    /** The page comparing cards side by side, in the order given. */
    public static String renderComparison(List<Entry> cards) {
        return Pages.render("model-card-compare.jte", comparisonView(cards));
    }

    /** Writes the comparison page atomically; returns {@code page}. */
    public static Path writeComparison(Path page, List<Entry> cards) {
        AtomicFiles.write(page, renderComparison(cards).getBytes(StandardCharsets.UTF_8));
        return page;
    }
}
