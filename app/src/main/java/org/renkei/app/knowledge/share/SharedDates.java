package org.renkei.app.knowledge.share;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;

/** 確認日 in a shared file: {@code YYYY-MM-DD} (a workbook may also say {@code YYYY/M/D}), never in the future. */
final class SharedDates {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);

    private SharedDates() {
    }

    /** The date in {@code text}; {@code refuse} makes the exception from a description of the problem. */
    static LocalDate parse(String text, Function<String, ShareRejectedException> refuse) {
        String t = text.strip();
        LocalDate d;
        try {
            d = t.contains("/") ? LocalDate.parse(t, SLASHED) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw refuse.apply("確認日「" + text + "」は日付として読めません（YYYY-MM-DD）");
        }
        return notFuture(d, refuse);
    }

    static LocalDate notFuture(LocalDate d, Function<String, ShareRejectedException> refuse) {
        if (d.isAfter(LocalDate.now())) {
            throw refuse.apply("確認日 " + d + " が未来の日付です");
        }
        return d;
    }
}
