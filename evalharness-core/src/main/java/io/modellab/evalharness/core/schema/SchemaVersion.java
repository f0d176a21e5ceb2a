package io.modellab.evalharness.core.schema;

/** The version of the file formats this library writes and reads. */
public final class SchemaVersion {

    /** Written into every file; a file with another version is refused on read. */
    public static final String CURRENT = "1";

    /** The anchored pattern of {@link #CURRENT}, for constraints and JSON Schemas. */
    public static final String PATTERN = "^" + CURRENT + "$";

    private SchemaVersion() {
    }
}
