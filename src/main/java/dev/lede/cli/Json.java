package dev.lede.cli;

import dev.lede.article.TerminalText;
import java.util.List;

/** A minimal JSON writer for the {@code --format json} lines. */
final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json begin() {
        out.append('{');
        first = true;
        return this;
    }

    Json end() {
        out.append('}');
        first = false;
        return this;
    }

    Json field(String name, String value) {
        key(name);
        string(value);
        return this;
    }

    Json field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    Json field(String name, List<String> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** Starts a field whose value the caller writes with {@link #raw} or nested objects. */
    Json key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(name);
        out.append(':');
        return this;
    }

    Json raw(String text) {
        out.append(text);
        return this;
    }

    private void string(String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters (and the C1 range, DEL, bidi controls, lone surrogates,
                    // line separators) are escaped so a JSON line can never carry a raw terminal
                    // control sequence and stays valid UTF-8.
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i)); // a whole pair: one valid character
                    } else if (TerminalText.isUnsafe(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
