package org.renkei.app.cli;

import org.renkei.app.referral.ReferralStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Case and referral option values checked into typed values; a bad value is rejected (exit 3) naming the option. */
final class CaseArgs {
    private CaseArgs() {
    }

    /** YYYY-MM-DD, or null when not given. */
    static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliRejectedException(option + " の日付「" + text + "」は YYYY-MM-DD の形式にしてください。");
        }
    }

    /** A status by its Japanese name (or enum name), or null when not given. */
    static ReferralStatus status(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return ReferralStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliRejectedException(option + " の状態「" + text + "」はありません（"
                    + Arrays.stream(ReferralStatus.values()).map(ReferralStatus::label).collect(Collectors.joining("・"))
                    + "）。");
        }
    }
}
