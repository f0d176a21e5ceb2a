package io.modellab.evalharness.core.data;

/** How a text cell is read as a number, the one rule every module shares. */
public final class Cells {

    private Cells() {
    }

    /**
     * The cell as a finite number, or {@code null} when it is missing or not a finite decimal number ("NaN",
     * "Infinity" and hexadecimal are not numbers here). Surrounding blanks are ignored.
     */
    public static Double finiteNumber(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.trim();
        if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    /** Whether the cell is missing or a finite number. */
    public static boolean isMissingOrNumber(String cell) {
        return cell == null || finiteNumber(cell) != null;
    }
}
