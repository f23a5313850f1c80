package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportProfiles;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.ReaderResolver;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.detect.FormatDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import [--db DIR] [--profile P.json] [--json] [--sample] FILE...}: one transaction per file. */
@Command(name = "import", description = "施設ファイルを取り込みます（ファイルごとに一括で反映、不正なファイルは何も変更しません）")
final class ImportCommand implements Callable<Integer> {
    private static final int TEXT_PROBLEMS = 20;
    private static final long PROGRESS_EVERY = 10_000;
    /** Added to the rejection of a file of unknown format: how the CLI reads a user's own list. */
    static final String PROFILE_HINT = "独自の一覧は、列の対応付けを保存したインポート設定（JSON）を --profile 設定.json で"
            + "指定すると取り込めます（設定は画面の「ファイル → 列を対応付けて取り込む…」で作れます）。";

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Option(names = "--sample", description = "同梱の東京都の病院データ（583件）を取り込む")
    boolean sample;

    @Option(names = "--profile", paramLabel = "P.json",
            description = "列の対応付け（インポート設定）で独自の一覧を取り込む（すべての FILE に適用）")
    Path profile;

    @Option(names = "--progress", description = "進捗（読み込んだ行数、1 万行ごと）を標準エラーに表示")
    boolean progress;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "取り込むファイル")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws ImportRejectedException {
        List<Path> all = new ArrayList<>(files);
        if (sample) {
            all.add(SampleData.extract());
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "取り込むファイルを指定してください（または --sample）");
        }
        if (profile != null && sample) {
            throw new ParameterException(spec.commandLine(), "--profile と --sample は同時に指定できません");
        }
        // The profile is read before the database is opened: a bad profile changes nothing.
        ReaderResolver readers = profile == null ? Readers.standard() : Readers.profile(ImportProfiles.load(profile));
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            ImportService service = new ImportService(db, readers, Geocoder.bundled());
            List<FileReport> reports = service.importAll(all, progress ? progressLines() : ImportListener.NONE);
            for (FileReport r : reports) {
                audit.imported(Path.of(r.file()), "追加 " + r.added() + "・更新 " + r.updated() + "・廃止 " + r.closed());
            }
            print(reports);
        } catch (ImportRejectedException e) {
            throw FormatDetector.isUnknownFormat(e.problem()) ? withHint(e) : e;
        }
        return 0;
    }

    /** One line on stderr when a file starts and every 10,000 rows read, for long headless imports. */
    private ImportListener progressLines() {
        PrintWriter err = spec.commandLine().getErr();
        return new ImportListener() {
            private long next;

            @Override
            public void fileStarted(String fileName, int index, int count) {
                next = PROGRESS_EVERY;
                err.printf("%s: 取り込み開始（%d/%d）%n", fileName, index + 1, count);
            }

            @Override
            public void rowsRead(long rows, double fraction) {
                if (rows >= next) {
                    err.printf("  %,d 行%n", rows);
                    next = (rows / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
                }
            }
        };
    }

    private static ImportRejectedException withHint(ImportRejectedException e) {
        ImportProblem p = e.problem();
        return new ImportRejectedException(new ImportProblem(p.file(), p.sheet(), p.row(), p.column(),
                p.message() + PROFILE_HINT), e);
    }

    private void print(List<FileReport> reports) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode files = n.putArray("files");
            for (FileReport r : reports) {
                ObjectNode f = files.addObject();
                f.put("file", r.file()).put("format", r.format()).put("rows", r.rows()).put("added", r.added())
                        .put("updated", r.updated()).put("unchanged", r.unchanged()).put("closed", r.closed());
                f.putObject("links").put("auto", r.links().auto()).put("pending", r.links().pending());
                ArrayNode problems = f.putArray("problems");
                for (ImportProblem p : r.problems()) {
                    problems.addObject().put("sheet", p.sheet()).put("row", p.row()).put("column", p.column())
                            .put("message", p.message());
                }
            }
            Json.print(out, n);
            return;
        }
        for (FileReport r : reports) {
            out.printf("%s（%s）: %d 行, 追加 %d, 更新 %d, 変更なし %d, 廃止 %d, 問題 %d 件%n", r.file(), r.format(),
                    r.rows(), r.added(), r.updated(), r.unchanged(), r.closed(), r.problems().size());
            if (r.links().auto() + r.links().pending() > 0) {
                out.printf("  他の出典と同一: 自動 %d 組, 確認待ち %d 組（links --pending で確認）%n", r.links().auto(),
                        r.links().pending());
            }
            r.problems().stream().limit(TEXT_PROBLEMS).forEach(p -> out.println("  " + p.describe()));
            if (r.problems().size() > TEXT_PROBLEMS) {
                out.printf("  ほか %d 件（すべて見るには --json）%n", r.problems().size() - TEXT_PROBLEMS);
            }
        }
    }
}
