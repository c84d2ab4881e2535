package org.unionkg.article;

import java.util.Objects;

/** One person named in a byline or photo credit, with the part they played. */
public record Credit(String name, CreditRole role) {
    public Credit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank credit name");
        }
    }
}
