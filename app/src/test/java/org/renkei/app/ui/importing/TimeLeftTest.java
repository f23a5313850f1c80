package org.renkei.app.ui.importing;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeLeftTest {
    private final AtomicLong now = new AtomicLong();
    private final TimeLeft left = new TimeLeft(now::get);

    @Test
    void linearEstimateAfterTheFirstSecond() {
        assertEquals(OptionalLong.empty(), left.seconds(0, 0.0));
        now.set(500_000_000L);
        assertEquals(OptionalLong.empty(), left.seconds(0, 0.10), "too early to say");
        now.set(4_000_000_000L);
        assertEquals(OptionalLong.of(12), left.seconds(0, 0.25), "4 s for a quarter → 12 s left");
        assertEquals(OptionalLong.empty(), left.seconds(0, -1), "unknown fraction");
    }

    @Test
    void restartsWithEachFile() {
        left.seconds(0, 0.01);
        now.set(10_000_000_000L);
        assertEquals(OptionalLong.of(10), left.seconds(0, 0.5));
        assertEquals(OptionalLong.empty(), left.seconds(1, 0.5), "new file: clock restarts");
        now.set(12_000_000_000L);
        assertEquals(OptionalLong.of(2), left.seconds(1, 0.5));
    }

    @Test
    void japaneseText() {
        assertEquals("約 8 秒", TimeLeft.text(8));
        assertEquals("約 2 分 5 秒", TimeLeft.text(125));
    }
}
