package org.renkei.app.export.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.match.DeptOpening;
import org.renkei.app.match.MatchFacility;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.search.SearchHit;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facility lists written as GeoJSON, KML and .xlsx and read back with Jackson, the JDK XML parser and POI. */
class GeoExportsTest {
    private static final LocalDateTime SEEN = LocalDateTime.of(2025, 6, 1, 9, 0);

    @TempDir
    Path dir;

    /** Fictional clinics (names and numbers invented); the second has no coordinates. */
    private static List<SearchHit> hits() {
        return List.of(
                new SearchHit(facility(1, "宮西内科クリニック", "042-000-1111", 35.6712, 139.4801, "内科", "皮膚科"), 0.284),
                new SearchHit(facility(2, "位置不明の医院 <&>", "", null, null, "眼科"), null));
    }

    private static Facility facility(long id, String name, String phone, Double lat, Double lng, String... depts) {
        return new Facility(id, "test", "T" + id, name, "", FacilityKind.CLINIC, "", "東京都府中市宮西町２－" + id, "13206",
                lat, lng, lat == null ? Precision.NONE : Precision.SOURCE, phone, "", null, "", FacilityStatus.ACTIVE,
                null, null, null, SEEN, SEEN, java.util.Arrays.stream(depts).map(d -> DepartmentEntry.of(d, d)).toList());
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsWithTheFields() throws Exception {
        Path out = dir.resolve("list.geojson");
        GeoExports.write(ExportPoints.fromHits(hits()), "検索結果", out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(2, root.get("features").size());
        JsonNode first = root.get("features").get(0);
        assertEquals("Point", first.get("geometry").get("type").asText());
        assertEquals(139.4801, first.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(35.6712, first.get("geometry").get("coordinates").get(1).asDouble());
        JsonNode p = first.get("properties");
        assertEquals(1, p.get("number").asInt());
        assertEquals("宮西内科クリニック", p.get("name").asText());
        assertEquals("東京都府中市宮西町２－1", p.get("address").asText());
        assertEquals("042-000-1111", p.get("phone").asText());
        assertEquals(List.of("内科", "皮膚科"), new ObjectMapper().convertValue(p.get("departments"), List.class));
        assertEquals(0.284, p.get("km").asDouble());
        JsonNode second = root.get("features").get(1);
        assertTrue(second.get("geometry").isNull(), "no coordinates, no geometry");
        assertTrue(second.get("properties").get("km").isNull());
        assertEquals("位置不明の医院 <&>", second.get("properties").get("name").asText());
    }

    @Test
    void kmlHasOnePlacemarkPerFacilityWithLngLatCoordinates() throws Exception {
        Path out = dir.resolve("plan.kml");
        GeoExports.write(ExportPoints.fromHits(hits()), "紹介先 案1", out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        Element kml = doc.getDocumentElement();
        assertEquals("kml", kml.getLocalName());
        assertEquals("http://www.opengis.net/kml/2.2", kml.getNamespaceURI());
        assertEquals("紹介先 案1", text(kml, "name"));
        NodeList marks = doc.getElementsByTagNameNS(KmlExport.NS, "Placemark");
        assertEquals(2, marks.getLength());
        Element one = (Element) marks.item(0);
        assertEquals("1. 宮西内科クリニック", text(one, "name"));
        assertEquals("139.4801,35.6712", text(one, "coordinates"));
        assertEquals("住所：東京都府中市宮西町２－1\n電話：042-000-1111\n診療科：内科・皮膚科\n距離：0.28 km",
                text(one, "description"));
        Element two = (Element) marks.item(1);
        assertEquals("2. 位置不明の医院 <&>", text(two, "name"));
        assertEquals(0, two.getElementsByTagNameNS(KmlExport.NS, "Point").getLength());
    }

    @Test
    void workbookHasABoldFilteredFrozenHeaderAndNumbers() throws Exception {
        Path out = dir.resolve("list.xlsx");
        GeoExports.write(ExportPoints.fromHits(hits()), "検索結果", out);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheet(FacilityWorkbook.SHEET);
            Row head = s.getRow(0);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of(FacilityWorkbook.HEADERS), headers);
            assertTrue(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("A1:H3", ((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertTrue(s.getColumnWidth(1) >= 30 * 256);
            Row r = s.getRow(1);
            assertEquals(1, r.getCell(0).getNumericCellValue());
            assertEquals("宮西内科クリニック", r.getCell(1).getStringCellValue());
            assertEquals("内科・皮膚科", r.getCell(2).getStringCellValue());
            assertEquals(0.284, r.getCell(5).getNumericCellValue());
            assertEquals(35.6712, r.getCell(6).getNumericCellValue());
            assertEquals(139.4801, r.getCell(7).getNumericCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, s.getRow(2).getCell(6).getCellType());
        }
    }

    @Test
    void plansAndCasesExportTheDepartmentsEachFacilityCovers() {
        MatchFacility a = new MatchFacility("7", "府中内科", "住所A", "042-000-0007", 35.67, 139.48,
                Map.of("内科", DeptOpening.UNKNOWN, "皮膚科", DeptOpening.UNKNOWN), null, null, null, 0);
        List<ExportPoint> plan = ExportPoints.fromPlan(new Plan(List.of(new PlanMember(a, List.of("皮膚科"), 0.5)), 0.5, 0));
        assertEquals(List.of(new ExportPoint(1, "府中内科", "住所A", "042-000-0007", List.of("皮膚科"), 0.5, 35.67, 139.48)),
                plan);

        Destination second = new Destination(2, 9, "けやき整形外科", "住所B", "", null, null, List.of("整形外科"), 1.2,
                ReferralStatus.SENT, LocalDate.of(2026, 11, 1), "", "");
        Destination first = new Destination(1, 7, "府中内科", "住所A", "042-000-0007", 35.67, 139.48, List.of("内科"), 0.5,
                ReferralStatus.DRAFT, null, "", "");
        ReferralCase c = new ReferralCase(1, new Patient("P-1", "架空 患者", "", null, null, "", "", ""), null, null,
                new MatchNeeds(List.of("内科", "整形外科"), List.of(), 5, List.of()), 35.67, 139.47,
                List.of(second, first), LocalDate.of(2026, 11, 1), null);
        List<ExportPoint> points = ExportPoints.fromCase(c);
        assertEquals(List.of(1, 2), points.stream().map(ExportPoint::number).toList());
        assertEquals(List.of("整形外科"), points.get(1).departments());
        assertFalse(points.get(1).located());
    }

    @Test
    void otherExtensionsAreRefusedInJapaneseAndNothingIsWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeoExports.write(ExportPoints.fromHits(hits()), "x", dir.resolve("list.csv")));
        assertTrue(e.getMessage().contains(".geojson / .kml / .xlsx"), e.getMessage());
        assertEquals(0, dir.toFile().list().length);
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws Exception {
        Path out = dir.resolve("list.kml");
        Files.writeString(out, "old");
        List<ExportPoint> bad = new ArrayList<>(ExportPoints.fromHits(hits()));
        bad.add(null);
        assertThrows(NullPointerException.class, () -> GeoExports.write(bad, "x", out));
        assertEquals("old", Files.readString(out), "the old file is untouched");
        assertEquals(1, dir.toFile().list().length, "no temp file left");
    }

    private static String text(Element parent, String local) {
        return parent.getElementsByTagNameNS(KmlExport.NS, local).item(0).getTextContent();
    }
}
