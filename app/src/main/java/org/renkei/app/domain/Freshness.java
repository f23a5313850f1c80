package org.renkei.app.domain;

import java.time.LocalDate;

/**
 * The staleness rule for facility knowledge: a fact confirmed on D is stale on {@code today} when D plus the office's
 * stale age in months lies before today (confirmed 2025-04-30, 12 months: fresh through 2026-04-30, stale from
 * 2026-05-01). A date in the future is never stale.
 */
public final class Freshness {
    public static final int DEFAULT_MONTHS = 12;

    private Freshness() {
    }

    public static boolean isStale(LocalDate verifiedOn, LocalDate today, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("stale age must be at least one month: " + months);
        }
        return verifiedOn.plusMonths(months).isBefore(today);
    }

    /**
     * The earliest 確認日 that is still fresh on {@code today}: a fact is stale exactly when it was confirmed before
     * this day (what a database query compares with).
     */
    public static LocalDate firstFreshDay(LocalDate today, int months) {
        LocalDate d = today.minusMonths(months);
        while (!isStale(d.minusDays(1), today, months)) {
            d = d.minusDays(1);
        }
        while (isStale(d, today, months)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
