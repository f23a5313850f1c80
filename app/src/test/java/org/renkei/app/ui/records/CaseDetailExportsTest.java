package org.renkei.app.ui.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.export.handout.Handout;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 「案内図を出力…」 and 「Excel / GeoJSON / KML に書き出す…」 of a stored case, and its map, over the real services and
 * the bundled sample; the files are read back (PDFBox, ImageIO, Jackson).
 */
class CaseDetailExportsTest {
    @TempDir
    Path tmp;
    RecordsFixture f;
    CaseDetailViewModel detail;

    @BeforeEach
    void open() {
        f = new RecordsFixture(tmp);
        detail = f.vm.detail();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theHandoutIsWrittenAsPdfWithEveryDestinationAndOpened() throws Exception {
        ReferralCase c = f.create("P-0401", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科", "眼科");
        Path pdf = tmp.resolve("out").resolve("handout.pdf");
        f.dialogs.fileToSave = pdf;
        detail.exportHandout();

        assertEquals(List.of("患者さん向けの案内図（地図と一覧）を保存 / 案内図_" + c.id() + ".pdf"), f.dialogs.chooserTitles);
        assertEquals(List.of(List.of("pdf", "png")), f.dialogs.offeredTypes, "PDF first, PNG allowed");
        assertEquals(List.of(pdf), f.dialogs.opened);
        assertEquals("案内図を出力しました: " + pdf, detail.messageProperty().get());
        String text = RecordsFixture.pdfText(pdf);
        assertTrue(text.contains(Handout.TITLE), text);
        for (Destination d : c.destinations()) {
            assertTrue(text.contains(d.name()), d.name() + " in " + text);
        }
        assertEquals(List.of(), f.dialogs.errors);
        assertFalse(detail.exportingProperty().get());
    }

    @Test
    void theHandoutCanBeAnA4Png() throws Exception {
        f.create("P-0402", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科");
        Path png = tmp.resolve("handout.png");
        f.dialogs.fileToSave = png;
        detail.exportHandout();
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1240, image.getWidth(), 2, "A4 width at 150 dpi");
        assertEquals(1754, image.getHeight(), 2);
        assertEquals(List.of(png), f.dialogs.opened);
    }

    @Test
    void aHandoutThatCannotBeWrittenIsExplainedInJapanese() throws Exception {
        f.create("P-0403", "府中 花子", "フチュウ ハナコ", "内科");
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        f.dialogs.fileToSave = file.resolve("handout.pdf");
        detail.exportHandout();
        assertEquals(1, f.dialogs.errors.size());
        assertTrue(f.dialogs.errors.get(0).startsWith("案内図を出力できませんでした: ファイルを書き込めませんでした。"),
                f.dialogs.errors.get(0));
        assertTrue(f.dialogs.opened.isEmpty());
        assertTrue(detail.canExportProperty().get(), "the command is available again");

        f.dialogs.fileToSave = null;
        detail.exportHandout();
        assertEquals(1, f.dialogs.errors.size(), "a cancelled dialog writes nothing and says nothing");
    }

    @Test
    void theDestinationsAreWrittenAsGeoJsonNumberedAsOnTheHandout() throws Exception {
        ReferralCase c = f.create("P-0404", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科", "眼科");
        Path geojson = tmp.resolve("case.geojson");
        f.dialogs.fileToSave = geojson;
        detail.exportDestinations();

        assertEquals(List.of("地図データを書き出す（Excel / GeoJSON / KML） / 紹介先_" + c.id() + ".xlsx"),
                f.dialogs.chooserTitles);
        assertEquals(List.of(geojson), f.dialogs.opened);
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
        assertEquals(c.destinations().size(), features.size());
        for (int i = 0; i < features.size(); i++) {
            Destination d = c.destinations().get(i);
            JsonNode p = features.get(i).get("properties");
            assertEquals(d.order(), p.get("number").asInt());
            assertEquals(d.name(), p.get("name").asText());
            assertEquals(d.covers(), List.of(new ObjectMapper().treeToValue(p.get("departments"), String[].class)));
            assertEquals(d.lng(), features.get(i).get("geometry").get("coordinates").get(0).asDouble());
        }
        assertEquals("紹介先を書き出しました: " + geojson, detail.messageProperty().get());
    }

    @Test
    void theMapShowsTheHomeAndTheDestinationsAndAPinSelectsItsDestination() {
        ReferralCase c = f.create("P-0405", "府中 花子", "フチュウ ハナコ", "内科", "皮膚科", "心療内科");
        MapScene scene = detail.mapSceneProperty().get();
        assertEquals(new LatLng(c.homeLat(), c.homeLng()), scene.home());
        assertEquals(c.destinations().stream().map(d -> new MapPin(d.order(), new LatLng(d.lat(), d.lng()), d.name(),
                d.address())).toList(), scene.pins());
        assertTrue(c.destinations().size() > 1, "no single sample hospital within 5 km offers all three");
        detail.selectPin(2);
        assertEquals("2", detail.selectedDestinationProperty().get().order());
        detail.selectPin(1);
        assertEquals("1", detail.selectedDestinationProperty().get().order());
        detail.show(null);
        assertEquals(null, detail.mapSceneProperty().get());
    }
}
