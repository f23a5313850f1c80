package org.renkei.app.export.summary;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.export.StagedFiles;
import org.renkei.app.referral.ReferralRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Entry point for the referral summary workbook (逆紹介 statistics), .xlsx:
 * <pre>{@code
 * int n = SummaryWorkbook.write(records, YearMonth.of(2026, 1), YearMonth.of(2026, 12), Path.of("summary.xlsx"));
 * }</pre>
 * Sheets 紹介一覧 (one row per referral), 月別_診療科 and 月別_医療機関 (counts per month of the case date) and 受入率
 * (per facility). Referrals whose case date falls outside [{@code from}, {@code to}] are left out. The file is
 * written to a temporary name and moved into place; bad input throws {@link ExportRejectedException} (Japanese
 * message) before anything is written.
 */
public final class SummaryWorkbook {
    /** Longest period: one column per month on the monthly sheets. */
    public static final int MAX_MONTHS = 240;

    private SummaryWorkbook() {
    }

    /** Writes the workbook; returns how many referrals it lists. */
    public static int write(List<ReferralRecord> records, YearMonth from, YearMonth to, Path out) throws IOException {
        Objects.requireNonNull(records, "records");
        check(from, to, out);
        List<ReferralRecord> inPeriod = records.stream()
                .filter(r -> !YearMonth.from(r.caseDate()).isBefore(from) && !YearMonth.from(r.caseDate()).isAfter(to))
                .sorted(Comparator.comparing(ReferralRecord::caseDate).thenComparingLong(ReferralRecord::caseId))
                .toList();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (wb) {
            SummaryStyles styles = new SummaryStyles(wb);
            ReferralListSheet.write(wb, styles, inPeriod);
            MonthlyCounts.byDepartment(inPeriod, from, to).write(wb, styles, MonthlyCounts.DEPARTMENTS, "診療科");
            MonthlyCounts.byFacility(inPeriod, from, to).write(wb, styles, MonthlyCounts.FACILITIES, "医療機関");
            AcceptanceSheet.write(wb, styles, inPeriod);
            StagedFiles.writeOne(out, wb::write);
        } finally {
            wb.dispose();
        }
        return inPeriod.size();
    }

    private static void check(YearMonth from, YearMonth to, Path out) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(out, "out");
        if (to.isBefore(from)) {
            throw new ExportRejectedException("期間の終わり（" + to + "）が始まり（" + from + "）より前です。");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw new ExportRejectedException("期間が長すぎます（" + MAX_MONTHS / 12 + "年まで）: " + from + "〜" + to);
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ExportRejectedException("出力ファイル名は .xlsx で終わるようにしてください: " + out);
        }
        if (Files.isDirectory(out)) {
            throw new ExportRejectedException("出力先がフォルダです。ファイル名を指定してください: " + out);
        }
    }
}
