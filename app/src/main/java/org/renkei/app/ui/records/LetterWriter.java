package org.renkei.app.ui.records;

import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the 診療情報提供書 of every destination ({@code Letters::write} in production): .docx then .pdf per
 * destination. Refusals are {@code ExportRejectedException} with a Japanese message; nothing is written then.
 */
@FunctionalInterface
public interface LetterWriter {
    List<Path> write(ReferralCase referralCase, OfficeSettings office, LocalDate letterDate, Path folder)
            throws IOException;
}
