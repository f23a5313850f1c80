package org.renkei.app.ui.testing;

import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Collects exceptions that escape worker threads and the FX thread in GUI tests, so that they fail the test. */
public final class UncaughtCollector implements Thread.UncaughtExceptionHandler {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        errors.add(error);
    }

    /** Also collects what escapes on the FX thread; call on it (in {@code @Start}). */
    public void watchFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("not on the FX thread");
        }
        fxThread = Thread.currentThread();
        previous = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler(this);
    }

    /** Gives the FX thread its handler back and fails when anything was collected. */
    public void assertNone() {
        if (fxThread != null) {
            fxThread.setUncaughtExceptionHandler(previous == fxThread.getThreadGroup() ? null : previous);
        }
        assertEquals(List.of(), errors.stream().map(String::valueOf).toList(), "uncaught exceptions");
    }
}
