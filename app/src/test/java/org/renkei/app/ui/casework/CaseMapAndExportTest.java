package org.renkei.app.ui.casework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.Facility;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.match.MatchFacility;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeMatcher;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Precision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.ui.testing.Facilities.facility;

/** The case screen's map (home and the plan looked at) and 「書き出す…」 of a plan, writing real files. */
class CaseMapAndExportTest {
    private static final GeocodeResult FUCHU = new GeocodeResult(35.6700, 139.4780, Precision.TOWN,
            "東京都府中市宮西町二丁目", "東京都", "府中市", "宮西町二丁目", "13206");
    private static final Facility A = facility(7, "宮西クリニック", 35.671, 139.479, "内科", "皮膚科");
    private static final Facility B = facility(8, "府中眼科", 35.68, 139.49, "眼科");
    private static final Facility C = facility(9, "けやき総合クリニック", 35.66, 139.47, "内科", "皮膚科", "眼科");

    @TempDir
    Path tmp;
    private final FakeMatcher matcher = new FakeMatcher();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Long> looked = new ArrayList<>();
    private CaseViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new CaseViewModel(matcher, new FakeSuggester(), a -> FUCHU, id -> {
            looked.add(id);
            return Optional.empty();
        }, new SameThreadTaskRunner(), new GeoExport(GeoWriter.standard(), new SameThreadTaskRunner(), dialogs));
        matcher.facilities = Map.of("7", A, "8", B, "9", C);
        matcher.result = new MatchResult(List.of(
                new Plan(List.of(member(A, 0.14, "内科", "皮膚科"), member(B, 1.42, "眼科")), 1.56, 0),
                new Plan(List.of(member(C, 1.2, "内科", "皮膚科", "眼科")), 1.2, 0)), List.of(), "", 2, 1);
    }

    @Test
    void theMapShowsTheHomeWithTheBestPlanThenThePlanLookedAtOrChosen() {
        assertNull(vm.mapSceneProperty().get(), "nothing before a search");
        find();
        PlanCard best = vm.plansProperty().get(0);
        PlanCard other = vm.plansProperty().get(1);
        assertSame(best, vm.mappedPlanProperty().get());
        assertEquals(new MapScene(new LatLng(FUCHU.lat(), FUCHU.lng()), List.of(
                new MapPin(1, new LatLng(35.671, 139.479), "宮西クリニック", A.address()),
                new MapPin(2, new LatLng(35.68, 139.49), "府中眼科", B.address()))), vm.mapSceneProperty().get(),
                "pins numbered in plan order, as on the card and the handout");

        vm.showOnMap(other);
        assertSame(other, vm.mappedPlanProperty().get());
        assertEquals(List.of("けやき総合クリニック"), pinNames());
        vm.openPin(1);
        assertEquals(List.of(9L), looked, "a clicked pin opens its clinic in the detail pane");
        vm.openPin(2);
        vm.openPin(0);
        assertEquals(List.of(9L), looked, "no such pin in the mapped plan");

        vm.choose(best);
        assertSame(best, vm.mappedPlanProperty().get(), "the chosen plan goes on the map");
        vm.openPin(2);
        assertEquals(List.of(9L, 8L), looked);
        vm.showOnMap(new PlanCard(9, "案9", "", "", List.of()));
        assertSame(best, vm.mappedPlanProperty().get(), "a card not shown is ignored");

        matcher.result = new MatchResult(List.of(), List.of(), "条件を満たす施設が範囲内にありません。", 0, 1);
        vm.find();
        assertNull(vm.mappedPlanProperty().get());
        assertEquals(new MapScene(new LatLng(FUCHU.lat(), FUCHU.lng()), List.of()), vm.mapSceneProperty().get(),
                "nothing matched: the home alone");
        matcher.failure = new IllegalStateException("boom");
        vm.find();
        assertNull(vm.mapSceneProperty().get());
    }

    @Test
    void aPlanIsWrittenAsKmlOrGeoJsonAndOpened() throws Exception {
        find();
        PlanCard best = vm.plansProperty().get(0);
        Path kml = tmp.resolve("plan.kml");
        dialogs.fileToSave = kml;
        vm.exportPlan(best);
        assertEquals(List.of("地図データを書き出す（Excel / GeoJSON / KML） / 紹介先_案1.xlsx"), dialogs.chooserTitles);
        assertEquals(List.of(List.of("xlsx", "geojson", "kml")), dialogs.offeredTypes);
        assertEquals(List.of(kml), dialogs.opened);
        String text = Files.readString(kml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<name>紹介先 案1</name>") && text.contains("宮西クリニック")
                && text.contains("府中眼科") && !text.contains("けやき"), text);
        assertEquals("案を書き出しました: " + kml, vm.messageProperty().get());

        Path geojson = tmp.resolve("plan2.geojson");
        dialogs.fileToSave = geojson;
        vm.exportPlan(vm.plansProperty().get(1));
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
        assertEquals(1, features.size());
        JsonNode p = features.get(0).get("properties");
        assertEquals("けやき総合クリニック", p.get("name").asText());
        assertEquals(1, p.get("number").asInt());
        assertEquals(1.2, p.get("km").asDouble());
        assertEquals("[\"内科\",\"皮膚科\",\"眼科\"]", p.get("departments").toString());
        assertEquals(139.47, features.get(0).get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aCancelledOrRefusedExportWritesNothing() {
        find();
        dialogs.fileToSave = null;
        vm.exportPlan(vm.plansProperty().get(0));
        assertTrue(dialogs.opened.isEmpty() && dialogs.errors.isEmpty());

        Path text = tmp.resolve("plan.txt");
        dialogs.fileToSave = text;
        vm.exportPlan(vm.plansProperty().get(0));
        assertFalse(Files.exists(text));
        assertEquals(List.of("書き出せませんでした: 出力ファイルの拡張子は .geojson / .kml / .xlsx のいずれかにしてください: "
                + "plan.txt"), dialogs.errors);
        assertTrue(dialogs.opened.isEmpty());
        assertFalse(vm.exportingProperty().get());
    }

    private void find() {
        vm.form().departments().add("内科");
        vm.form().departments().add("皮膚科");
        vm.form().departments().add("眼科");
        vm.form().addressProperty().set("東京都府中市宮西町２丁目");
        vm.find();
    }

    private List<String> pinNames() {
        return vm.mapSceneProperty().get().pins().stream().map(MapPin::name).toList();
    }

    private static PlanMember member(Facility f, double km, String... covers) {
        MatchFacility m = new MatchFacility(String.valueOf(f.id()), f.name(), f.address(), f.phone(), f.lat(), f.lng(),
                MatchFacility.unknownHours(f.departmentNames()), null, null, null, 0);
        return new PlanMember(m, List.of(covers), km);
    }
}
