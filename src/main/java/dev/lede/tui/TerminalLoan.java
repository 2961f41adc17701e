package dev.lede.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.lede.reader.TerminalLender;
import java.io.IOException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Lends the reader's terminal to a program that draws in it, as less and mutt do for an editor
 * or a pager: the reader leaves the alternate screen and restores the tty, the program runs in
 * the foreground on the same terminal, and when it ends the reader takes the terminal back and
 * draws its whole screen again. Ctrl-C meanwhile is the program's: lede stays.
 */
final class TerminalLoan implements TerminalLender {
    private static final Signal INTERRUPT = new Signal("INT");
    /** A handler, not SIG_IGN: an ignored signal stays ignored in the program started, a handled one does not. */
    private static final SignalHandler STAY = signal -> { };

    private final LedeTerminal terminal;
    private final Screen screen;

    TerminalLoan(LedeTerminal terminal, Screen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    @Override
    public int lend(ProcessBuilder program) throws IOException, InterruptedException {
        program.redirectInput(ProcessBuilder.Redirect.from(terminal.tty()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(terminal.tty()))
                .redirectError(ProcessBuilder.Redirect.appendTo(terminal.tty()));
        SignalHandler before = Signal.handle(INTERRUPT, STAY);
        try {
            terminal.handOver();
            return program.start().waitFor();
        } finally {
            try {
                terminal.takeBack();
                if (screen.getCursorPosition() == null) {
                    terminal.setCursorVisible(false);
                }
                screen.refresh(Screen.RefreshType.COMPLETE);
            } finally {
                Signal.handle(INTERRUPT, before);
            }
        }
    }
}
