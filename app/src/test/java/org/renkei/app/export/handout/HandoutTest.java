package org.renkei.app.export.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.Facility;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;
import org.renkei.app.referral.ReferralCase;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handout written to real files and read back: pixels around the pins, PDF text and fonts. */
class HandoutTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final Handouts handouts = new Handouts(new HandoutBuilder(DepartmentVocabulary.bundled()),
            MapRenderer.bundled());
    private final List<Facility> facilities = FictionalCase.facilities();
    private final ReferralCase referral = FictionalCase.referral(facilities);

    @TempDir
    Path dir;

    @Test
    void pngIsAnA4PageAt150DpiWithPinsAndHomeWhereTheRendererPutThem() throws Exception {
        Path out = dir.resolve("handout.png");
        handouts.write(referral, facilities, FictionalCase.OFFICE, DAY, out);
        keepForReview(out);
        BufferedImage png = ImageIO.read(out.toFile());
        assertEquals(1240, png.getWidth());
        assertEquals(1754, png.getHeight());

        PageImage page = handouts.render(referral, facilities, FictionalCase.OFFICE, DAY, Handouts.PNG_DPI).get(0);
        for (int n = 1; n <= 3; n++) {
            Point2D at = page.pinOnImage(n);
            assertNotNull(at, "pin " + n);
            assertTrue(at.getX() > 75 && at.getX() < 1165 && at.getY() > 250 && at.getY() < 1000, at.toString());
            int red = count(png, at, 20, MapStyle.PIN.getRGB());
            assertTrue(red > 300, "pin " + n + " drawn at " + at + ": " + red + " red pixels");
            assertTrue(count(png, at, 20, MapStyle.PAPER.getRGB()) + count(png, at, 20, MapStyle.LAND.getRGB())
                    < 41 * 41 - 300, "not background around pin " + n);
        }
        Point2D home = page.homeOnImage();
        assertTrue(count(png, home, 20, MapStyle.HOME.getRGB()) > 300, "home marker at " + home);
        assertEquals(11 * 11, count(png, new Point2D.Double(10, 10), 5, 0xFFFFFFFF), "the page margin is white");
    }

    @Test
    void pdfIsOneA4PageWithEveryClinicItsDepartmentsPhoneHoursAndTheCredit() throws Exception {
        Path out = dir.resolve("handout.pdf");
        handouts.write(referral, facilities, FictionalCase.OFFICE, DAY, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(doc).replace("\r", "");
            for (String s : List.of("通院先のご案内", "府中 太郎 様", "令和8年11月20日", "宮西内科クリニック",
                    "医療法人社団みどり会", "けやき整形外科", "府中あおば眼科", "内科", "皮膚科", "整形外科", "眼科",
                    "042-000-1111", "042-000-2222", "042-000-3333",
                    "月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00", "月木 8:30-12:30",
                    "日・祝 休診（診療時間は医療機関にご確認ください）",
                    MapStyle.CREDIT, "みらい総合病院（架空）", "電話 042-000-0100", "東京都府中市宮西町2-11")) {
                assertTrue(text.contains(s), "PDF text lacks 「" + s + "」:\n" + text);
            }
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName());
                assertTrue(f.getName().contains("IPAexGothic"), f.getName());
            }
            int images = 0;
            for (var name : page.getResources().getXObjectNames()) {
                images += page.getResources().isImageXObject(name) ? 1 : 0;
            }
            assertEquals(1, images, "the map is one image");
        }
    }

    @Test
    void moreClinicsThanOnePageHoldsContinueOnASecondPage() throws Exception {
        List<Facility> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Facility f = facilities.get(i % 3);
            many.add(FictionalCase.clinic(100 + i, "第" + (i + 1) + "クリニック", "042-000-90" + i,
                    f.lat() + i * 0.001, f.lng(), f.departments()));
        }
        ReferralCase big = FictionalCase.referral(many);
        Path pdf = dir.resolve("many.pdf");
        handouts.write(big, many, FictionalCase.OFFICE, DAY, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= 8; i++) {
                assertTrue(text.contains("第" + i + "クリニック"), "clinic " + i);
            }
        }
        Path png = dir.resolve("many.png");
        handouts.write(big, many, FictionalCase.OFFICE, DAY, png);
        keepForReview(png);
        keepForReview(dir.resolve("many-2.png"));
        assertTrue(Files.isRegularFile(dir.resolve("many-2.png")));
    }

    @Test
    void aClinicWithoutCoordinatesIsListedButNotPinned() throws Exception {
        List<org.renkei.app.referral.Destination> ds = new ArrayList<>(referral.destinations());
        var d = ds.get(2);
        ds.set(2, new org.renkei.app.referral.Destination(d.order(), 999, d.name(), d.address(), d.phone(), null, null,
                d.covers(), d.km(), d.status(), null, "", ""));
        ReferralCase partly = referral.withDestinations(ds);
        PageImage page = handouts.render(partly, facilities, FictionalCase.OFFICE, DAY, 72).get(0);
        assertNotNull(page.pinOnImage(1));
        assertEquals(null, page.pinOnImage(3));
        Path pdf = dir.resolve("partly.pdf");
        handouts.write(partly, facilities, FictionalCase.OFFICE, DAY, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("府中あおば眼科") && text.contains(Handout.NOT_ON_MAP), text);
        }
        ReferralCase nowhere = partly.withHome(null, null).withDestinations(List.of(ds.get(2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> handouts.write(nowhere, facilities, FictionalCase.OFFICE, DAY, dir.resolve("nowhere.pdf")));
        assertTrue(e.getMessage().contains("地図を描けません"), e.getMessage());
    }

    @Test
    void otherExtensionsAndEmptyCasesAreRefusedInJapaneseWithNothingWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                handouts.write(referral, facilities, FictionalCase.OFFICE, DAY, dir.resolve("handout.docx")));
        assertTrue(e.getMessage().contains(".pdf か .png"), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () ->
                handouts.write(referral.withDestinations(List.of()), facilities, FictionalCase.OFFICE, DAY,
                        dir.resolve("empty.pdf")));
        assertTrue(none.getMessage().contains("紹介先"), none.getMessage());
        assertEquals(0, dir.toFile().list().length, "nothing written, no temp files left");
    }

    /** A copy under target/handout for people reviewing the build. */
    static void keepForReview(Path file) throws java.io.IOException {
        Path copy = Path.of("target", "handout", file.getFileName().toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int count(BufferedImage img, Point2D c, int r, int rgb) {
        int n = 0;
        for (int y = (int) c.getY() - r; y <= (int) c.getY() + r; y++) {
            for (int x = (int) c.getX() - r; x <= (int) c.getX() + r; x++) {
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight() && img.getRGB(x, y) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
