package org.unionkg.page;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page file's bytes into text, or says in words a user can act on why it cannot.
 * UTF-8 is expected; a UTF-8 or UTF-16 byte-order mark is honoured and dropped; text that is not
 * UTF-8 is tried as GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese files made on
 * Windows) and kept only if it decodes strictly and reads as Chinese. Line ends become {@code \n}.
 * Stateless.
 */
final class PageDecoder {
    /** Decoded text, the charset it was read in, and what had to be guessed. */
    record Decoded(String text, Charset charset, List<String> warnings) {
    }

    /** Share of CJK characters among the non-ASCII ones that makes a GB18030 reading believable. */
    private static final double MIN_CJK_SHARE = 0.8;
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private PageDecoder() {
    }

    static Decoded decode(Path file, byte[] bytes) throws BadPageException {
        List<String> warnings = new ArrayList<>();
        Charset charset;
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            // UTF-16 is full of NUL bytes, so it must be recognised by its BOM before the binary check
            charset = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            Strict r = strict(bytes, 2, charset);
            if (r.text == null) {
                throw new BadPageException(file, "starts with a UTF-16 byte-order mark but is not valid UTF-16"
                        + " (bad data at byte " + r.badOffset + "); save the page as UTF-8");
            }
            text = r.text;
            warnings.add("read as " + charset.name() + " (byte-order mark); UTF-8 is expected");
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw new BadPageException(file, "contains a NUL byte at offset " + nul
                        + ": this is a binary file, not page text");
            }
            int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            Strict utf8 = strict(bytes, skip, StandardCharsets.UTF_8);
            if (utf8.text != null) {
                charset = StandardCharsets.UTF_8;
                text = utf8.text;
            } else {
                Strict gb = strict(bytes, 0, GB18030);
                if (gb.text == null || cjkShare(gb.text) < MIN_CJK_SHARE) {
                    throw new BadPageException(file, String.format(
                            "is not valid UTF-8 (byte 0x%02X at offset %d) and does not read as GBK/GB18030 Chinese"
                                    + " either; save the page as UTF-8",
                            bytes[utf8.badOffset] & 0xFF, utf8.badOffset));
                }
                charset = GB18030;
                text = gb.text;
                warnings.add(String.format("not UTF-8 (byte 0x%02X at offset %d); read as GB18030/GBK Chinese text,"
                        + " re-save it as UTF-8 to silence this", bytes[utf8.badOffset] & 0xFF, utf8.badOffset));
            }
        }
        refuseBinary(file, text);
        return new Decoded(normaliseLineEnds(text), charset, warnings);
    }

    private record Strict(String text, int badOffset) {
    }

    /** Decodes with errors reported, not replaced, and says where the first bad byte is. */
    private static Strict strict(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Strict(null, in.position());
        }
        out.flip();
        return new Strict(out.toString(), -1);
    }

    /** Share of CJK ideographs and CJK punctuation among the characters that are not ASCII. */
    static double cjkShare(String text) {
        int nonAscii = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            nonAscii++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (script == Character.UnicodeScript.HAN
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.GENERAL_PUNCTUATION) {
                cjk++;
            }
        }
        return nonAscii == 0 ? 0 : (double) cjk / nonAscii;
    }

    /** Control characters other than line ends, tabs and form feeds (pdftotext's page break) mean binary data. */
    private static void refuseBinary(Path file, String text) throws BadPageException {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 0 && control > MAX_CONTROL_SHARE * text.length()) {
            throw new BadPageException(file, String.format(
                    "has %d control characters (%.1f%% of the text): this looks like a binary file, not page text",
                    control, 100.0 * control / text.length()));
        }
    }

    private static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
