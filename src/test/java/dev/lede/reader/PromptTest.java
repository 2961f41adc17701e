package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromptTest {
    private static final String STORY = "http://127.0.0.1/story";
    private final Driver driver = new Driver();
    private ReaderState reading;

    @BeforeEach
    void openStory() {
        reading = driver.loaded(ReaderState.initial(80, 24, 72), STORY, Articles.numbered(30, 3));
    }

    private static String line(ReaderState state) {
        return StatusLine.of(state).left();
    }

    @Test
    void o_opensAnEmptyPrompt_typingShowsInTheStatusLine_enterLoads() {
        ReaderState prompt = driver.press(reading, Key.of('o'));
        assertEquals(Focus.PROMPT, prompt.focus());
        assertEquals("Open: ", line(prompt));
        ReaderState typed = driver.type(prompt, "example.org/news");
        assertEquals("Open: example.org/news", line(typed));
        assertEquals("Open: ".length() + "example.org/news".length(), StatusLine.of(typed).cursor());
        Step enter = driver.step(typed, Key.of(Key.Kind.ENTER));
        assertEquals(List.of(new Effect.Load(enter.state().pending().request(), "https://example.org/news", false)),
                enter.effects(), "a bare host is read as https");
        assertEquals(Focus.READING, enter.state().focus());
        assertNull(enter.state().prompt());
    }

    @Test
    void promptKeys_areText_notCommands() {
        ReaderState typed = driver.type(driver.press(reading, Key.of('o')), "q j/G");
        assertEquals("Open: q j/G", line(typed));
        assertEquals(false, typed.quitting());
        assertEquals(0, typed.document().top());
    }

    @Test
    void lineEditing_movesAndDeletes() {
        ReaderState s = driver.type(driver.press(reading, Key.of('o')), "hello world");
        s = driver.press(s, Key.of(Key.Kind.LEFT), Key.of(Key.Kind.LEFT), Key.of(Key.Kind.BACKSPACE));
        assertEquals("Open: hello wold", line(s));
        s = driver.press(s, Key.of(Key.Kind.HOME), Key.of(Key.Kind.DELETE));
        assertEquals("Open: ello wold", line(s));
        s = driver.press(s, Key.ctrl('e'));
        s = driver.type(s, "!");
        assertEquals("Open: ello wold!", line(s));
        s = driver.press(s, Key.ctrl('a'), Key.of(Key.Kind.RIGHT), Key.of(Key.Kind.RIGHT), Key.of(Key.Kind.RIGHT),
                Key.of(Key.Kind.RIGHT), Key.ctrl('u'));
        assertEquals("Open:  wold!", line(s));
        assertEquals("Open: ".length(), StatusLine.of(s).cursor());
        s = driver.press(s, Key.of(Key.Kind.END), Key.ctrl('w'));
        assertEquals("Open:  ", line(s));
    }

    @Test
    void editing_neverSplitsASurrogatePair() {
        ReaderState s = driver.type(driver.press(reading, Key.of('o')), "a");
        s = driver.step(s, new Key(Key.Kind.CHARACTER, '\uD83D', false, false)).state();
        s = driver.step(s, new Key(Key.Kind.CHARACTER, '\uDE00', false, false)).state();
        s = driver.press(s, Key.of(Key.Kind.LEFT));
        assertEquals("Open: a".length(), StatusLine.of(s).cursor());
        s = driver.press(s, Key.of(Key.Kind.DELETE));
        assertEquals("Open: a", line(s));
    }

    @Test
    void escape_cancels_andBackspaceOnEmptyCancels() {
        ReaderState typed = driver.type(driver.press(reading, Key.of('o')), "abc");
        Step esc = driver.step(typed, Key.of(Key.Kind.ESCAPE));
        assertEquals(List.of(), esc.effects());
        assertEquals(Focus.READING, esc.state().focus());
        assertEquals(Focus.READING, driver.press(reading, Key.of('o'), Key.of(Key.Kind.BACKSPACE)).focus());
    }

    @Test
    void history_upRecallsEarlierAddresses_downReturnsToTheDraft() {
        ReaderState s = reading;
        for (String address : List.of("http://a.example/1", "http://b.example/2")) {
            Step enter = driver.step(driver.type(driver.press(s, Key.of('o')), address), Key.of(Key.Kind.ENTER));
            s = driver.update.apply(enter.state(), new Msg.LoadFailed(enter.state().pending().request(), address,
                    "offline")).state();
        }
        ReaderState prompt = driver.type(driver.press(s, Key.of('o')), "draft");
        ReaderState up = driver.press(prompt, Key.of(Key.Kind.UP));
        assertEquals("Open: http://b.example/2", line(up));
        assertEquals("Open: http://a.example/1", line(driver.press(up, Key.of(Key.Kind.UP))));
        assertEquals("Open: http://a.example/1", line(driver.press(up, Key.of(Key.Kind.UP), Key.of(Key.Kind.UP))),
                "the oldest entry stays");
        assertEquals("Open: draft", line(driver.press(up, Key.of(Key.Kind.DOWN))));
    }

    @Test
    void aPageArrivingWhileTyping_leavesThePromptOpen() {
        Step reload = driver.step(reading, Key.of('r'));
        Effect.Load load = (Effect.Load) reload.effects().get(0);
        ReaderState typing = driver.type(driver.press(reload.state(), Key.of('o')), "exa");
        ReaderState arrived = driver.update.apply(typing, new Msg.Loaded(load.request(), STORY,
                Articles.numbered(30, 3))).state();
        assertEquals(Focus.PROMPT, arrived.focus());
        assertEquals("Open: exa", line(arrived));
    }

    @Test
    void capitalO_editsTheCurrentAddress() {
        ReaderState prompt = driver.press(reading, Key.of('O'));
        assertEquals("Open: " + STORY, line(prompt));
        ReaderState edited = driver.press(prompt, Key.of(Key.Kind.BACKSPACE), Key.of(Key.Kind.BACKSPACE));
        Step enter = driver.step(driver.type(edited, "ry2"), Key.of(Key.Kind.ENTER));
        assertEquals("http://127.0.0.1/story2", ((Effect.Load) enter.effects().get(0)).target());
    }

    @Test
    void addresses_areNormalised() {
        assertEquals("https://example.com", Addresses.normalise(" example.com "));
        assertEquals("https://www.example.com/a?b", Addresses.normalise("www.example.com/a?b"));
        assertEquals("https://localhost:8080/x", Addresses.normalise("localhost:8080/x"));
        assertEquals("http://x.example", Addresses.normalise("http://x.example"));
        assertEquals("story.html", Addresses.normalise("story.html"), "a file name stays a file name");
        assertEquals("/tmp/page.html.gz", Addresses.normalise("/tmp/page.html.gz"));
        assertEquals("notes", Addresses.normalise("notes"));
    }
}
