package org.renkei.app.ui.importing;

import org.junit.jupiter.api.Test;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportCancelledException;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService.Planned;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportViewModelTest {
    private static final FacilityFileReader READER = new FacilityFileReader() {
        @Override public String format() { return "mhlw-facility"; }
        @Override public String source() { return "mhlw-navii"; }
        @Override public String scope() { return "clinic"; }
        @Override public void read(Path file, ImportSink sink) { }
    };

    /** A scripted importer: per file name, what importing it does. */
    private interface Step {
        FileReport run(Planned p, ImportListener l) throws ImportRejectedException;
    }

    private int plans;
    private int imports;
    private final List<Boolean> finished = new ArrayList<>();

    private FileImporter importer(List<String> unknown, java.util.Map<String, Step> steps) {
        return new FileImporter() {
            @Override
            public List<Planned> plan(List<Path> files) throws ImportRejectedException {
                plans++;
                for (Path f : files) {
                    if (unknown.contains(f.getFileName().toString())) {
                        throw new ImportRejectedException(new ImportProblem(f.getFileName().toString(), "", 0, "",
                                "形式を判別できません。"));
                    }
                }
                return files.stream().map(f -> new Planned(f, READER)).toList();
            }

            @Override
            public FileReport importFile(Planned p, ImportListener l) throws ImportRejectedException {
                imports++;
                return steps.get(p.file().getFileName().toString()).run(p, l);
            }
        };
    }

    private static FileReport report(String file, int added, ImportProblem... problems) {
        return new FileReport(file, "mhlw-facility", 1200, added, 3, 1000, 2, List.of(problems));
    }

    @Test
    void progressIsShownWhileImportingAndTheReportAfterwards() {
        List<String> seen = new ArrayList<>();
        ImportViewModel[] holder = new ImportViewModel[1];
        Step a = (p, l) -> {
            l.rowsRead(1500, 0.25);
            ImportViewModel vm = holder[0];
            seen.add(vm.phaseProperty().get() + "|" + vm.currentFileProperty().get() + "|"
                    + vm.rowsTextProperty().get() + "|" + vm.progressProperty().get());
            return report("a.csv", 195, new ImportProblem("a.csv", "", 12, "診療科", "診療科「ほげ」は辞書にありません。"));
        };
        Step b = (p, l) -> {
            l.rowsRead(10, -1);
            seen.add(String.valueOf(holder[0].progressProperty().get()));
            return report("b.xlsx", 0, new ImportProblem("b.xlsx", "東京都", 4, "C", "郵便番号が不正です。"));
        };
        FakeDialogs dialogs = new FakeDialogs();
        ImportViewModel vm = new ImportViewModel(importer(List.of(), java.util.Map.of("a.csv", a, "b.xlsx", b)),
                new SameThreadTaskRunner(), dialogs);
        holder[0] = vm;
        vm.setOnFinished(finished::add);
        dialogs.filesToChoose = List.of(Path.of("a.csv"), Path.of("b.xlsx"));
        vm.chooseAndImport();

        assertEquals("RUNNING|ファイル 1 / 2: a.csv|1,500 行を読み込みました|0.25", seen.get(0));
        assertEquals("-1.0", seen.get(1));
        assertEquals(ImportViewModel.Phase.FINISHED, vm.phaseProperty().get());
        assertEquals(List.of(true), finished, "195 added: the store changed");
        FileResultRow first = vm.filesProperty().get(0);
        assertEquals(new FileResultRow("a.csv", "取り込み済み", "1,200", "195", "3", "1,000", "2"), first);
        assertEquals(2, vm.problemsProperty().size());
        assertEquals(new ProblemRow("a.csv", "", "12", "診療科", "診療科「ほげ」は辞書にありません。"),
                vm.problemsProperty().get(0));
        assertEquals(new ProblemRow("b.xlsx", "東京都", "4", "C", "郵便番号が不正です。"), vm.problemsProperty().get(1));
        assertEquals("2 / 2 ファイルを取り込みました（追加 195・更新 6・変更なし 2,000・廃止 4）", vm.summaryProperty().get());
        assertEquals("", vm.rejectionsProperty().get());
        vm.dismiss();
        assertEquals(ImportViewModel.Phase.IDLE, vm.phaseProperty().get());
    }

    @Test
    void cancelRollsBackTheCurrentFileAndSkipsTheRest() {
        ImportViewModel[] holder = new ImportViewModel[1];
        Step a = (p, l) -> {
            holder[0].cancel();
            assertTrue(holder[0].cancelRequestedProperty().get());
            assertTrue(l.cancelled());
            throw new ImportCancelledException();
        };
        ImportViewModel vm = new ImportViewModel(importer(List.of(), java.util.Map.of("a.csv", a)),
                new SameThreadTaskRunner(), new FakeDialogs());
        holder[0] = vm;
        vm.setOnFinished(finished::add);
        vm.importFiles(List.of(Path.of("a.csv"), Path.of("b.csv")));
        assertEquals(List.of(false), finished, "the cancelled file was rolled back, the other never started");
        assertEquals("中止（変更なし）", vm.filesProperty().get(0).status());
        assertEquals("未実行（中止のため）", vm.filesProperty().get(1).status());
        assertEquals("", vm.filesProperty().get(0).added());
        assertTrue(vm.summaryProperty().get().contains("中止しました"));
    }

    @Test
    void rejectedFilesSayWhyAndThatNothingChanged() {
        Step ok = (p, l) -> report("good.csv", 5);
        Step bad = (p, l) -> {
            throw new ImportRejectedException(new ImportProblem("bad.xlsx", "Sheet1", 1, "",
                    "見出し行が見つかりません。"));
        };
        ImportViewModel vm = new ImportViewModel(importer(List.of("memo.txt"),
                java.util.Map.of("good.csv", ok, "bad.xlsx", bad)), new SameThreadTaskRunner(), new FakeDialogs());
        vm.setOnFinished(finished::add);
        vm.importFiles(List.of(Path.of("good.csv"), Path.of("memo.txt"), Path.of("bad.xlsx")));
        assertEquals(List.of(true), finished, "good.csv added 5");
        List<String> statuses = vm.filesProperty().stream().map(r -> r.file() + ":" + r.status()).toList();
        assertEquals(List.of("memo.txt:取り込めません（変更なし）", "good.csv:取り込み済み",
                "bad.xlsx:取り込めません（変更なし）"), statuses);
        String rejections = vm.rejectionsProperty().get();
        assertTrue(rejections.contains("「memo.txt」は取り込めませんでした。このファイルによる変更はありません。"));
        assertTrue(rejections.contains("理由: bad.xlsx シート「Sheet1」 1行目: 見出し行が見つかりません。"), rejections);
        assertTrue(vm.summaryProperty().get().startsWith("1 / 3 ファイルを取り込みました"));
    }

    @Test
    void unexpectedFailureOfAFileIsReportedAndNothingRunsTwice() {
        Step boom = (p, l) -> {
            throw new IllegalStateException("disk full");
        };
        ImportViewModel vm = new ImportViewModel(importer(List.of(), java.util.Map.of("a.csv", boom)),
                new SameThreadTaskRunner(), new FakeDialogs());
        vm.setOnFinished(finished::add);
        vm.importFiles(List.of(Path.of("a.csv")));
        assertEquals("失敗（変更なし）", vm.filesProperty().get(0).status());
        assertFalse(vm.rejectionsProperty().get().isEmpty());
        assertEquals(List.of(false), finished);
        assertEquals(1, plans);
        assertEquals(1, imports);

        vm.importFiles(List.of());
        assertEquals(1, plans, "no files: nothing is planned");
        assertEquals(1, imports, "and nothing imported");
        assertEquals(List.of(false), finished, "nor reported as a run");
        assertEquals(ImportViewModel.Phase.FINISHED, vm.phaseProperty().get(), "the last result stays shown");
        assertEquals("失敗（変更なし）", vm.filesProperty().get(0).status());
    }

    @Test
    void filesDroppedWhileImportingAreIgnored() {
        ImportViewModel[] holder = new ImportViewModel[1];
        Step a = (p, l) -> {
            holder[0].importFiles(List.of(Path.of("b.csv")));
            return report("a.csv", 0);
        };
        ImportViewModel vm = new ImportViewModel(importer(List.of(), java.util.Map.of("a.csv", a)),
                new SameThreadTaskRunner(), new FakeDialogs());
        holder[0] = vm;
        vm.setOnFinished(finished::add);
        vm.importFiles(List.of(Path.of("a.csv")));
        assertEquals(1, plans);
        assertEquals(1, imports);
        assertEquals(List.of("a.csv"), vm.filesProperty().stream().map(FileResultRow::file).toList());
        assertEquals(List.of(true), finished, "3 updated and 2 closed by the scripted report");
    }

    @Test
    void aRunThatOnlyFoundUnchangedRowsChangedNothing() {
        Step same = (p, l) -> new FileReport("same.csv", "mhlw-facility", 1200, 0, 0, 1200, 0, List.of());
        ImportViewModel vm = new ImportViewModel(importer(List.of(), java.util.Map.of("same.csv", same)),
                new SameThreadTaskRunner(), new FakeDialogs());
        vm.setOnFinished(finished::add);
        vm.importFiles(List.of(Path.of("same.csv")));
        assertEquals(List.of(false), finished);
        assertEquals("1 / 1 ファイルを取り込みました（追加 0・更新 0・変更なし 1,200・廃止 0）", vm.summaryProperty().get());
    }
}
