package org.renkei.app.importing;

import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;

/** The standard reader lookup: every format data-import knows, detected from the file itself. */
public final class Readers {
    private Readers() {
    }

    public static ReaderResolver standard() {
        // Wired to data-import's FormatDetector once the readers land (issue 2, in progress).
        return file -> {
            throw new ImportRejectedException(new ImportProblem(file.getFileName().toString(), "", 0, "",
                    "形式を判別できません。"));
        };
    }
}
