package org.renkei.app.domain;

import java.util.Objects;

/**
 * One entry of the capability vocabulary (訪問診療, 在宅酸素 …).
 *
 * @param takesDetail the tag carries a value when set (外国語 → which languages)
 * @param builtin     seeded with the application; the office's own additions are not
 */
public record CapabilityTag(String name, boolean takesDetail, boolean builtin) {
    public static final int MAX_NAME = 64;

    public CapabilityTag {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("tag name must have 1–" + MAX_NAME + " characters");
        }
    }
}
