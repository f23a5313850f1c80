package org.renkei.app.importing;

import org.renkei.dataimport.read.detect.FormatDetector;

/** The standard reader lookup: every format data-import knows, detected from the file itself. */
public final class Readers {
    private Readers() {
    }

    public static ReaderResolver standard() {
        FormatDetector detector = FormatDetector.bundled();
        return detector::detect;
    }
}
