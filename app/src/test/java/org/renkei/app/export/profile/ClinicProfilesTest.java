package org.renkei.app.export.profile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.export.handout.PageImage;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles built by hand (fictional clinic, real renderer and fonts), written and read back with PDFBox. */
class ClinicProfilesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private final ClinicProfiles profiles = new ClinicProfiles(MapRenderer.bundled());

    @TempDir
    Path dir;

    @Test
    void onePageA4WithContactHoursCapabilitiesMapAndCredits() throws Exception {
        Path pdf = dir.resolve("p.pdf");
        Path png = dir.resolve("p.png");
        profiles.write(clinic(true, capabilities()), DAY, pdf, png);
        keep(pdf);
        keep(png);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.01);
            String text = text(doc);
            for (String s : List.of("みやにし内科クリニック", "医療法人社団架空会", "042-000-1234", "内科・小児科",
                    "月火水金 9:00-12:30 / 15:00-18:00、土 9:00-12:30（休診 木・日）", "皮膚科",
                    "火木 14:00-17:00", "在宅酸素（内科）", "確認日 未記録", "作成日 令和8年11月20日",
                    "作成 連携デスク記念病院（架空）", MapStyle.CREDIT, "医療機関情報の出典：架空の一覧", "登録医")) {
                assertTrue(text.contains(s), s + " in\n" + text);
            }
            assertEquals(1, images(doc.getPage(0)), "the map");
            assertTrue(text.matches("(?s).*訪問診療\\s+確認日 令和8年11月1日.*"), text);
            assertFalse(text.contains("休診 月"), "closed days listed only when few");
        }
        assertTrue(Files.size(png) > 50_000);
    }

    @Test
    void staleCapabilitiesAreMarkedAndFreshOnesAreNot() throws Exception {
        Path pdf = dir.resolve("stale.pdf");
        profiles.write(clinic(false, capabilities()), DAY, pdf, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = text(doc).lines().toList();
            String stale = lines.stream().filter(l -> l.contains("インスリン導入・管理")).findFirst().orElseThrow();
            assertTrue(stale.contains("確認日 令和6年4月1日") && stale.contains("※要確認"), stale);
            String fresh = lines.stream().filter(l -> l.contains("訪問診療")).findFirst().orElseThrow();
            assertFalse(fresh.contains("要確認"), fresh);
            assertTrue(text(doc).contains(ProfileText.STALE_NOTE));
            assertFalse(text(doc).contains("登録医"), "not a registered doctor");
        }
        Path none = dir.resolve("fresh.pdf");
        profiles.write(clinic(false, List.of(capabilities().get(0))), DAY, none, null);
        try (PDDocument doc = Loader.loadPDF(none.toFile())) {
            assertFalse(text(doc).contains("要確認"), "nothing stale, no mark and no note");
        }
    }

    @Test
    void withoutCoordinatesThereIsNoMapButANote() throws Exception {
        ClinicProfile p = clinic(false, List.of());
        ClinicProfile unlocated = new ClinicProfile(p.name(), p.kind(), p.postalCode(), p.address(), p.phone(), p.url(),
                null, null, null, p.departments(), "", List.of(), false, p.sources(), p.issuer(), true);
        Path pdf = dir.resolve("nomap.pdf");
        profiles.write(unlocated, DAY, pdf, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(0, images(doc.getPage(0)), "no map image");
            String text = text(doc);
            assertTrue(text.contains(ProfileText.NO_MAP), text);
            assertTrue(text.contains(ProfileText.NO_CAPABILITIES), text);
            assertFalse(text.contains(MapStyle.CREDIT), "no map, no map credit");
        }
        assertEquals(null, profiles.render(unlocated, DAY, 72).map());
    }

    @Test
    void hundredDepartmentsWithDifferentHoursAndManyCapabilitiesStillFitOnePage() throws Exception {
        List<ClinicProfile.Department> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new ClinicProfile.Department("診療科" + i, List.of(
                    hours(ServiceDay.values()[i % 7], 8 + i % 3, 12),
                    hours(ServiceDay.values()[(i + 3) % 7], 13, 14 + i % 5))));
        }
        List<ClinicProfile.Capability> caps = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            caps.add(new ClinicProfile.Capability("対応" + i, i % 4 == 0 ? "内科" : null, DAY.minusMonths(i), i > 12));
        }
        ClinicProfile p = clinic(true, caps);
        ClinicProfile big = new ClinicProfile(p.name(), p.kind(), p.postalCode(), p.address(), p.phone(), p.url(),
                p.lat(), p.lng(), p.precision(), many, "", caps, true, p.sources(), p.issuer(), true);
        Path pdf = dir.resolve("big.pdf");
        profiles.write(big, DAY, pdf, null);
        keep(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = text(doc);
            assertTrue(text.matches("(?s).*ほか \\d+ 診療科.*"), "the rest summarised");
            assertTrue(text.contains("対応16"), "every capability printed");
            assertTrue(text.contains(MapStyle.CREDIT), "and still the map");
            assertEquals(1, images(doc.getPage(0)));
        }
        PageImage page = profiles.render(big, DAY, 72);
        assertNotNull(page.pinOnImage(1), "the clinic's pin is on the map");
    }

    @Test
    void aWrongExtensionWritesNothing() {
        ClinicProfile p = clinic(false, List.of());
        assertThrows(IllegalArgumentException.class, () -> profiles.write(p, DAY, dir.resolve("p.docx"), null));
        assertThrows(IllegalArgumentException.class,
                () -> profiles.write(p, DAY, dir.resolve("p.pdf"), dir.resolve("p.jpg")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A fictional clinic in 府中市宮西町 (a real town, so the map has real boundaries and town names). */
    static ClinicProfile clinic(boolean registered, List<ClinicProfile.Capability> caps) {
        List<OpeningHours> internal = new ArrayList<>();
        for (ServiceDay d : List.of(ServiceDay.MON, ServiceDay.TUE, ServiceDay.WED, ServiceDay.FRI)) {
            internal.add(new OpeningHours(d, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)));
            internal.add(new OpeningHours(d, 2, LocalTime.of(15, 0), LocalTime.of(18, 0)));
        }
        internal.add(new OpeningHours(ServiceDay.SAT, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)));
        List<OpeningHours> skin = List.of(new OpeningHours(ServiceDay.TUE, 1, LocalTime.of(14, 0), LocalTime.of(17, 0)),
                new OpeningHours(ServiceDay.THU, 1, LocalTime.of(14, 0), LocalTime.of(17, 0)));
        return new ClinicProfile("医療法人社団架空会　みやにし内科クリニック", "診療所", "183-0022",
                "東京都府中市宮西町２－７－２０", "042-000-1234", "https://miyanishi.clinic.example/", 35.6695, 139.4786,
                Precision.SOURCE, List.of(new ClinicProfile.Department("内科", internal),
                new ClinicProfile.Department("小児科", internal), new ClinicProfile.Department("皮膚科", skin)),
                "", caps, registered, List.of("架空の一覧（テスト用）"), "連携デスク記念病院（架空）", true);
    }

    static List<ClinicProfile.Capability> capabilities() {
        return List.of(new ClinicProfile.Capability("訪問診療", null, LocalDate.of(2026, 11, 1), false),
                new ClinicProfile.Capability("在宅酸素", "内科", LocalDate.of(2026, 3, 15), false),
                new ClinicProfile.Capability("インスリン導入・管理", null, LocalDate.of(2024, 4, 1), true),
                new ClinicProfile.Capability("バリアフリー", null, null, false));
    }

    private static OpeningHours hours(ServiceDay day, int from, int to) {
        return new OpeningHours(day, 1, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    static int images(PDPage page) throws IOException {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }

    static void keep(Path file) throws IOException {
        Path copy = Path.of("target", "profile", file.getFileName().toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
