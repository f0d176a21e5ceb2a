package io.modellab.evalharness.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/** The one look of every chart: bundled font, fixed sizes, colours and number locale, white background. */
public final class PlotStyle {

    /** Chart width in pixels. */
    public static final int WIDTH = 640;
    /** Chart height in pixels. */
    public static final int HEIGHT = 480;

    /** The main series (matplotlib's first colour, familiar to Python users). */
    static final Color PRIMARY = new Color(0x1f, 0x77, 0xb4);
    /** The second series, e.g. the baseline or the errors. */
    static final Color SECONDARY = new Color(0xff, 0x7f, 0x0e);
    /** Reference lines: chance, identity, the overall value. */
    static final Color REFERENCE = Color.GRAY;

    private static final Font BASE = loadFont();

    private PlotStyle() {
    }

    /** Applies the font, sizes, colours and {@link Locale#ROOT} number format to an axes chart's styler. */
    public static void apply(AxesChartStyler styler) {
        styler.setChartTitleFont(font(16f));
        styler.setLegendFont(font(12f));
        styler.setAxisTitleFont(font(13f));
        styler.setAxisTickLabelsFont(font(11f));
        styler.setAnnotationTextFont(font(11f));
        styler.setAnnotationTextPanelFont(font(11f));
        styler.setToolTipFont(font(11f));
        styler.setBaseFont(font(12f));
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.DARK_GRAY);
        styler.setChartFontColor(Color.BLACK);
        if (!(styler instanceof HeatMapStyler)) {
            // A heat map's legend is its colour scale, which XChart only puts outside.
            styler.setLegendPosition(Styler.LegendPosition.InsideSE);
        }
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
    }

    /** The bundled font at a size. */
    static Font font(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    /** A solid line. */
    static BasicStroke solid(float width) {
        return new BasicStroke(width);
    }

    /** A dashed reference line. */
    static BasicStroke dashed() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }

    private static Font loadFont() {
        try (InputStream in = PlotStyle.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("bundled font fonts/DejaVuSans.ttf is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font is not a TrueType font", e);
        }
    }
}
