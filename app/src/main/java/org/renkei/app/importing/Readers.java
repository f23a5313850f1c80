package org.renkei.app.importing;

import org.renkei.dataimport.read.detect.FormatDetector;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.profile.ProfileReader;

/** The standard reader lookup: every format data-import knows, detected from the file itself. */
public final class Readers {
    private Readers() {
    }

    public static ReaderResolver standard() {
        FormatDetector detector = FormatDetector.bundled();
        return detector::detect;
    }

    /**
     * Every file read through an import profile (a user's own list); a file whose header lacks the profile's columns
     * is rejected while planning, before anything is written.
     */
    public static ReaderResolver profile(ImportProfile profile) {
        ProfileReader reader = ProfileReader.bundled(profile);
        return file -> {
            reader.checkHeader(file);
            return reader;
        };
    }
}
