package dev.lede.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells a page whose declared charset is wrong about UTF-8 bytes (a template that says
 * {@code gb2312} or {@code iso-8859-1} around text a CMS stores as UTF-8) from a page really in
 * that charset.
 *
 * <p>Two things must hold. The bytes are valid UTF-8 and hold multi-byte sequences: text really
 * in a legacy charset almost never is, since every one of its bytes above 0x7F would have to
 * fall into UTF-8's lead-then-continuation pattern by chance. And the declared charset reads
 * those sequences as nonsense: replacement characters, C1 controls or private-use characters
 * from a multi-byte charset (GB2312, Shift_JIS, EUC-KR, Big5), or, from a single-byte charset
 * (ISO-8859-x, windows-125x, KOI8), a letter followed by characters from 0x80–0xBF, the block
 * of symbols and rare letters that every multi-byte sequence's continuation bytes land in
 * ({@code Ã©}, {@code â€™}, {@code Ð¿}).
 */
final class Utf8Lies {
    /** Fewer than this many multi-byte sequences is too little evidence to overrule a declaration. */
    static final int MIN_SEQUENCES = 2;

    private Utf8Lies() {
    }

    /** Whether {@code body} is well-formed UTF-8 (ASCII included). */
    static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether {@code body} is UTF-8 that {@code declared} would misread. */
    static boolean misreads(byte[] body, Charset declared) {
        if (declared.equals(StandardCharsets.UTF_8) || declared.name().startsWith("UTF-")) {
            return false;
        }
        int sequences = multiByteSequences(body);
        if (sequences < MIN_SEQUENCES || !isValidUtf8(body)) {
            return false;
        }
        return isSingleByte(declared) || garbled(new String(body, declared));
    }

    /** Lead bytes of multi-byte UTF-8 sequences; meaningful once the bytes are known to be valid UTF-8. */
    static int multiByteSequences(byte[] body) {
        int count = 0;
        for (byte b : body) {
            if ((b & 0xC0) == 0xC0) {
                count++;
            }
        }
        return count;
    }

    /**
     * A single-byte charset maps each continuation byte (0x80–0xBF) to one character of its
     * symbol block, so valid UTF-8 read in it is always a letter trailed by symbols.
     */
    private static boolean isSingleByte(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        CharsetEncoder encoder = charset.newEncoder();
        return encoder.maxBytesPerChar() == 1.0f;
    }

    /** What a multi-byte decoder makes of bytes not meant for it. */
    private static boolean garbled(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\uFFFD' || ch >= '\u0080' && ch <= '\u009F' || ch >= '\uE000' && ch <= '\uF8FF') {
                return true;
            }
        }
        return false;
    }
}
