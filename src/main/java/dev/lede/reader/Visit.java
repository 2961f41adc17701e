package dev.lede.reader;

/** A history entry: what was open and where the reader was in it. */
public record Visit(String target, Place place) {
}
