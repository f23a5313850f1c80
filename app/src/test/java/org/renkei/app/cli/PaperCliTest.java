package org.renkei.app.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code letters} and {@code summary} on a case made through the CLI over the real sample; files read back. */
class PaperCliTest extends SampleCli {
    String plannedCase() {
        String id = create(FUCHU);
        ok("case", "plan", "--case", id);
        return id;
    }

    @Test
    void lettersWritesDocxAndPdfPerDestination() throws Exception {
        ok("office", "--name", "架空記念病院", "--phone", "042-999-0000");
        String id = plannedCase();
        Path out = tmp.resolve("letters");
        List<String> printed = ok("letters", "--case", id, "--out", out.toString(), "--date", "2026-11-20")
                .out().lines().toList();
        assertEquals(2, printed.size(), "one plan member → one .docx and one .pdf: " + printed);
        Path pdf = Path.of(printed.stream().filter(p -> p.endsWith(".pdf")).findFirst().orElseThrow());
        Path docx = Path.of(printed.stream().filter(p -> p.endsWith(".docx")).findFirst().orElseThrow());
        assertTrue(pdf.startsWith(out.toAbsolutePath()));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("診療情報提供書"), text);
            assertTrue(text.contains("稲城市立病院"), "destination");
            assertTrue(text.contains("府中 花子"), "patient from case-fuchu.json");
            assertTrue(text.contains("架空記念病院"), "office from settings");
            assertTrue(text.contains("令和8年11月20日"), "letter date in 和暦 (the default)");
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertTrue(x.getText().contains("稲城市立病院"));
            assertTrue(x.getText().contains("府中 花子"));
        }
    }

    @Test
    void lettersBeforeAPlanIsRejectedAndWritesNothing() throws Exception {
        String id = create(FUCHU);
        Path out = tmp.resolve("letters");
        CliRun r = CliRun.run(db, "letters", "--case", id, "--out", out.toString());
        assertEquals(3, r.exit(), r.err());
        assertFalse(r.err().isBlank());
        assertTrue(!Files.exists(out) || isEmpty(out), "nothing written");
        CliRun missing = CliRun.run(db, "letters", "--case", "999", "--out", out.toString());
        assertEquals(3, missing.exit());
        assertEquals("ケース 999 は見つかりません。", missing.err().strip());
        CliRun noHandout = CliRun.run(db, "handout", "--case", "999", "--out", tmp.resolve("h.pdf").toString());
        assertEquals(3, noHandout.exit());
        assertEquals("ケース 999 は見つかりません。", noHandout.err().strip());
    }

    @Test
    void summaryCountsTheCaseReferrals() throws Exception {
        String id = plannedCase();
        String fid = ok("case", "show", "--case", id, "--json").json()
                .get("destinations").get(0).get("facility_id").asText();
        ok("referral", "status", "--case", id, "--facility", fid, "--set", "送付済");
        ok("referral", "status", "--case", id, "--facility", fid, "--set", "受入");
        YearMonth now = YearMonth.now();
        Path xlsx = tmp.resolve("summary.xlsx");
        String printed = ok("summary", "--from", now.minusMonths(1).toString(), "--to", now.toString(),
                "--out", xlsx.toString()).out();
        assertTrue(printed.contains("紹介 1 件"), printed);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet list = wb.getSheet("紹介一覧");
            assertEquals(1, list.getLastRowNum(), "header + one referral");
            assertTrue(list.getRow(1).getCell(3).getStringCellValue().contains("稲城市立病院"),
                    list.getRow(1).getCell(3).toString());
            assertTrue(wb.getSheet("受入率") != null);
        }
    }

    @Test
    void summaryRejectsABadMonth() {
        CliRun r = CliRun.run(db, "summary", "--from", "2026-13", "--to", "2026-12", "--out",
                tmp.resolve("s.xlsx").toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("YYYY-MM"), r.err());
        assertFalse(Files.exists(tmp.resolve("s.xlsx")));
    }

    @Test
    void handoutAsPdfAndPng() throws Exception {
        String id = plannedCase();
        Path pdf = tmp.resolve("handout.pdf");
        ok("handout", "--case", id, "--out", pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("稲城市立病院"), text);
            assertTrue(text.contains("国土数値情報"), "data credit");
        }
        Path png = tmp.resolve("handout.png");
        ok("handout", "--case", id, "--out", png.toString());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1240, img.getWidth(), "A4 at 150 dpi");
        CliRun bad = CliRun.run(db, "handout", "--case", id, "--out", tmp.resolve("handout.txt").toString());
        assertEquals(3, bad.exit());
        assertFalse(Files.exists(tmp.resolve("handout.txt")));
    }

    @Test
    void searchResultsAndPlansExportAsGeoJsonKmlAndXlsx() throws Exception {
        Path geojson = tmp.resolve("hits.geojson");
        ok("search", "--dept", "皮膚科", "--near", "東京都府中市宮西町２丁目", "--km", "5", "--out", geojson.toString());
        var features = new com.fasterxml.jackson.databind.ObjectMapper().readTree(geojson.toFile()).get("features");
        assertTrue(features.size() >= 1);
        assertEquals("稲城市立病院", features.get(0).get("properties").get("name").asText());

        String id = plannedCase();
        Path kml = tmp.resolve("plan.kml");
        ok("case", "show", "--case", id, "--out", kml.toString());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(kml.toFile());
        assertEquals(1, doc.getElementsByTagName("Placemark").getLength());
        Path xlsx = tmp.resolve("plan.xlsx");
        ok("case", "show", "--case", id, "--out", xlsx.toString());
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertEquals(1, wb.getSheetAt(0).getLastRowNum(), "header + the plan's one facility");
        }
        assertEquals(3, CliRun.run(db, "case", "show", "--case", id, "--out", tmp.resolve("x.doc").toString()).exit());
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
