package org.renkei.app.facility;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.domain.Facility;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;
import org.renkei.app.export.profile.ClinicProfile;
import org.renkei.app.export.profile.ClinicProfiles;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles of real facilities from the bundled MHLW sample, imported into a real H2 store. */
class ProfileAssemblerTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final OfficeSettings OFFICE = new OfficeSettings("連携デスク記念病院（架空）", "", "", "", "", "", true, 14);
    static final String NAVII = "厚生労働省「医療情報ネット（ナビイ）」オープンデータ";

    @TempDir
    Path dir;

    @Test
    void theFacilityWithTheMostDepartmentsStillPrintsOnOnePageWithAllOfThem() throws Exception {
        try (Database db = Database.open(SampleStore.copyTo(dir.resolve("db")), TestPassword.chars())) {
            FacilityService service = new FacilityService(db);
            Facility most = service.allActiveWithDepartments().stream()
                    .max(Comparator.comparingInt(f -> f.departments().size())).orElseThrow();
            assertTrue(most.departments().size() >= 40, most.name() + " " + most.departments().size());
            ClinicProfile p = new ProfileAssembler(service, CapabilitySource.NONE).assemble(most.id(), OFFICE, DAY)
                    .orElseThrow();
            assertEquals(most.name(), p.name());
            assertEquals("病院", p.kind());
            assertFalse(p.registered());
            assertTrue(p.sources().get(0).startsWith(NAVII), p.sources().toString());
            Path pdf = dir.resolve("most.pdf");
            Path png = dir.resolve("most.png");
            new ClinicProfiles(MapRenderer.bundled()).write(p, DAY, pdf, png);
            keep(png);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 0.01);
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("東京大学医学部附属病院"), text);
                for (ClinicProfile.Department d : p.departments()) {
                    assertTrue(text.contains(d.name()), d.name());
                }
                assertTrue(text.contains(NAVII), "the data credit");
                assertTrue(text.contains(MapStyle.CREDIT), "the boundaries' credit");
                assertTrue(text.contains("診療時間は医療機関にご確認ください"), "the sample has no hours");
                assertFalse(text.contains("ほか"), "nothing cut");
            }
        }
    }

    @Test
    void aHospitalLocatedFromItsAddressSaysThePinIsApproximateAndUnknownIdsAreEmpty() throws Exception {
        try (Database db = Database.open(SampleStore.copyTo(dir.resolve("db")), TestPassword.chars())) {
            FacilityService service = new FacilityService(db);
            Facility musashino = service.allActiveWithDepartments().stream()
                    .filter(f -> f.name().endsWith("むさしの病院")).findFirst().orElseThrow();
            ProfileAssembler assembler = new ProfileAssembler(service, (id, today) -> List.of(
                    new ClinicProfile.Capability("訪問診療", null, today.minusMonths(2), false)));
            ClinicProfile p = assembler.assemble(musashino.id(), OFFICE, DAY).orElseThrow();
            assertEquals(Precision.TOWN, p.precision(), "0.0,0.0 in the file");
            assertEquals(List.of("訪問診療"), p.capabilities().stream().map(ClinicProfile.Capability::label).toList());
            List<String> names = p.departments().stream().map(ClinicProfile.Department::name).toList();
            assertTrue(names.contains("代謝内科"), names.toString());
            assertFalse(names.contains("糖尿病"), "a fragment of 糖尿病内科 left by the source's split: " + names);
            Path pdf = dir.resolve("musashino.pdf");
            new ClinicProfiles(MapRenderer.bundled()).write(p, DAY, pdf, null);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("おおよその位置"), text);
                assertTrue(text.contains("確認日 令和8年9月20日"), text);
            }
            assertTrue(assembler.assemble(999_999, OFFICE, DAY).isEmpty());
        }
    }

    @Test
    void departmentsMergeRepeatedEntriesAndKeepUnknownLabelsThatAreNotFragments() {
        List<ClinicProfile.Department> d = ProfileAssembler.departments(List.of(
                DepartmentEntry.of("内科", "内"), DepartmentEntry.of("内科", "内科"),
                DepartmentEntry.of(null, "漢方外来"), DepartmentEntry.of(null, "内")));
        assertEquals(List.of("内科", "漢方外来"), d.stream().map(ClinicProfile.Department::name).toList());
    }

    private static void keep(Path file) throws java.io.IOException {
        Path copy = Path.of("target", "profile", file.getFileName().toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
