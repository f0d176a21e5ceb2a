package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** How a dataset column's values are distributed, as the dataset explorer shows them. */
public final class DistributionPlots {

    /** File base name of {@link #histogram} (followed by the column's position). */
    public static final String HISTOGRAM = "histogram_";

    private DistributionPlots() {
    }

    /**
     * A column's histogram as its profile stores it: one bar per bin, labelled by the bin's centre with just enough
     * decimals to tell neighbours apart. The file is {@code histogram_<position>}.
     *
     * @param column the column's name, shown in the title (cut after 60 characters)
     * @param position the column's 1-based position, which names the file (column names need not be safe)
     * @param edges the bin edges, ascending, one more than {@code counts}
     * @param counts values per bin
     */
    public static Plot histogram(String column, int position, double[] edges, long[] counts, ImageFormat format) {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException(edges.length + " edges for " + counts.length + " bins; expected one more"
                    + " edge than bins");
        }
        Plots.requireFinite("edge", edges);
        double binWidth = (edges[edges.length - 1] - edges[0]) / counts.length;
        double largest = Math.max(Math.abs(edges[0]), Math.abs(edges[edges.length - 1]));
        List<String> names = new ArrayList<>();
        double[] values = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            names.add(label((edges[b] + edges[b + 1]) / 2, binWidth, largest));
            values[b] = counts[b];
        }
        String name = column.length() > 60 ? column.substring(0, 59) + "\u2026" : column;
        CategoryChart chart = new CategoryChartBuilder().width(PlotStyle.WIDTH).height(PlotStyle.HEIGHT)
                .title(name).xAxisTitle("Value (bin centre)").yAxisTitle("Rows").build();
        PlotStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setAvailableSpaceFill(0.95);
        chart.addSeries("rows", names, Plots.boxed(values)).setFillColor(PlotStyle.PRIMARY);
        return format.plot(HISTOGRAM + position, chart);
    }

    /**
     * A bin centre with as many decimals as the bin width needs, so neighbours never share a label (whole numbers for
     * bins 1 or more wide, one decimal for bins 0.1 to 1 wide...); four significant digits in scientific notation for
     * values past a billion or bins narrower than a billionth.
     */
    static String label(double centre, double binWidth, double largest) {
        int decimals = binWidth == 0 ? 2 : (int) Math.max(0, Math.ceil(-Math.log10(binWidth)));
        if (largest >= 1e9 || decimals > 9) {
            return String.format(Locale.ROOT, "%.4g", centre);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", centre);
    }
}
