package dev.lede.layout;

/**
 * A place in an article that survives a change of width: the unit (headline, standfirst,
 * byline, then body blocks in order) and the character offset within its text.
 */
public record Anchor(int unit, int offset) implements Comparable<Anchor> {
    public static final Anchor TOP = new Anchor(0, 0);

    @Override
    public int compareTo(Anchor other) {
        return unit != other.unit ? Integer.compare(unit, other.unit) : Integer.compare(offset, other.offset);
    }
}
