package org.renkei.app.export.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.export.letter.LetterFixtures.LETTER_DATE;

class LetterLogoAndRejectionTest {
    @TempDir
    Path dir;
    private final ReferralCase c = LetterFixtures.referralCase();

    private Path logo(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x2a6f97));
        g.fillOval(2, 2, h - 4, h - 4);
        g.dispose();
        Path file = dir.resolve("logo." + format);
        ImageIO.write(img, format, file.toFile());
        return file;
    }

    private Path out() {
        return dir.resolve("letters");
    }

    private void assertNothingWritten() throws IOException {
        if (Files.exists(out())) {
            try (Stream<Path> s = Files.list(out())) {
                assertEquals(List.of(), s.toList());
            }
        }
    }

    @Test
    void theLogoIsPrintedInBothFormatsKeepingItsProportions() throws IOException {
        Path png = logo("png", 300, 80);
        OfficeSettings office = LetterFixtures.withLogo(LetterFixtures.office(true), png.toString());
        List<Path> files = Letters.write(c, c.destinations().get(0), office, LETTER_DATE, out());
        try (InputStream in = Files.newInputStream(files.get(0)); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertEquals(1, pictures.size());
            assertArrayEquals(Files.readAllBytes(png), pictures.get(0).getData());
        }
        try (PDDocument doc = Loader.loadPDF(files.get(1).toFile())) {
            PDResources res = doc.getPage(0).getResources();
            int images = 0;
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDImageXObject image) {
                    assertEquals(300, image.getWidth());
                    assertEquals(80, image.getHeight());
                    images++;
                }
            }
            assertEquals(1, images);
        }
    }

    @Test
    void aJpegLogoIsAcceptedToo() throws IOException {
        Path jpg = logo("jpg", 120, 60);
        LetterLogo logo = LetterLogo.of(LetterFixtures.withLogo(LetterFixtures.office(true), jpg.toString()))
                .orElseThrow();
        assertEquals(false, logo.png());
        assertEquals(80, logo.widthPt(), 0.01);           // 40 pt high box, 2:1
        assertEquals(40, logo.heightPt(), 0.01);
    }

    @Test
    void aMissingLogoRejectsTheExportAndWritesNothing() throws IOException {
        OfficeSettings office = LetterFixtures.withLogo(LetterFixtures.office(true), dir.resolve("なし.png").toString());
        ExportRejectedException e = assertThrows(ExportRejectedException.class,
                () -> Letters.write(c, office, LETTER_DATE, out()));
        assertTrue(e.getMessage().startsWith("ロゴ画像が見つからないか読み込めません"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aLogoThatIsNotAnImageRejectsTheExport() throws IOException {
        Path fake = Files.writeString(dir.resolve("logo.png"), "not an image");
        OfficeSettings office = LetterFixtures.withLogo(LetterFixtures.office(true), fake.toString());
        ExportRejectedException e = assertThrows(ExportRejectedException.class,
                () -> Letters.write(c, office, LETTER_DATE, out()));
        assertTrue(e.getMessage().contains("PNG または JPEG"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aCaseWithoutAPlanIsRejected() throws IOException {
        ExportRejectedException e = assertThrows(ExportRejectedException.class,
                () -> Letters.write(c.withDestinations(List.of()), LetterFixtures.office(true), LETTER_DATE, out()));
        assertTrue(e.getMessage().contains("プランを選んでから"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aBirthDateAfterTheLetterDateIsRejected() throws IOException {
        Patient p = c.patient();
        Patient future = new Patient(p.id(), p.name(), p.kana(), p.sex(), LocalDate.of(2027, 1, 1), p.address(),
                p.phone(), p.occupation());
        ReferralCase bad = new ReferralCase(c.id(), future, c.referrer(), c.details(), c.needs(), null, null,
                c.destinations(), c.createdOn(), null);
        assertThrows(ExportRejectedException.class,
                () -> Letters.write(bad, LetterFixtures.office(true), LETTER_DATE, out()));
        assertNothingWritten();
    }

    @Test
    void anOutputPathThatIsAFileIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        ExportRejectedException e = assertThrows(ExportRejectedException.class,
                () -> Letters.write(c, LetterFixtures.office(true), LETTER_DATE, file));
        assertTrue(e.getMessage().startsWith("出力先がフォルダではありません"), e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aSecondExportReplacesTheFirst() throws IOException {
        List<Path> first = Letters.write(c, LetterFixtures.office(true), LETTER_DATE, out());
        List<Path> second = Letters.write(c, LetterFixtures.office(false), LETTER_DATE, out());
        assertEquals(first, second);
        assertTrue(LetterFiles.pdfText(second.get(1)).contains("2026年11月20日"));
        try (Stream<Path> s = Files.list(out())) {
            assertEquals(6, s.count());
        }
    }
}
