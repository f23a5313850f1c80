package org.renkei.app.ui.main;

import org.junit.jupiter.api.Test;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService.Planned;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.importing.FileImporter;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeMappingFiles;
import org.renkei.app.ui.testing.FakeMatcher;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.app.ui.testing.UnusedRecords;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {
    private int facilities;
    private int statsReads;
    private final List<Path> imported = new ArrayList<>();
    private final List<SearchQuery> queries = new ArrayList<>();
    private boolean rejectSample;
    /** What importing a file does: the number of facilities it adds (0 = every row unchanged). */
    private int adds = 583;
    private final FakeMatcher matcher = new FakeMatcher();
    private final FakeDialogs dialogs = new FakeDialogs();

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
            facilities += adds;
            return new FileReport(p.file().toString(), "mhlw-facility", 583, adds, 0, 583 - adds, 0, List.of());
        }
    };

    private MainViewModel vm() {
        AppServices services = new AppServices(q -> {
            queries.add(q);
            return List.of();
        }, id -> Optional.empty(), () -> {
            statsReads++;
            return new FacilityService.Stats(facilities, java.util.Map.of(), facilities == 0 ? List.of() : List.of(
                    new FacilityService.SourceStats("mhlw-navii", facilities, LocalDateTime.of(2025, 6, 1, 10, 0)),
                    new FacilityService.SourceStats("municipal-432016", 12, LocalDateTime.of(2025, 7, 2, 9, 0))));
        }, importer, new FakeSuggester(), a -> GeocodeResult.none(), matcher, UnusedRecords.services(),
                () -> Path.of("sample.csv"), () -> { });
        return new MainViewModel(services, new SameThreadTaskRunner(), dialogs, new FakeMappingFiles());
    }

    @Test
    void emptyStoreGetsTheSampleAndTheStatusBarShowsIt() {
        MainViewModel vm = vm();
        assertEquals("条件を入力して「検索」を押してください", vm.search().placeholderProperty().get());
        vm.start();
        assertEquals(List.of(Path.of("sample.csv")), imported);
        assertEquals("サンプルデータ（583 件）を読み込みました", vm.statusMessageProperty().get());
        assertEquals("登録施設 583 件", vm.facilityCountProperty().get());
        assertEquals("医療情報ネット（ナビイ）: 2025/06/01 取込（583 件）　自治体オープンデータ（432016）: 2025/07/02 取込（12 件）",
                vm.sourcesProperty().get());
        assertTrue(vm.readyProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(0, matcher.prepares, "the match index is not built at start");
        assertEquals(1, matcher.invalidations, "the sample changed the store");
        assertEquals("条件を入力して「検索」を押してください", vm.search().placeholderProperty().get());
    }

    @Test
    void startWithAFilledStoreImportsNothingAndBuildsNoIndex() {
        facilities = 10;
        MainViewModel vm = vm();
        vm.start();
        assertTrue(imported.isEmpty());
        assertEquals("登録施設 10 件", vm.facilityCountProperty().get());
        assertEquals(1, statsReads);
        assertEquals(0, matcher.prepares);
        assertEquals(0, matcher.invalidations);

        vm.screenProperty().set(MainViewModel.Screen.CASE);
        assertEquals(1, matcher.prepares, "showing the case screen builds the index");
        vm.screenProperty().set(MainViewModel.Screen.SEARCH);
        assertEquals(1, matcher.prepares);
    }

    @Test
    void anImportThatChangedTheStoreRefreshesStatsIndexAndTheLastSearch() {
        facilities = 10;
        MainViewModel vm = vm();
        vm.start();
        vm.search().departmentPicker().add("内科");
        vm.search().search();
        vm.search().departmentPicker().inputProperty().set("ひふ");
        vm.search().nameTextProperty().set("まだ検索していない名前");

        dialogs.filesToChoose = List.of(Path.of("tokyo.csv"));
        vm.chooseAndImport();
        assertEquals(List.of(Path.of("tokyo.csv")), imported);
        assertEquals("登録施設 593 件", vm.facilityCountProperty().get());
        assertEquals(2, statsReads);
        assertEquals(1, matcher.invalidations, "the index is dropped");
        assertEquals(0, matcher.prepares, "and not rebuilt while the search screen is shown");
        assertEquals(2, queries.size(), "the last search ran again");
        assertEquals(queries.get(0), queries.get(1));
        assertEquals(List.of("内科"), vm.search().departmentPicker().departmentsProperty());
        assertEquals("ひふ", vm.search().departmentPicker().inputProperty().get(), "typed text is left as it was");
        assertEquals("まだ検索していない名前", vm.search().nameTextProperty().get());
    }

    @Test
    void anImportWhileTheCaseScreenIsShownPreparesTheNewIndex() {
        facilities = 10;
        MainViewModel vm = vm();
        vm.start();
        vm.screenProperty().set(MainViewModel.Screen.CASE);
        vm.importFiles(List.of(Path.of("tokyo.csv")));
        assertEquals(1, matcher.invalidations);
        assertEquals(2, matcher.prepares, "once when shown, once after the import");
        assertTrue(queries.isEmpty(), "no search had been run");
    }

    @Test
    void anImportThatChangedNothingRefreshesNothing() {
        facilities = 10;
        adds = 0;
        MainViewModel vm = vm();
        vm.start();
        vm.search().nameTextProperty().set("府中");
        vm.search().search();
        vm.importFiles(List.of(Path.of("same.csv")));
        assertEquals(List.of(Path.of("same.csv")), imported);
        assertEquals(1, statsReads, "statistics are not read again");
        assertEquals(0, matcher.invalidations, "the index is kept");
        assertEquals(0, matcher.prepares);
        assertEquals(1, queries.size(), "the search is not repeated");

        rejectSample = true;
        vm.importFiles(List.of(Path.of("memo.txt")));
        assertEquals(1, statsReads, "a rejected file changes nothing either");
        assertEquals(0, matcher.invalidations);
        assertEquals(1, queries.size());
    }

    @Test
    void aRejectedSampleIsExplainedInTheStatusBar() {
        rejectSample = true;
        MainViewModel vm = vm();
        vm.start();
        assertEquals("サンプルデータを読み込めませんでした: sample.csv: 形式を判別できません。",
                vm.statusMessageProperty().get());
        assertEquals("登録施設 0 件", vm.facilityCountProperty().get());
        assertTrue(vm.readyProperty().get());
        assertEquals(0, matcher.invalidations, "nothing changed");
        assertEquals("施設データがありません。ファイル → 施設データを取り込む（Ctrl+I）で取り込んでください",
                vm.search().placeholderProperty().get());
    }

    @Test
    void aFailingSampleImportIsReportedWithoutTheExceptionText() {
        MainViewModel vm = new MainViewModel(new AppServices(q -> List.of(), id -> Optional.empty(),
                () -> new FacilityService.Stats(0, java.util.Map.of(), List.of()), new FileImporter() {
                    @Override
                    public List<Planned> plan(List<Path> files) {
                        return files.stream().map(f -> new Planned(f, null)).toList();
                    }

                    @Override
                    public FileReport importFile(Planned p, ImportListener l) {
                        throw new IllegalStateException("disk full");
                    }
                }, new FakeSuggester(), a -> GeocodeResult.none(), matcher, UnusedRecords.services(),
                () -> Path.of("sample.csv"), () -> { }),
                new SameThreadTaskRunner(), dialogs, new FakeMappingFiles());
        vm.start();
        String status = vm.statusMessageProperty().get();
        assertTrue(status.startsWith("サンプルデータを読み込めませんでした: sample.csv: "), status);
        assertFalse(status.contains("disk full"), status);
        assertTrue(vm.readyProperty().get());
    }
}
