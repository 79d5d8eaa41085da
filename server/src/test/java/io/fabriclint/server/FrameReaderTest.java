package io.fabriclint.server;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The framing of the LSP base protocol, and how the reader finds its place again after a broken frame. */
class FrameReaderTest {
    static final String FIRST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
    static final String NEXT = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"text\":\"a } \\\" {\"}}";

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String frame(String json) {
        return "Content-Length: " + bytes(json).length + "\r\n\r\n" + json;
    }

    /** Every frame until the end of the input: a body as its text, a broken frame as "BROKEN: reason". */
    static List<String> frames(byte[] input) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(input));
        List<String> out = new ArrayList<>();
        for (FrameReader.Frame f = reader.next(); f != null; f = reader.next()) {
            out.add(f instanceof FrameReader.Body b ? new String(b.json(), StandardCharsets.UTF_8)
                    : "BROKEN: " + ((FrameReader.Broken) f).reason());
        }
        return out;
    }

    static List<String> frames(String input) throws IOException {
        return frames(bytes(input));
    }

    @Test
    void wellFormedFramesAreReadInOrder() throws IOException {
        assertEquals(List.of(FIRST, NEXT), frames(frame(FIRST) + frame(NEXT)));
    }

    @Test
    void otherHeadersAreIgnoredAndHeaderNamesAreCaseInsensitive() throws IOException {
        String input = "X-Trace: 1\r\ncontent-length: " + bytes(FIRST).length
                + "\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + FIRST
                + "\r\n" + "Content-Type: application/vscode-jsonrpc; charset=\"UTF8\"\r\n" + frame(NEXT);
        assertEquals(List.of(FIRST, NEXT), frames(input));
    }

    @Test
    void aNegativeContentLengthSkipsItsMessageOnly() throws IOException {
        List<String> got = frames("Content-Length: -5\r\n\r\n" + FIRST + frame(NEXT));
        assertEquals(List.of("BROKEN: Content-Length -5 is negative", NEXT), got);
    }

    @Test
    void aContentLengthThatIsNotANumberSkipsItsMessageOnly() throws IOException {
        assertEquals(List.of("BROKEN: Content-Length \"abc\" is not a number", NEXT),
                frames("Content-Length: abc\r\n\r\n" + FIRST + frame(NEXT)));
        assertEquals(List.of("BROKEN: Content-Length \"12.5\" is not a number", NEXT),
                frames("Content-Length: 12.5\r\n\r\n" + FIRST + frame(NEXT)));
        assertEquals(List.of("BROKEN: Content-Length is empty", NEXT), frames("Content-Length:\r\n\r\n" + FIRST + frame(NEXT)));
    }

    @Test
    void aMissingContentLengthSkipsItsMessageOnly() throws IOException {
        assertEquals(List.of("BROKEN: the header has no Content-Length", NEXT),
                frames("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + FIRST + frame(NEXT)));
        // No header at all: the JSON is not a header line.
        List<String> bare = frames(FIRST + "\r\n" + frame(NEXT));
        assertEquals(2, bare.size(), bare.toString());
        assertTrue(bare.get(0).startsWith("BROKEN: the header line \"{"), bare.get(0));
        assertEquals(NEXT, bare.get(1));
    }

    @Test
    void aContentLengthTooShortSkipsTheRestOfItsMessage() throws IOException {
        // Every possible cut of the first message, each followed by a valid one.
        for (int cut = 1; cut < bytes(FIRST).length; cut++) {
            List<String> got = frames("Content-Length: " + cut + "\r\n\r\n" + FIRST + frame(NEXT));
            assertEquals(List.of("BROKEN: the body ends inside its JSON: Content-Length " + cut
                    + " is shorter than the message", NEXT), got, "cut at " + cut);
        }
    }

    @Test
    void aContentLengthTooLongGivesTheMessageAndReadsTheRestAgain() throws IOException {
        String third = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
        int next = bytes(frame(NEXT)).length;
        for (int extra = 1; extra <= next; extra++) {
            FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes(
                    "Content-Length: " + (bytes(FIRST).length + extra) + "\r\n\r\n" + FIRST + frame(NEXT) + frame(third))));
            FrameReader.Body first = assertInstanceOf(FrameReader.Body.class, reader.next());
            assertEquals(FIRST, new String(first.json(), StandardCharsets.UTF_8));
            assertTrue(first.warning().contains("is longer than the JSON message"), first.warning());
            assertEquals(NEXT, text(reader.next()), "extra " + extra);
            assertEquals(third, text(reader.next()), "extra " + extra);
            assertNull(reader.next());
        }
    }

    @Test
    void aContentLengthOverTheLimitSkipsItsMessage() throws IOException {
        assertEquals(List.of("BROKEN: Content-Length 99999999999999999999 is over the limit of "
                + FrameReader.MAX_CONTENT_LENGTH + " bytes", NEXT), frames("Content-Length: 99999999999999999999\r\n\r\n"
                + FIRST + frame(NEXT)));
    }

    @Test
    void strayBytesBeforeAHeaderAreSkipped() throws IOException {
        assertEquals(List.of("BROKEN: \"garbage\" before a Content-Length header is not a header", NEXT),
                frames("garbage" + frame(NEXT)));
        assertEquals(List.of("BROKEN: \"\\x00\\x01\" before a Content-Length header is not a header", FIRST),
                frames("\u0000\u0001" + frame(FIRST)));
    }

    @Test
    void anEndlessHeaderLineIsSkipped() throws IOException {
        String junk = "x".repeat(3 * FrameReader.MAX_HEADER_LINE);
        assertEquals(List.of("BROKEN: a header line is longer than " + FrameReader.MAX_HEADER_LINE + " bytes", NEXT),
                frames(junk + frame(NEXT)));
    }

    @Test
    void aCharsetOtherThanUtf8IsRefusedButTheFramingHolds() throws IOException {
        String input = "Content-Length: " + bytes(FIRST).length + "\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n"
                + FIRST + frame(NEXT);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes(input)));
        FrameReader.Broken broken = assertInstanceOf(FrameReader.Broken.class, reader.next());
        assertEquals("the charset \"latin1\" is not supported (LSP messages are UTF-8)", broken.reason());
        assertEquals(FIRST, new String(broken.bytes(), StandardCharsets.UTF_8), "the message, for its id");
        assertEquals(NEXT, text(reader.next()));
    }

    @Test
    void aBodyThatIsNotJsonIsLeftToTheParserAndAnEmptyOneIsBroken() throws IOException {
        assertEquals(List.of("hello", NEXT), frames(frame("hello") + frame(NEXT)));
        assertEquals(List.of("BROKEN: the body is empty (Content-Length 0)", NEXT), frames("Content-Length: 0\r\n\r\n" + frame(NEXT)));
    }

    @Test
    void aBrokenFrameKeepsTheMessageItCutSoItsIdCanBeFound() throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes("Content-Length: 10\r\n\r\n" + FIRST + frame(NEXT))));
        FrameReader.Broken broken = assertInstanceOf(FrameReader.Broken.class, reader.next());
        assertEquals(FIRST, new String(broken.bytes(), StandardCharsets.UTF_8));
        reader = new FrameReader(new ByteArrayInputStream(bytes("Content-Length: x\r\n\r\n" + FIRST + frame(NEXT))));
        broken = assertInstanceOf(FrameReader.Broken.class, reader.next());
        assertEquals(FIRST, new String(broken.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theInputEndingAnywhereEndsTheFrames() throws IOException {
        String all = frame(FIRST);
        for (int end = 0; end < bytes(all).length; end++) {
            List<String> got = frames(all.substring(0, end));
            assertTrue(got.isEmpty() || got.stream().allMatch(s -> s.startsWith("BROKEN")), end + ": " + got);
        }
        assertEquals(List.of(FIRST), frames(all));
    }

    @Test
    void utf8BodiesAreCountedInBytes() throws IOException {
        String json = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"text\":\"é😀\"}}";
        assertEquals(List.of(json, NEXT), frames(frame(json) + frame(NEXT)));
    }

    /** Whatever lies between two frames (short of another Content-Length header), the frame after it is read. */
    @Property(tries = 2000)
    void theFrameAfterAnyJunkIsRead(@ForAll("junk") byte[] junk) throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(bytes(frame(FIRST)));
        input.writeBytes(junk);
        input.writeBytes(bytes(frame(NEXT)));
        List<String> got = frames(input.toByteArray());
        assertEquals(FIRST, got.get(0));
        assertEquals(NEXT, got.get(got.size() - 1), got.toString());
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", "\"", "\\", ":", "\r", "\n", "\r\n", "\r\n\r\n", " ", "Content-Type: x\r\n",
                        "X-Other: 1\r\n", "Content-", "Length", "content-length", "Content-Length: -1\r\n",
                        "Content-Length: abc\r\n\r\n", "Content-Length: 0\r\n\r\n", FIRST.substring(0, 20), "😀"),
                Arbitraries.strings().ofMaxLength(12));
        return pieces.list().ofMaxSize(12).map(list -> {
            String s = String.join("", list);
            return bytes(s);
        }).filter(b -> {
            String s = new String(b, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            // Junk that is itself a well-formed header of a frame can take the next message as its body.
            return !s.matches("(?s).*content-length: *[0-9]+.*") && !s.contains("charset");
        });
    }

    private static String text(FrameReader.Frame f) {
        assertNotNull(f);
        return new String(assertInstanceOf(FrameReader.Body.class, f).json(), StandardCharsets.UTF_8);
    }
}
