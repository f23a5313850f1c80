package org.renkei.app.export.letter;

import org.renkei.app.export.JapaneseDates;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Everything one 診療情報提供書 (様式11) prints, worked out once so the .docx and the PDF say exactly the same.
 *
 * @param date        the letter's date as the office writes dates
 * @param addressee   紹介先: the facility, then the line to its doctor
 * @param sender      紹介元: address, hospital, phone/FAX, department and doctor
 * @param runningHead printed atop the PDF's continuation pages, so loose pages can be put back together
 * @param rows        the form's table, top to bottom
 */
public record LetterContent(String title, String date, List<String> addressee, List<String> sender,
                            String greeting, String runningHead, List<LetterRow> rows) {
    public static final String TITLE = "診療情報提供書";
    static final String GREETING = "平素より大変お世話になっております。下記の患者様をご紹介申し上げます。"
            + "ご高診のほど、よろしくお願い申し上げます。";
    static final String SEP = "・";

    public LetterContent {
        addressee = List.copyOf(addressee);
        sender = List.copyOf(sender);
        rows = List.copyOf(rows);
    }

    /** The letter from {@code office} about {@code c}'s patient to the destination {@code to}, dated {@code date}. */
    public static LetterContent of(ReferralCase c, Destination to, OfficeSettings office, LocalDate date) {
        boolean era = office.eraDates();
        Patient p = c.patient();
        List<String> addressee = List.of(to.name(), String.join(SEP, to.covers()) + "　ご担当医　先生　御侍史");
        return new LetterContent(TITLE, JapaneseDates.format(date, era), addressee, sender(c, office), GREETING,
                TITLE + "　" + p.name() + " 様（続き）", rows(c, to, date, era));
    }

    private static List<String> sender(ReferralCase c, OfficeSettings office) {
        List<String> lines = new ArrayList<>();
        String postal = office.postalCode().isBlank() ? "" : "〒" + office.postalCode().strip() + "　";
        addIfPresent(lines, postal + office.address());
        addIfPresent(lines, office.hospitalName());
        List<String> tel = new ArrayList<>();
        if (!office.phone().isBlank()) {
            tel.add("電話 " + office.phone());
        }
        if (!office.fax().isBlank()) {
            tel.add("FAX " + office.fax());
        }
        addIfPresent(lines, String.join("　", tel));
        String dept = c.referrer().department();
        addIfPresent(lines, (dept.isBlank() ? "" : dept + "　") + "医師　" + c.referrer().doctor());
        return lines;
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private static List<LetterRow> rows(ReferralCase c, Destination to, LocalDate date, boolean era) {
        Patient p = c.patient();
        CaseDetails d = c.details();
        String birth = p.birthDate() == null ? "" : JapaneseDates.format(p.birthDate(), era);
        String age = p.birthDate() == null ? "" : JapaneseDates.age(p.birthDate(), date) + "歳";
        return List.of(
                LetterRow.pair("フリガナ", p.kana(), "性別", p.sex().label()),
                LetterRow.pair("患者氏名", p.name(), "年齢", age),
                LetterRow.pair("生年月日", birth, "職業", p.occupation()),
                LetterRow.wide("住所", p.address()),
                LetterRow.wide("電話番号", p.phone()),
                LetterRow.wide("傷病名", numbered(d.diagnoses())),
                LetterRow.wide("紹介目的", d.purpose()),
                LetterRow.wide("診療の分担", sharing(c, to)),
                LetterRow.wide("既往歴及び家族歴", d.history()),
                LetterRow.wide("症状経過及び検査結果", d.course()),
                LetterRow.wide("治療経過", d.treatment()),
                LetterRow.wide("現在の処方", String.join("\n", d.prescriptions())),
                LetterRow.wide("備考", d.notes()));
    }

    private static String numbered(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i))
                .collect(Collectors.joining("\n"));
    }

    /** Who covers what: this destination's departments, the other plan members', the ones the hospital keeps. */
    static String sharing(ReferralCase c, Destination to) {
        List<String> lines = new ArrayList<>();
        lines.add("貴院へのご依頼：" + String.join(SEP, to.covers()));
        List<Destination> others = c.othersThan(to);
        if (others.isEmpty()) {
            lines.add("他の紹介先：なし（貴院のみにご紹介しています）");
        } else {
            lines.add("他の紹介先：");
            for (Destination o : others) {
                String phone = o.phone().isBlank() ? "" : "　電話 " + o.phone();
                lines.add("　・" + o.name() + "（" + String.join(SEP, o.covers()) + "）" + phone);
            }
        }
        List<String> keep = c.needs().keep();
        lines.add("当院で継続する診療科：" + (keep.isEmpty() ? "なし" : String.join(SEP, keep)));
        return String.join("\n", lines);
    }
}
