package io.modellab.tracker.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 helpers: a new digest, and the manifest checksum of a folder's files. */
final class Sha256 {

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The SHA-256 of the manifest {@code <sha256>  <name>\n}, one line per file in the given (name) order: what
     * {@code LC_ALL=C sha256sum *.csv | sha256sum} prints in the folder.
     */
    static String ofManifest(List<String> names, List<String> sha256s) {
        StringBuilder manifest = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            manifest.append(sha256s.get(i)).append("  ").append(names.get(i)).append('\n');
        }
        return HexFormat.of().formatHex(newDigest().digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
