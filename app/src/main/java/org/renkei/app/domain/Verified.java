package org.renkei.app.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When and by whom a fact about a facility was last confirmed (確認日 / 確認者), distinct from when the facility
 * list was imported.
 *
 * @param by the staff member's name; empty when not given
 */
public record Verified(LocalDate on, String by) {
    public Verified {
        Objects.requireNonNull(on, "on");
        by = by == null ? "" : by.strip();
    }

    public static Verified on(LocalDate on, String by) {
        return new Verified(on, by);
    }

    /** Whether this confirmation is older than {@code months} months on {@code today} (see {@link Freshness}). */
    public boolean isStale(LocalDate today, int months) {
        return Freshness.isStale(on, today, months);
    }
}
