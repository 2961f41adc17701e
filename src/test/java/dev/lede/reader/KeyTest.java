package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys are equal when they are the same press, so a binding finds the key typed. */
class KeyTest {
    @Test
    void theSamePress_isEqual_andHashesAlike() {
        assertEquals(Key.of('j'), new Key(Key.Kind.CHARACTER, 'j', false, false));
        assertEquals(Key.of('j').hashCode(), new Key(Key.Kind.CHARACTER, 'j', false, false).hashCode());
        assertEquals(Key.ctrl('C'), Key.ctrl('c'));
    }

    @Test
    void everyPartOfAPress_tellsKeysApart() {
        Set<Key> keys = new HashSet<>();
        keys.add(Key.of('j'));
        keys.add(Key.of('J'));
        keys.add(Key.ctrl('j'));
        keys.add(new Key(Key.Kind.CHARACTER, 'j', false, true));
        keys.add(Key.of(Key.Kind.ENTER));
        keys.add(Key.of(Key.Kind.TAB));
        assertEquals(6, keys.size());
        assertNotEquals(Key.of('j'), "j");
    }
}
