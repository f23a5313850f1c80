package org.renkei.app.audit;

import org.renkei.app.store.AuditRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.Tx;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The access record (操作記録): who viewed, changed or exported what, and when. Callers record after the operation
 * succeeded; each record is its own small transaction. Targets are ids and file types ({@link AuditTargets}),
 * details short fixed phrases: no patient text ever goes in.
 */
public final class AuditLog {
    private final Database db;
    private final Supplier<String> staff;
    private final Clock clock;
    private final AuditRepository entries = new AuditRepository();

    /** @param staff the staff name now (the window lets the user change it; the CLI's is fixed) */
    public AuditLog(Database db, Supplier<String> staff, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.staff = Objects.requireNonNull(staff);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A log recording as {@code staff} now (system clock). */
    public static AuditLog as(Database db, String staff) {
        String name = StaffNames.require(staff);
        return new AuditLog(db, () -> name, Clock.systemDefaultZone());
    }

    /** The staff name records are made under now. */
    public String staff() {
        return staff.get();
    }

    /** Appends one entry under the current staff name and time. */
    public void record(AuditAction action, String target, String detail) {
        AuditEntry e = new AuditEntry(LocalDateTime.now(clock).withNano(0), staff.get(), action, target, detail);
        Tx.run(db, "Recording an audit entry", c -> {
            entries.append(c, new AuditRepository.Row(e.at(), e.staff(), e.action().name(), e.target(), e.detail()));
            return null;
        });
    }

    public void caseViewed(long caseId) {
        record(AuditAction.CASE_VIEW, AuditTargets.ofCase(caseId), "");
    }

    public void caseCreated(long caseId) {
        record(AuditAction.CASE_CREATE, AuditTargets.ofCase(caseId), "");
    }

    public void caseEdited(long caseId) {
        record(AuditAction.CASE_EDIT, AuditTargets.ofCase(caseId), "");
    }

    /** @param destinations how many facilities the chosen plan has */
    public void planChosen(long caseId, int destinations) {
        record(AuditAction.PLAN_CHOSEN, AuditTargets.ofCase(caseId), "紹介先 " + destinations + "件");
    }

    /** @param status the new status's label (送付済 …); the note typed with it is never recorded */
    public void statusChanged(long caseId, long facilityId, String status) {
        record(AuditAction.STATUS_CHANGE, AuditTargets.ofDestination(caseId, facilityId), status);
    }

    /**
     * @param what  which export (「診療情報提供書」, 「案内図」, 「紹介集計表」, 「施設一覧」), with the case id when it has one
     * @param files the written files: only their types and count are recorded
     */
    public void exported(String what, List<Path> files) {
        record(AuditAction.EXPORT, AuditTargets.ofFiles(files), what);
    }

    /** @param detail e.g. 「追加 10・更新 2・閉鎖 0」 */
    public void imported(Path file, String detail) {
        record(AuditAction.IMPORT, AuditTargets.ofImport(file), detail);
    }

    /** Entries from the start of {@code from} to the end of {@code to}, oldest first. */
    public List<AuditEntry> between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("期間の開始（" + from + "）が終了（" + to + "）より後です。");
        }
        return Tx.run(db, "Reading audit entries", c -> entries.between(c, from.atStartOfDay(), to.plusDays(1).atStartOfDay()))
                .stream().map(r -> new AuditEntry(r.at(), r.staff(), AuditAction.parse(r.action()), r.target(),
                        r.detail())).toList();
    }

    /** The staff names used so far, most recent first (at most 50). */
    public List<String> staffNames() {
        return Tx.run(db, "Reading staff names", c -> entries.staffNames(c, 50));
    }

}
