package dev.lede.reader;

/**
 * Keys while a prompt is open: line editing as in a shell (← → Home End, Ctrl-A/E/B/F,
 * Backspace, Delete, Ctrl-D/U/K/W), ↑ ↓ (Ctrl-P/N) through earlier entries, Enter to act,
 * Esc (or Ctrl-G, or Backspace on an empty line) to cancel. Not rebindable: these are the
 * keys every shell and readline use.
 */
final class PromptMode {
    private final Loads loads;

    PromptMode(Loads loads) {
        this.loads = loads;
    }

    Step key(ReaderState state, Key key) {
        Prompt prompt = state.prompt();
        if (key.ctrl() && key.kind() == Key.Kind.CHARACTER) {
            return control(state, prompt, key.ch());
        }
        return switch (key.kind()) {
            case ENTER -> submit(state, prompt);
            case ESCAPE -> Step.of(close(state));
            case LEFT -> edit(state, prompt.left());
            case RIGHT -> edit(state, prompt.right());
            case HOME -> edit(state, prompt.home());
            case END -> edit(state, prompt.end());
            case BACKSPACE -> prompt.text().isEmpty() ? Step.of(close(state)) : edit(state, prompt.backspace());
            case DELETE -> edit(state, prompt.delete());
            case UP -> recall(state, prompt, prompt.recalled() + 1);
            case DOWN -> recall(state, prompt, prompt.recalled() - 1);
            case CHARACTER -> key.alt() || Character.isISOControl(key.ch())
                    ? Step.of(state) : edit(state, prompt.insert(String.valueOf(key.ch())));
            default -> Step.of(state);
        };
    }

    private Step control(ReaderState state, Prompt prompt, char ch) {
        return switch (ch) {
            case 'a' -> edit(state, prompt.home());
            case 'e' -> edit(state, prompt.end());
            case 'b' -> edit(state, prompt.left());
            case 'f' -> edit(state, prompt.right());
            case 'd' -> edit(state, prompt.delete());
            case 'h' -> prompt.text().isEmpty() ? Step.of(close(state)) : edit(state, prompt.backspace());
            case 'u' -> edit(state, prompt.killToStart());
            case 'k' -> edit(state, prompt.killToEnd());
            case 'w' -> edit(state, prompt.killWord());
            case 'p' -> recall(state, prompt, prompt.recalled() + 1);
            case 'n' -> recall(state, prompt, prompt.recalled() - 1);
            case 'g' -> Step.of(close(state));
            case 'j', 'm' -> submit(state, prompt);
            default -> Step.of(state);
        };
    }

    private static Step edit(ReaderState state, Prompt edited) {
        return Step.of(state.withPrompt(edited));
    }

    private static Step recall(ReaderState state, Prompt prompt, int back) {
        return edit(state, prompt.recall(state.recall().of(prompt.purpose()), back));
    }

    private static ReaderState close(ReaderState state) {
        boolean inList = state.prompt() != null && state.prompt().purpose() == Prompt.Purpose.FIND;
        return state.withPrompt(null).withFocus(inList ? Focus.RELATED : Focus.READING);
    }

    private Step submit(ReaderState state, Prompt prompt) {
        String text = prompt.text().strip();
        ReaderState closed = close(state);
        if (prompt.purpose() == Prompt.Purpose.FIND) {
            return text.isEmpty() ? ListSearch.next(closed, +1)
                    : ListSearch.start(closed.withRecall(state.recall().with(prompt.purpose(), text)), text);
        }
        if (prompt.purpose() == Prompt.Purpose.SEARCH) {
            if (text.isEmpty()) {
                return Searching.next(closed, +1); // as in less: an empty search repeats the last one
            }
            return Searching.start(closed.withRecall(state.recall().with(prompt.purpose(), text)), text);
        }
        if (text.isEmpty()) {
            return Step.of(closed);
        }
        return loads.open(closed.withRecall(state.recall().with(prompt.purpose(), text)), Addresses.normalise(text));
    }
}
