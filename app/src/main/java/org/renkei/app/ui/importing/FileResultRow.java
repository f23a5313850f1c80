package org.renkei.app.ui.importing;

import org.renkei.app.importing.FileReport;
import org.renkei.app.ui.common.Messages;

/** One file in the import result table, formatted; counts are empty for files that were not imported. */
public record FileResultRow(String file, String status, String rows, String added, String updated,
                            String unchanged, String closed) {

    static FileResultRow of(FileOutcome o) {
        String status = Messages.get(switch (o.status()) {
            case IMPORTED -> "import.status.imported";
            case REJECTED -> "import.status.rejected";
            case CANCELLED -> "import.status.cancelled";
            case SKIPPED -> "import.status.skipped";
            case FAILED -> "import.status.failed";
        });
        FileReport r = o.report();
        if (r == null) {
            return new FileResultRow(o.file(), status, "", "", "", "", "");
        }
        return new FileResultRow(o.file(), status, n(r.rows()), n(r.added()), n(r.updated()), n(r.unchanged()),
                n(r.closed()));
    }

    private static String n(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
