package dev.lede.cli;

import dev.lede.article.TerminalText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last check before text reaches standard output or standard error: whatever the model
 * promised, and whatever an error message quotes (a URL, a server's words, an argument), no
 * terminal control gets through. Line feeds and tabs pass; other controls become their visible
 * stand-ins from {@link TerminalText#substitute(int)}; bidi controls are dropped.
 */
final class SafeWriter extends FilterWriter {
    SafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        } else {
            String stand = TerminalText.substitute(c);
            if (stand != null) {
                out.write(stand);
            }
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int safeFrom = offset;
        for (int i = offset; i < offset + length; i++) {
            if (!passes(text.charAt(i))) {
                out.write(text, safeFrom, i - safeFrom);
                write(text.charAt(i));
                safeFrom = i + 1;
            }
        }
        out.write(text, safeFrom, offset + length - safeFrom);
    }

    /**
     * Line feed and tab pass, and so do surrogates: the halves of a pair may arrive in separate
     * writes, and the UTF-8 encoder replaces a lone one.
     */
    private static boolean passes(char c) {
        return c == '\n' || c == '\t' || Character.isSurrogate(c) || !TerminalText.isUnsafe(c);
    }
}
