package io.modellab.tracker.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One streaming read of a file's bytes: its SHA-256 and size, and a check that it is UTF-8 text which names the
 * line and character of the first byte that is not. Memory is two 64 KiB buffers, whatever the file's size.
 */
final class SourceScan {

    private static final int BUFFER = 1 << 16;

    /** What the scan found. */
    record Result(String sha256, long bytes) {
    }

    private SourceScan() {
    }

    /**
     * Scans {@code file}.
     *
     * @param name the file as errors name it
     * @throws CsvFormatException at the first byte that is not UTF-8
     */
    static Result of(Path file, String name) {
        MessageDigest sha = Sha256.newDigest();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bytes = new byte[BUFFER];
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        Position at = new Position();
        long total = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int n = stream.read(bytes, in.position(), in.remaining());
                boolean end = n < 0;
                if (!end) {
                    sha.update(bytes, in.position(), n);
                    in.position(in.position() + n);
                    total += n;
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    at.count(out);
                    if (result.isError()) {
                        throw CsvFormatException.atCharacter(name, at.line, at.column + 1, String.format(Locale.ROOT,
                                "byte 0x%02X (byte offset %d) is not valid UTF-8; expected UTF-8 text (save the file"
                                        + " as UTF-8)", in.get(in.position()) & 0xff, at.bytesBefore(in)));
                    }
                } while (result.isOverflow());
                at.consumed += in.position();
                in.compact();
                if (end) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new Result(HexFormat.of().formatHex(sha.digest()), total);
    }

    /** Line and character of the next undecoded byte. */
    private static final class Position {
        long line = 1;
        long column;
        long consumed;
        boolean first = true;

        void count(CharBuffer decoded) {
            decoded.flip();
            while (decoded.hasRemaining()) {
                char c = decoded.get();
                if (first && c == '\uFEFF') {
                    // A byte order mark is no character of the first line.
                } else if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
                first = false;
            }
            decoded.clear();
        }

        long bytesBefore(ByteBuffer in) {
            return consumed + in.position();
        }
    }
}
