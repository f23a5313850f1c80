package org.renkei.app.ui.importing.mapping;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.ImportProfiles;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.importing.FileImporter;
import org.renkei.app.ui.importing.ImportViewModel;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.app.ui.testing.FakeMappingFiles;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.read.profile.ColumnRef;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.DepartmentStyle;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.FileType;
import org.renkei.dataimport.read.profile.ImportProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mapping dialog's view model without the toolkit, on the real office lists: previews and profiles on disk, the
 * import through the real import view model into a real H2 store.
 */
class MappingViewModelTest {
    private static final Path DATA = Path.of("..", "data-import", "src", "test", "resources", "data");
    private static final Path XLSX = DATA.resolve("皮膚科・整形外科 逆紹介先リスト.xlsx");
    private static final Path CSV = DATA.resolve("逆紹介先リスト_cp932.csv");
    private static final Path XLS = DATA.resolve("逆紹介先リスト_診療科別.xls");
    private static final Path PROFILES = DATA.resolve("profiles");

    @TempDir
    Path dir;
    private Database db;
    private ImportViewModel importing;
    private MappingViewModel vm;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeMappingFiles files = new FakeMappingFiles();

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("db"), TestPassword.chars());
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        importing = new ImportViewModel(FileImporter.of(() -> new ImportService(db, Readers.standard(),
                Geocoder.bundled())), runner, dialogs);
        vm = new MappingViewModel(MappingServices.standard(importing), runner, dialogs, files);
        importing.setOnMapColumns(vm::openFile);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String column(Field f) {
        return vm.columns().columnProperty(f).get().toString();
    }

    @Test
    void openingTheListSkipsTheCoverSheetAndGuessesEverything() throws Exception {
        assertFalse(vm.canImportProperty().get());
        vm.openFile(XLSX);
        assertTrue(vm.shownProperty().get());
        assertTrue(vm.preview().workbookProperty().get());
        assertEquals(List.of("表紙", "逆紹介先"), vm.preview().sheetsProperty());
        assertEquals("逆紹介先", vm.sheetProperty().get());
        assertEquals(4, vm.headerRowProperty().get());
        assertEquals(5, vm.firstDataRowProperty().get());
        assertEquals(19, vm.preview().rowsProperty().size(), "rows 1–20 without the blank row 3");
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G"), vm.preview().columnTitlesProperty());
        assertEquals("B: 医療機関名", column(Field.NAME));
        assertEquals("E: 所在地", column(Field.ADDRESS));
        assertEquals("F: 診療科", column(Field.DEPARTMENTS));
        assertEquals("（使わない）", column(Field.KEY));
        assertEquals(DepartmentStyle.LIST, vm.columns().styleProperty().get());
        assertEquals("、", vm.columns().separatorProperty().get());
        assertEquals("皮膚科・整形外科 逆紹介先リスト", vm.sourceNameProperty().get());
        assertTrue(vm.canImportProperty().get(), vm.messageProperty().get());
        assertEquals(ImportProfiles.load(PROFILES.resolve("皮膚科・整形外科 逆紹介先リスト.profile.json")), vm.profile(),
                "the guesses are exactly the profile written by hand for this list");

        vm.headerRowProperty().set(3);
        assertEquals(4, vm.firstDataRowProperty().get());
        assertEquals("（使わない）", column(Field.NAME), "row 3 is blank: nothing to map");
        assertEquals("C", vm.columns().choicesProperty().get(3).toString());
        assertFalse(vm.canImportProperty().get());
        assertEquals("「名称」と「住所」の列は必ず対応付けてください。", vm.messageProperty().get());
        vm.headerRowProperty().set(4);
        assertTrue(vm.canImportProperty().get());
        vm.sourceNameProperty().set("");
        assertEquals("取込元の名前（例: 内科リスト）を入力してください。", vm.messageProperty().get());
    }

    @Test
    void savedProfileReadsBackAsTheDialogShowsIt() throws Exception {
        vm.openFile(XLS);
        assertEquals(DepartmentStyle.FLAG_COLUMNS, vm.columns().styleProperty().get());
        assertEquals(List.of("C: 内科", "D: 皮膚科", "E: 整形外科", "F: 形成外科", "G: リハビリテーション科"),
                vm.columns().flagColumnsProperty().stream().filter(c -> c.selectedProperty().get())
                        .map(FlagColumn::toString).toList());
        vm.columns().flagColumnsProperty().get(6).selectedProperty().set(false);
        vm.columns().columnProperty(Field.KEY).set(vm.columns().choicesProperty().get(1));
        files.profileToSave = dir.resolve("診療科別.json");
        vm.saveProfile();
        assertEquals(List.of("逆紹介先リスト_診療科別.json"), files.suggestedNames);
        ImportProfile saved = ImportProfiles.load(files.profileToSave);
        assertEquals(vm.profile(), saved);
        assertEquals(FileType.XLS, saved.fileType());
        assertEquals(List.of(ColumnRef.header("内科"), ColumnRef.header("皮膚科"), ColumnRef.header("整形外科"),
                ColumnRef.header("形成外科")), saved.departments().flagColumns());
        assertEquals(ColumnRef.header("医療機関名"), saved.column(Field.KEY).orElseThrow());
        assertEquals("インポート設定を保存しました: 診療科別.json", vm.messageProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void anOpenedProfileSetsEncodingKeyAndAbbreviations() throws Exception {
        vm.openFile(CSV);
        assertFalse(vm.preview().workbookProperty().get());
        assertEquals(DepartmentStyle.ABBREVIATIONS, vm.columns().styleProperty().get(), "guessed from the cells");
        files.profileToOpen = PROFILES.resolve("逆紹介先リスト_cp932.profile.json");
        vm.openProfile();
        ImportProfile expected = ImportProfiles.load(files.profileToOpen);
        assertEquals(CsvEncoding.CP932, vm.encodingProperty().get());
        assertEquals("逆紹介先リスト（CSV）", vm.sourceNameProperty().get());
        assertEquals("A: 施設コード", column(Field.KEY));
        assertEquals(expected, vm.profile());
        assertEquals("インポート設定「逆紹介先リスト（CSV）」を当てはめました", vm.messageProperty().get());

        files.profileToOpen = PROFILES.resolve("皮膚科・整形外科 逆紹介先リスト.profile.json");
        vm.openProfile();
        assertEquals("インポート設定の列のうち、この見出し行にないものがあります: 「医療機関名」、「フリガナ」、「郵便番号」、「所在地」、"
                + "「診療科」\n「名称」と「住所」の列は必ず対応付けてください。", vm.messageProperty().get(),
                "a profile of another list leaves its columns unmapped");
        assertFalse(vm.canImportProperty().get());

        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        files.profileToOpen = bad;
        vm.openProfile();
        assertTrue(dialogs.errors.get(0).startsWith("インポート設定を開けませんでした: bad.json: インポート設定ファイルが JSON として"),
                dialogs.errors.toString());
    }

    @Test
    void importingRunsTheNormalImportAndReimportingReportsUnchanged() throws Exception {
        vm.openFile(XLSX);
        vm.importNow();
        assertFalse(vm.shownProperty().get(), "the import dialog takes over");
        assertEquals(ImportViewModel.Phase.FINISHED, importing.phaseProperty().get());
        assertEquals("1 / 1 ファイルを取り込みました（追加 34・更新 0・変更なし 0・廃止 0）", importing.summaryProperty().get());
        assertEquals(13, importing.problemsProperty().size());
        FacilityService.Stats stats = new FacilityService(db).stats();
        assertEquals(34, stats.facilities());
        assertEquals("own:皮膚科・整形外科 逆紹介先リスト", stats.sources().get(0).source());
        importing.dismiss();

        vm.openFile(XLSX);
        vm.importNow();
        assertEquals("1 / 1 ファイルを取り込みました（追加 0・更新 0・変更なし 34・廃止 0）", importing.summaryProperty().get());
    }

    @Test
    void aFileOfUnknownFormatIsOfferedToTheMapping() {
        importing.importFiles(List.of(XLSX));
        assertEquals(XLSX, importing.mappableFileProperty().get());
        assertTrue(importing.rejectionsProperty().get().endsWith("独自の一覧は、下の「列を対応付けて取り込む…」（メニュー「ファイル」"
                + "にもあります）で、列の意味を指定して取り込めます（皮膚科・整形外科 逆紹介先リスト.xlsx）。"),
                importing.rejectionsProperty().get());
        importing.mapColumns();
        assertEquals(ImportViewModel.Phase.IDLE, importing.phaseProperty().get());
        assertTrue(vm.shownProperty().get());
        assertEquals(XLSX, vm.fileProperty().get());
        assertEquals("逆紹介先", vm.sheetProperty().get());

        importing.importFiles(List.of(DATA.resolve("kouseikyoku_layout_sample.xlsx")));
        assertNull(importing.mappableFileProperty().get(), "a known format is not offered");
    }

    @Test
    void invalidMappingsAreExplainedAndNotImported() {
        vm.openFile(CSV);
        vm.columns().columnProperty(Field.ADDRESS).set(ColumnChoice.NONE);
        vm.importNow();
        assertEquals(List.of("列の対応付けが完了していません: 「名称」と「住所」の列は必ず対応付けてください。"), dialogs.errors);
        assertTrue(vm.shownProperty().get());
        assertEquals(ImportViewModel.Phase.IDLE, importing.phaseProperty().get());
        files.list = null;
        vm.close();
        vm.chooseAndOpen();
        assertFalse(vm.shownProperty().get(), "a cancelled chooser opens nothing");
    }

    @Test
    void everyStyleEncodingAndSeparatorHasJapaneseText() {
        for (DepartmentStyle s : DepartmentStyle.values()) {
            String key = "mapping.style." + s.name().toLowerCase(Locale.ROOT);
            assertTrue(Messages.bundle().containsKey(key), key);
        }
        for (CsvEncoding e : CsvEncoding.values()) {
            String key = "mapping.encoding." + e.name().toLowerCase(Locale.ROOT);
            assertTrue(Messages.bundle().containsKey(key), key);
        }
        assertEquals("空白「、」「,」", MappingView.separatorText(" 、,"));
    }
}
