package org.renkei.app.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the test moves from day to day (10:00 Tokyo time). */
public final class MutableClock extends Clock {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private Instant now;

    public MutableClock(LocalDate day) {
        setDay(day);
    }

    public void setDay(LocalDate day) {
        now = day.atTime(10, 0).atZone(TOKYO).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
