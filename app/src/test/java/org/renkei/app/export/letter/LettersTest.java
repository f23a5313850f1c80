package org.renkei.app.export.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.export.JapaneseFont;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.ReferralCase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.export.letter.LetterFixtures.LETTER_DATE;
import static org.renkei.app.export.letter.LetterFixtures.squeeze;

class LettersTest {
    @TempDir
    Path dir;
    private final ReferralCase c = LetterFixtures.referralCase();

    /** What every letter of the fixture must print, whichever the format. */
    private static final List<String> COMMON = List.of("診療情報提供書", "令和8年11月20日", "先生", "御侍史",
            "〒183-0000", "東京都府中市架空町１－１", "架空記念病院", "電話 042-999-0000", "FAX 042-999-0001", "総合診療科",
            "架空 一郎", "試験 花子", "シケン ハナコ", "女", "昭和23年4月2日", "78歳", "無職", "東京都府中市宮西町２丁目１５－３",
            "042-000-1234", "傷病名", "2型糖尿病", "慢性湿疹", "変形性膝関節症", "紹介目的", "病状安定のため、今後の継続診療をお願いいたします。",
            "既往歴及び家族歴", "高血圧症（60歳）、母：糖尿病", "症状経過及び検査結果",
            "HbA1c 7.0% 前後で推移。湿疹は外用で軽快。膝痛は歩行時のみ。", "治療経過", "メトホルミン内服、ステロイド外用、リハビリ通院。",
            "現在の処方", "メトホルミン塩酸塩錠250mg 1回1錠 1日2回 朝夕食後", "ヘパリン類似物質油性クリーム 1日2回 塗布", "備考",
            "腫瘍内科は当院で経過観察を続けます。", "当院で継続する診療科：腫瘍内科");

    private static void assertAllPresent(String text, List<String> expected, String file) {
        String flat = squeeze(text);
        for (String e : expected) {
            assertTrue(flat.contains(squeeze(e)), () -> file + " lacks 「" + e + "」");
        }
    }

    @Test
    void oneDocxAndOnePdfPerDestinationNamedWithoutPatientData() throws IOException {
        List<Path> files = Letters.write(c, LetterFixtures.office(true), LETTER_DATE, dir.resolve("out"));
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("紹介状_17_1_府中みどり内科クリニック.docx", "紹介状_17_1_府中みどり内科クリニック.pdf",
                "紹介状_17_2_医療法人社団_けやき会_けやき整形外科.docx", "紹介状_17_2_医療法人社団_けやき会_けやき整形外科.pdf",
                "紹介状_17_3_宮西眼科医院.docx", "紹介状_17_3_宮西眼科医院.pdf"), names);
        try (Stream<Path> all = Files.list(dir.resolve("out"))) {
            assertEquals(6, all.count(), "no temporary files left");
        }
        for (Path f : files) {
            assertFalse(f.getFileName().toString().contains("花子"));
        }
    }

    @Test
    void docxHoldsEveryFieldTheOtherMembersAndTheKeptDepartments() throws IOException {
        List<Path> files = Letters.write(c, LetterFixtures.office(true), LETTER_DATE, dir);
        String text = LetterFiles.docxText(files.get(2));     // to けやき整形外科
        assertAllPresent(text, COMMON, "docx");
        assertAllPresent(text, List.of("医療法人社団　けやき会/けやき整形外科", "整形外科　ご担当医", "貴院へのご依頼：整形外科",
                "府中みどり内科クリニック（内科・皮膚科）", "電話 042-111-0001", "宮西眼科医院（眼科）"), "docx");
        try (InputStream in = Files.newInputStream(files.get(2)); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals(13, table.getNumberOfRows());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideHBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideVBorderType());
            XWPFTableRow address = table.getRow(3);
            assertEquals(2, address.getTableCells().size(), "wide row: label + value spanning three columns");
            assertEquals("住所", address.getCell(0).getText());
            assertEquals(3, address.getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            int runs = 0;
            for (var p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertEquals(JapaneseFont.FAMILY, r.getFontFamily(XWPFRun.FontCharRange.eastAsia));
                    runs++;
                }
            }
            assertTrue(runs > 8);
            assertEquals("11906", doc.getDocument().getBody().getSectPr().getPgSz().getW().toString(), "A4 width in twips");
        }
    }

    @Test
    void pdfHoldsEveryFieldWithTheFontEmbeddedOnEveryPage() throws IOException {
        List<Path> files = Letters.write(c, LetterFixtures.office(true), LETTER_DATE, dir);
        Path pdf = files.get(1);                             // to 府中みどり内科クリニック
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertAllPresent(text, COMMON, "pdf");
            assertAllPresent(text, List.of("府中みどり内科クリニック", "内科・皮膚科　ご担当医", "貴院へのご依頼：内科・皮膚科",
                    "医療法人社団　けやき会/けやき整形外科（整形外科）", "電話 042-111-0002", "宮西眼科医院（眼科）", "1 / 1"), "pdf");
            PDPage page = doc.getPage(0);
            assertEquals(595, Math.round(page.getMediaBox().getWidth()));
            assertEquals(842, Math.round(page.getMediaBox().getHeight()));
            List<PDFont> fonts = LetterFiles.pageFonts(doc);
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().contains("IPAexGothic"), f.getName());
            }
            assertFalse(doc.getDocumentInformation().getTitle().contains("花子"));
        }
    }

    @Test
    void westernDatesWhenTheOfficeChoosesThem() throws IOException {
        List<Path> files = Letters.write(c, LetterFixtures.office(false), LETTER_DATE, dir);
        for (Path f : List.of(files.get(0), files.get(1))) {
            String text = squeeze(f.toString().endsWith(".pdf") ? LetterFiles.pdfText(f) : LetterFiles.docxText(f));
            assertTrue(text.contains("2026年11月20日"), f.toString());
            assertTrue(text.contains("1948年4月2日"), f.toString());
            assertFalse(text.contains("昭和"), f.toString());
            assertFalse(text.contains("令和"), f.toString());
        }
    }

    @Test
    void aLongBodyRunsOverSeveralNumberedPagesAndLosesNothing() throws IOException {
        StringBuilder course = new StringBuilder();
        for (int week = 1; week <= 60; week++) {
            course.append("第").append(week).append("週：空腹時血糖 ").append(100 + week)
                    .append(" mg/dL、HbA1c 7.").append(week % 10).append("%。自覚症状の変化なし、食事療法を継続。\n");
        }
        CaseDetails d = c.details();
        ReferralCase longCase = new ReferralCase(c.id(), c.patient(), c.referrer(),
                new CaseDetails(d.diagnoses(), d.purpose(), d.history(), course.toString().strip(), d.treatment(),
                        d.prescriptions(), d.notes()), c.needs(), null, null, c.destinations(), c.createdOn(), null);
        Path pdf = Letters.write(longCase, longCase.destinations().get(0), LetterFixtures.office(true), LETTER_DATE,
                dir).get(1);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            String text = new PDFTextStripper().getText(doc);
            for (int p = 1; p <= pages; p++) {
                assertTrue(text.contains(p + " / " + pages), "page number " + p);
            }
            assertTrue(squeeze(text).contains("症状経過及び検査結果（続き）"), "continued label");
            assertTrue(text.contains("試験 花子 様（続き）"), "running head on continuation pages");
            String flat = squeeze(text);
            for (int week = 1; week <= 60; week++) {
                assertTrue(flat.contains(squeeze("第" + week + "週：空腹時血糖 " + (100 + week) + " mg/dL")), "week " + week);
            }
            assertAllPresent(text, COMMON.stream().filter(e -> !e.startsWith("HbA1c")).toList(), "long pdf");
            for (PDFont f : LetterFiles.pageFonts(doc)) {
                assertTrue(f.isEmbedded(), f.getName());
            }
        }
    }

    @Test
    void anAbsurdlyLongShortFieldStillStaysOnThePages() throws IOException {
        var p = c.patient();
        String occupation = "非常勤の事務職として複数の事業所に勤務。".repeat(120);
        var patient = new org.renkei.app.referral.Patient(p.id(), p.name(), p.kana(), p.sex(), p.birthDate(),
                p.address(), p.phone(), occupation);
        ReferralCase odd = new ReferralCase(c.id(), patient, c.referrer(), c.details(), c.needs(), null, null,
                c.destinations(), c.createdOn(), null);
        Path pdf = Letters.write(odd, odd.destinations().get(0), LetterFixtures.office(true), LETTER_DATE, dir).get(1);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String flat = squeeze(new PDFTextStripper().getText(doc));
            // pages interleave running heads and page numbers, so count a character only the field has (2 per sentence)
            assertEquals(240, flat.chars().filter(ch -> ch == '勤').count(), "the whole field is printed");
            assertTrue(flat.contains("非常勤の事務職として複数の事業所に勤務。非常勤の事務職として"));
            assertTrue(flat.contains("職業（続き）"));
        }
    }
}
