package io.modellab.evalharness.plots.html;

import java.util.List;

/**
 * What the side-by-side page of several model cards shows: one column per card, one row per compared value (name,
 * metrics, quality assessment, rows), every value formatted.
 *
 * @param cards the column heads, in the order given
 * @param rows the compared values
 */
public record CardComparisonView(List<Column> cards, List<Row> rows) {

    /** A card's column head; {@code href} links its own page, or is {@code null}. */
    public record Column(String label, String href) {
    }

    /** One compared value across the cards; {@code tooltip} says what it is. */
    public record Row(String label, String tooltip, List<Cell> cells) {
    }

    /** One card's value; {@code badge} is the colour class when the value is shown as a badge, else {@code null}. */
    public record Cell(String text, String badge) {
    }
}
