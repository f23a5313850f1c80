package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.audit.StaffNames;
import org.renkei.app.store.Database;

/** The staff name of a command: {@code --staff}, else {@code RENKEI_STAFF}, else the OS user name. */
final class StaffOption {
    private StaffOption() {
    }

    static AuditLog audit(Database db, String option) {
        return AuditLog.as(db, resolve(option));
    }

    static String resolve(String option) {
        try {
            return StaffNames.resolve(option);
        } catch (IllegalArgumentException e) {
            throw new CliRejectedException("--staff: " + e.getMessage());
        }
    }
}
