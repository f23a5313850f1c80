package org.renkei.app.ui.importing;

import org.renkei.app.ui.common.Messages;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Estimated time left in the current file, from the share read so far: elapsed × (1 − f) ÷ f. Silent for the
 * first second and the first 2 % (the estimate jumps around while the geocoder and the database warm up).
 */
final class TimeLeft {
    static final long MIN_ELAPSED_NANOS = 1_000_000_000L;
    static final double MIN_FRACTION = 0.02;
    private final LongSupplier nanoClock;
    private long startNanos;
    private int file = -1;

    TimeLeft(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Seconds left in file {@code fileIndex} at {@code fraction} (0..1, negative = unknown), if sensible. */
    OptionalLong seconds(int fileIndex, double fraction) {
        long now = nanoClock.getAsLong();
        if (fileIndex != file) {
            file = fileIndex;
            startNanos = now;
        }
        long elapsed = now - startNanos;
        if (fraction < MIN_FRACTION || fraction > 1 || elapsed < MIN_ELAPSED_NANOS) {
            return OptionalLong.empty();
        }
        double left = elapsed * (1 - fraction) / fraction / 1e9;
        return OptionalLong.of(Math.max(1, Math.round(left)));
    }

    /** 「約 8 秒」, 「約 2 分 5 秒」. */
    static String text(long seconds) {
        return seconds < 60 ? Messages.get("import.progress.left.seconds", seconds)
                : Messages.get("import.progress.left.minutes", seconds / 60, seconds % 60);
    }
}
