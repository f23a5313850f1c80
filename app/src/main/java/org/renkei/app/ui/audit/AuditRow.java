package org.renkei.app.ui.audit;

import org.renkei.app.audit.AuditEntry;
import org.renkei.app.audit.AuditWorkbook;

/** One row of the 操作記録 table, as shown. */
public record AuditRow(String time, String staff, String action, String target, String detail) {
    static AuditRow of(AuditEntry e) {
        return new AuditRow(AuditWorkbook.time(e), e.staff(), e.action().label(), e.target(), e.detail());
    }
}
