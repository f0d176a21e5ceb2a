package io.modellab.evalharness.plots;

import io.modellab.evalharness.core.io.Plot;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Lets tests of other packages render a plot to bytes. */
public final class PlotsTestAccess {

    private PlotsTestAccess() {
    }

    /** The plot's bytes. */
    public static byte[] render(Plot plot) {
        try {
            return PlotsTest.render(plot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
