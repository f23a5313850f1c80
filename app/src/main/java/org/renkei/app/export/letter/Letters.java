package org.renkei.app.export.letter;

import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.export.FileNames;
import org.renkei.app.export.StagedFiles;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for 診療情報提供書: one .docx (editable) and one PDF per destination of a case's chosen plan.
 * <pre>{@code
 * List<Path> files = Letters.write(referralCase, officeSettings, LocalDate.now(), Path.of("out"));
 * }</pre>
 * Files are named {@code 紹介状_<caseId>_<order>_<facility>.docx|.pdf} (no patient data in names), written to
 * temporary files first and moved into place together; an existing letter of the same name is replaced.
 * Input the letters cannot be made from ({@code ExportRejectedException}, Japanese message) leaves nothing written.
 */
public final class Letters {
    private Letters() {
    }

    /** Letters to every destination of {@code c}; returns the files written, .docx then .pdf per destination. */
    public static List<Path> write(ReferralCase c, OfficeSettings office, LocalDate letterDate, Path dir)
            throws IOException {
        if (c.destinations().isEmpty()) {
            throw new ExportRejectedException("紹介先が決まっていません。プランを選んでから紹介状を作成してください。");
        }
        return write(c, c.destinations(), office, letterDate, dir);
    }

    /** The letter to one destination of {@code c} (.docx and .pdf). */
    public static List<Path> write(ReferralCase c, Destination to, OfficeSettings office, LocalDate letterDate,
                                   Path dir) throws IOException {
        if (!c.destinations().contains(to)) {
            throw new IllegalArgumentException("destination not in the case's plan: " + to.facilityId());
        }
        return write(c, List.of(to), office, letterDate, dir);
    }

    /** File name without extension: {@code 紹介状_12_1_府中内科クリニック}. */
    public static String baseName(ReferralCase c, Destination to) {
        return "紹介状_" + c.id() + "_" + to.order() + "_" + FileNames.safe(to.name());
    }

    private static List<Path> write(ReferralCase c, List<Destination> to, OfficeSettings office,
                                    LocalDate letterDate, Path dir) throws IOException {
        check(c, letterDate, dir);
        Optional<LetterLogo> logo = LetterLogo.of(office);
        try (StagedFiles staged = new StagedFiles()) {
            for (Destination d : to) {
                LetterContent letter = LetterContent.of(c, d, office, letterDate);
                String base = baseName(c, d);
                LetterDocx.write(letter, logo, staged.stage(dir.resolve(base + ".docx")));
                LetterPdf.write(letter, logo, staged.stage(dir.resolve(base + ".pdf")));
            }
            return staged.commit();
        }
    }

    private static void check(ReferralCase c, LocalDate letterDate, Path dir) {
        if (letterDate == null) {
            throw new IllegalArgumentException("letterDate");
        }
        if (c.patient().birthDate() != null && c.patient().birthDate().isAfter(letterDate)) {
            throw new ExportRejectedException("生年月日が紹介状の日付より後になっています。生年月日を確認してください。");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportRejectedException("出力先がフォルダではありません: " + dir);
        }
    }
}
