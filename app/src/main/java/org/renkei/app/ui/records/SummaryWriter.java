package org.renkei.app.ui.records;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes the referral summary workbook (.xlsx) of the cases created in the months {@code from} to {@code to};
 * returns how many referrals it lists. Refusals are {@code ExportRejectedException} / {@code CaseRejectedException}.
 */
@FunctionalInterface
public interface SummaryWriter {
    int write(YearMonth from, YearMonth to, Path out) throws IOException;
}
