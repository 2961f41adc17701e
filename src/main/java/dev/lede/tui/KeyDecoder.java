package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.reader.Key;

/** Lanterna's key strokes as the reader's {@link Key}s. */
final class KeyDecoder {
    private KeyDecoder() {
    }

    static Key decode(KeyStroke stroke) {
        Key.Kind kind = switch (stroke.getKeyType()) {
            case Character -> Key.Kind.CHARACTER;
            case Enter -> Key.Kind.ENTER;
            case Escape -> Key.Kind.ESCAPE;
            case Tab -> Key.Kind.TAB;
            case ReverseTab -> Key.Kind.REVERSE_TAB;
            case Backspace -> Key.Kind.BACKSPACE;
            case Delete -> Key.Kind.DELETE;
            case Insert -> Key.Kind.INSERT;
            case ArrowUp -> Key.Kind.UP;
            case ArrowDown -> Key.Kind.DOWN;
            case ArrowLeft -> Key.Kind.LEFT;
            case ArrowRight -> Key.Kind.RIGHT;
            case Home -> Key.Kind.HOME;
            case End -> Key.Kind.END;
            case PageUp -> Key.Kind.PAGE_UP;
            case PageDown -> Key.Kind.PAGE_DOWN;
            case F1 -> Key.Kind.F1;
            default -> Key.Kind.UNKNOWN;
        };
        if (kind == Key.Kind.CHARACTER) {
            char ch = stroke.getCharacter();
            if (ch == '\t') {
                return Key.of(Key.Kind.TAB);
            }
            if (stroke.isCtrlDown()) {
                return new Key(kind, Character.toLowerCase(ch), true, stroke.isAltDown());
            }
            return new Key(kind, ch, false, stroke.isAltDown());
        }
        return new Key(kind, '\0', stroke.isCtrlDown(), stroke.isAltDown());
    }
}
