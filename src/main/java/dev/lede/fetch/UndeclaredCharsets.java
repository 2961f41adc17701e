package dev.lede.fetch;

import java.nio.charset.Charset;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses the charset of a page that declares none and is not UTF-8, with juniversalchardet
 * (a Java port of Mozilla's detector). Kept in a class of its own so that the detector's
 * classes are loaded only when a page needs them, never on the common path of declared or
 * UTF-8 pages.
 */
final class UndeclaredCharsets {
    private UndeclaredCharsets() {
    }

    /** The detector's charset for {@code body}, or {@code null} when it has none or Java lacks it. */
    static Charset guess(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, body.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        Charset charset = Charsets.forLabel(name);
        // Not UTF-8: the caller has already found the bytes invalid as UTF-8.
        return charset == null || charset.name().startsWith("UTF-") ? null : charset;
    }
}
