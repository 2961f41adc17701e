package dev.lede.layout;

import java.util.Objects;

/** A piece of one line drawn in one role. */
public record Run(String text, Role role) {
    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }
}
