package org.renkei.app.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code profile --id ID --out F.pdf [--png]} on the real sample and on 高松市's list (which has phone numbers). */
class ProfileCliTest extends SampleCli {
    @Test
    void writesThePdfAndThePngOfAHospitalWithItsPhone() throws Exception {
        ok("import", TestFiles.get("data/takamatsu_0062_hospital_data_20260812.xlsx").toString());
        var hit = ok("search", "--name", "高松医療センター", "--json").json().get("results").get(0);
        String phone = hit.get("phone").asText();
        assertEquals("087-841-2146", phone);
        Path pdf = tmp.resolve("out").resolve("takamatsu.pdf");
        CliRun r = ok("profile", "--id", hit.get("id").asText(), "--out", pdf.toString(), "--png");
        assertTrue(r.out().contains("takamatsu.pdf") && r.out().contains("takamatsu.png"), r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(phone), text);
            assertTrue(text.contains("高松医療センター"), text);
            assertTrue(text.contains("小児神経内科"), text);
            assertTrue(text.contains("高松市オープンデータ（CC BY 4.0）を加工して作成"), text);
        }
        BufferedImage png = ImageIO.read(tmp.resolve("out").resolve("takamatsu.png").toFile());
        assertEquals(1240, png.getWidth());
    }

    @Test
    void anUnknownIdOrAWrongExtensionExits3AndWritesNothing() throws Exception {
        Path pdf = tmp.resolve("none.pdf");
        CliRun unknown = CliRun.run(db, "profile", "--id", "987654", "--out", pdf.toString());
        assertEquals(3, unknown.exit());
        assertTrue(unknown.err().contains("医療機関 987654 は登録されていません"), unknown.err());
        assertFalse(Files.exists(pdf));
        CliRun docx = CliRun.run(db, "profile", "--id", "1", "--out", tmp.resolve("p.docx").toString());
        assertEquals(3, docx.exit());
        assertTrue(docx.err().contains(".pdf"), docx.err());
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "only the database folder");
        }
    }

    @Test
    void theSheetPrintsTheStoredKnowledgeWithItsStaleMarkButNeverTheNotes() throws Exception {
        ok("import", TestFiles.get("data/takamatsu_0062_hospital_data_20260812.xlsx").toString());
        String id = ok("search", "--name", "高松医療センター", "--json").json().get("results").get(0).get("id").asText();
        ok("facility", "set", "--id", id, "--tag", "在宅酸素", "--tag", "外国語=英語", "--registered", "yes",
                "--verified", "2020-04-01", "--by", "佐藤");
        ok("facility", "set", "--id", id, "--tag", "緩和ケア", "--verified", java.time.LocalDate.now().toString(),
                "--by", "鈴木");
        Path pdf = tmp.resolve("knowledge.pdf");
        ok("profile", "--id", id, "--out", pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("在宅酸素") && text.contains("外国語（英語）") && text.contains("緩和ケア"), text);
            assertTrue(text.contains("要確認"), "the 2020 facts are stale: " + text);
            assertTrue(text.contains("登録医"), text);
        }
    }
}
