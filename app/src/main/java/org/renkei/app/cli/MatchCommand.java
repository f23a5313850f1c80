package org.renkei.app.cli;

import org.renkei.app.cases.FacilityProfiles;
import org.renkei.app.domain.CapabilityTag;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.match.BatchCase;
import org.renkei.app.match.MatchIndex;
import org.renkei.app.match.MatchJson;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Matcher;
import org.renkei.app.match.Opening;
import org.renkei.app.match.RequireSpec;
import org.renkei.app.store.Database;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.GeocodeResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code match}: the fewest, nearest facilities that together cover every needed department. */
@Command(name = "match", description = "必要な全診療科をカバーする、最少・最寄りの施設の組み合わせを探します")
final class MatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @ArgGroup(exclusive = true)
    Origin origin;

    static final class Origin {
        @Option(names = "--address", paramLabel = "ADDRESS", description = "患者の住所")
        String address;

        @Option(names = "--at", paramLabel = "LAT,LNG", description = "患者の位置（緯度,経度）")
        String at;
    }

    @Option(names = "--batch", paramLabel = "CASES.jsonl", description = "1行1件のケースをまとめて照合")
    Path batch;

    @Option(names = "--dept", split = ",", paramLabel = "D", description = "必要な診療科")
    List<String> departments = List.of();

    @Option(names = "--keep", split = ",", paramLabel = "D", description = "病院に残す診療科（２人主治医制）")
    List<String> keep = List.of();

    @Option(names = "--km", paramLabel = "N", defaultValue = "5", description = "最大距離（km、既定 5）")
    double km;

    @Option(names = "--require", split = ",", paramLabel = "R",
            description = "必要な対応（能力タグ: 訪問診療, 在宅酸素 …／home-visit, barrier-free, accepting）")
    List<String> require = List.of();

    @Option(names = "--prefer-history", description = "実績優先: 施設数の次に評価（登録医・受入実績・確認日）で並べる")
    boolean preferHistory;

    @Option(names = "--open", split = ",", paramLabel = "O", description = "sat, sun, evening")
    List<String> open = List.of();

    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "案の数（既定 3）")
    int top;

    @Option(names = "--sub-departments", description = "下位の診療科で上位を満たしてよい（循環器内科で内科など）")
    boolean subDepartments;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<BatchCase> cases = batch != null ? readBatch(batch) : List.of(singleCase());
        if (preferHistory) {
            cases = cases.stream().map(BatchCase::preferringHistory).toList();
        }
        List<Located> located = cases.stream().map(this::locate).toList();
        try (Database db = dbOption.open()) {
            checkTags(new KnowledgeService(db).vocabulary(), located);
            MatchIndex index = new FacilityProfiles(db, Clock.systemDefaultZone()).index();
            PrintWriter out = spec.commandLine().getOut();
            for (Located l : located) {
                MatchResult result = Matcher.match(index, l.request());
                if (batch != null) {
                    out.println(MatchJson.writeBatchLine(l.id(), result, l.origin().lat(), l.origin().lng(),
                            l.origin().precision()));
                } else if (json) {
                    out.println(MatchJson.write(result, l.origin().lat(), l.origin().lng(), l.origin().precision()));
                } else {
                    MatchText.print(out, result);
                }
            }
            out.flush();
        }
        return 0;
    }

    private record Located(String id, GeocodeResult origin, MatchRequest request) {
    }

    private BatchCase singleCase() {
        if (origin == null) {
            throw new ParameterException(spec.commandLine(), "--address か --at、または --batch を指定してください");
        }
        if (departments.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--dept を指定してください");
        }
        if (!(km > 0) || top < 1 || top > MatchRequest.MAX_TOP) {
            throw new ParameterException(spec.commandLine(), "--km は正の数、--top は 1〜" + MatchRequest.MAX_TOP);
        }
        RequireSpec required = RequireSpec.parse(require);
        Set<Opening> opening = EnumSet.noneOf(Opening.class);
        try {
            open.forEach(o -> opening.add(Opening.fromCode(o.strip())));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--open の値が正しくありません: " + e.getMessage());
        }
        return new BatchCase(null, null, null, origin.address != null ? origin.address : origin.at, departments, keep,
                km, required.codes(), opening, top, required.tags(), preferHistory);
    }

    /** Every tag asked for is in the office's vocabulary; else a Japanese refusal naming it (exit 3). */
    private static void checkTags(List<CapabilityTag> vocabulary, List<Located> located) {
        Set<String> known = new LinkedHashSet<>();
        vocabulary.forEach(t -> known.add(t.name()));
        for (Located l : located) {
            for (String t : l.request().requireTags()) {
                if (!known.contains(t)) {
                    throw new CliRejectedException("条件「" + t + "」は能力タグの一覧にありません"
                            + (l.id() == null ? "" : "（" + l.id() + "）") + "。使える条件: home-visit, barrier-free, "
                            + "accepting, " + String.join(", ", known));
                }
            }
        }
    }

    private Located locate(BatchCase c) {
        GeocodeResult at = c.hasCoordinates()
                ? Inputs.location(c.lat() + "," + c.lng())
                : Inputs.location(c.address());
        BatchCase resolved = c.at(at.lat(), at.lng(), Inputs.departments(c.dept()), Inputs.departments(c.keep()));
        try {
            MatchRequest request = subDepartments
                    ? resolved.toRequest(at.lat(), at.lng(), DepartmentVocabulary.bundled()::isAncestor)
                    : resolved.toRequest(at.lat(), at.lng());
            return new Located(c.id(), at, request);
        } catch (IllegalArgumentException e) {
            throw new CliRejectedException("条件が正しくありません" + (c.id() == null ? "" : "（" + c.id() + "）")
                    + ": " + e.getMessage());
        }
    }

    private static List<BatchCase> readBatch(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CliRejectedException(file + ": ファイルが見つかりません。");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<BatchCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                cases.add(MatchJson.parseCase(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new CliRejectedException(file.getFileName() + " " + (i + 1) + "行目: ケースの形式が正しくありません（"
                        + e.getMessage() + "）");
            }
        }
        return cases;
    }
}
