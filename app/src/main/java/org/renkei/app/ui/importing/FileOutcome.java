package org.renkei.app.ui.importing;

import org.renkei.app.importing.FileReport;
import org.renkei.dataimport.read.ImportProblem;

/**
 * What happened to one file of an import run.
 *
 * @param report  the import report when {@code status} is IMPORTED, else null
 * @param problem why the file was rejected (REJECTED) or failed (FAILED), else null
 */
public record FileOutcome(String file, Status status, FileReport report, ImportProblem problem) {
    /** IMPORTED, REJECTED (nothing written), CANCELLED (rolled back), SKIPPED (not started), FAILED (rolled back). */
    public enum Status { IMPORTED, REJECTED, CANCELLED, SKIPPED, FAILED }

    /** Whether this file added, updated or closed any facility (a rejected, cancelled or failed file did not). */
    public boolean changedStore() {
        return status == Status.IMPORTED && report.added() + report.updated() + report.closed() > 0;
    }

    static FileOutcome imported(FileReport report) {
        return new FileOutcome(report.file(), Status.IMPORTED, report, null);
    }

    static FileOutcome rejected(String file, ImportProblem problem) {
        return new FileOutcome(file, Status.REJECTED, null, problem);
    }

    static FileOutcome of(String file, Status status) {
        return new FileOutcome(file, status, null, null);
    }

    static FileOutcome failed(String file, String message) {
        return new FileOutcome(file, Status.FAILED, null, new ImportProblem(file, "", 0, "", message));
    }
}
