package org.renkei.app.cli;

import org.renkei.app.domain.Verified;
import picocli.CommandLine.Command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code facility show|set|tags|stale}: what the office knows about a facility, with 確認日 / 確認者. */
@Command(name = "facility", description = "施設の連携情報（対応できること・登録医・連絡先・備考と確認日）",
        subcommands = {FacilityShowCommand.class, FacilitySetCommand.class, FacilityTagsCommand.class,
                FacilityStaleCommand.class})
final class FacilityCommand extends CommandGroup {
    /** 確認日 from {@code YYYY-MM-DD} (default today; not in the future) and 確認者. */
    static Verified verified(String date, String by, LocalDate today) {
        LocalDate on = today;
        if (date != null) {
            try {
                on = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new CliRejectedException("確認日「" + date + "」は YYYY-MM-DD で指定してください。");
            }
            if (on.isAfter(today)) {
                throw new CliRejectedException("確認日「" + date + "」が未来の日付です。");
            }
        }
        return Verified.on(on, by);
    }
}
