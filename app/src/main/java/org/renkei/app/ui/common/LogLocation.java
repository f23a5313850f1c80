package org.renkei.app.ui.common;

import java.nio.file.Path;

/** Where the application log is written (as configured in {@code logback.xml}), to tell the user in dialogs. */
public final class LogLocation {
    private LogLocation() {
    }

    /** {@code <renkei.log.dir>/renkei.log}, by default {@code ~/.renkei/logs/renkei.log}. */
    public static Path file() {
        String dir = System.getProperty("renkei.log.dir");
        Path folder = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".renkei", "logs") : Path.of(dir);
        return folder.resolve("renkei.log");
    }
}
