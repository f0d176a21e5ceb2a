package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.Names;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * One file of the eval folder's {@code plots/}, rendered while the folder is written.
 *
 * @param fileName a safe file name ending in {@code .png} or {@code .svg}
 * @param content writes the image's bytes
 */
public record Plot(String fileName, Content content) {

    /** Renders an image into a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the image; the same plot must always write the same bytes. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Checks the file name. */
    public Plot {
        Names.requireSafe("plot file", fileName);
        if (!fileName.endsWith(".png") && !fileName.endsWith(".svg")) {
            throw new IllegalArgumentException("plot file name \"" + fileName + "\" must end in .png or .svg");
        }
        Objects.requireNonNull(content, "content");
    }
}
