package org.renkei.app.ui.main;

import org.junit.jupiter.api.Test;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService.Planned;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.importing.FileImporter;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeMatcher;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {
    private int facilities;
    private final List<Path> imported = new ArrayList<>();
    private boolean rejectSample;
    private final FakeMatcher matcher = new FakeMatcher();

    private final FileImporter importer = new FileImporter() {
        @Override
        public List<Planned> plan(List<Path> files) throws ImportRejectedException {
            if (rejectSample) {
                throw new ImportRejectedException(new ImportProblem("sample.csv", "", 0, "", "形式を判別できません。"));
            }
            return files.stream().map(f -> new Planned(f, null)).toList();
        }

        @Override
        public FileReport importFile(Planned p, ImportListener l) {
            imported.add(p.file());
            facilities = 583;
            return new FileReport(p.file().toString(), "mhlw-facility", 583, 583, 0, 0, 0, List.of());
        }
    };

    private MainViewModel vm(FakeDialogs dialogs) {
        AppServices services = new AppServices(q -> List.of(), id -> Optional.empty(),
                () -> new FacilityService.Stats(facilities, Map.of(), facilities == 0 ? List.of()
                        : List.of(new FacilityService.SourceStats("mhlw-navii", facilities,
                        LocalDateTime.of(2025, 6, 1, 10, 0)))),
                importer, new FakeSuggester(), a -> GeocodeResult.none(), matcher, () -> Path.of("sample.csv"), () -> { });
        return new MainViewModel(services, new SameThreadTaskRunner(), dialogs);
    }

    @Test
    void emptyStoreGetsTheSampleAndTheStatusBarShowsIt() {
        MainViewModel vm = vm(new FakeDialogs());
        vm.start();
        assertEquals(List.of(Path.of("sample.csv")), imported);
        assertEquals("サンプルデータ（583 件）を読み込みました", vm.statusMessageProperty().get());
        assertEquals("登録施設 583 件", vm.facilityCountProperty().get());
        assertEquals("医療情報ネット（ナビイ）: 2025/06/01 取込（583 件）", vm.sourcesProperty().get());
        assertTrue(vm.readyProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void filledStoreIsLeftAloneAndImportsRefreshTheStatusBar() {
        facilities = 10;
        FakeDialogs dialogs = new FakeDialogs();
        MainViewModel vm = vm(dialogs);
        vm.start();
        assertTrue(imported.isEmpty());
        assertEquals("登録施設 10 件", vm.facilityCountProperty().get());
        assertEquals(1, matcher.rebuilds, "the match index is built once at start");
        vm.search().nameTextProperty().set("府中");
        vm.search().search();
        dialogs.filesToChoose = List.of(Path.of("tokyo.csv"));
        vm.chooseAndImport();
        assertEquals(List.of(Path.of("tokyo.csv")), imported);
        assertEquals("登録施設 583 件", vm.facilityCountProperty().get());
        assertEquals(2, vm.search().completedSearchesProperty().get());
        assertEquals(2, matcher.rebuilds, "and rebuilt after the import");
    }

    @Test
    void aRejectedSampleIsExplainedInTheStatusBar() {
        rejectSample = true;
        MainViewModel vm = vm(new FakeDialogs());
        vm.start();
        assertEquals("サンプルデータを読み込めませんでした: sample.csv: 形式を判別できません。",
                vm.statusMessageProperty().get());
        assertEquals("登録施設 0 件", vm.facilityCountProperty().get());
        assertTrue(vm.readyProperty().get());
    }
}
