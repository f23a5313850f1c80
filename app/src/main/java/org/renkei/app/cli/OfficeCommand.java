package org.renkei.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code office [--name … --postal … --address … --phone … --fax … --logo FILE --era|--western --wait-days N] [--json]}. */
@Command(name = "office", description = "自院の情報（紹介状・配布資料に印刷）と設定を表示・変更します")
final class OfficeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--name", paramLabel = "TEXT", description = "医療機関名")
    String name;

    @Option(names = "--postal", paramLabel = "TEXT", description = "郵便番号")
    String postal;

    @Option(names = "--address", paramLabel = "TEXT", description = "所在地")
    String address;

    @Option(names = "--phone", paramLabel = "TEXT", description = "電話番号")
    String phone;

    @Option(names = "--fax", paramLabel = "TEXT", description = "FAX番号")
    String fax;

    @Option(names = "--logo", paramLabel = "FILE", description = "ロゴ画像（PNG/JPEG）。空文字でなし")
    String logo;

    @ArgGroup(exclusive = true)
    Dates dates;

    static final class Dates {
        @Option(names = "--era", description = "日付・年齢を和暦で（令和8年…）")
        boolean era;

        @Option(names = "--western", description = "日付を西暦で（2026年…）")
        boolean western;
    }

    @Option(names = "--wait-days", paramLabel = "N", description = "返事待ちとする日数")
    Integer waitDays;

    @Option(names = "--json", description = "JSON で出力")
    boolean json;

    @Override
    public Integer call() {
        if (waitDays != null && waitDays < 1) {
            throw new ParameterException(spec.commandLine(), "--wait-days は 1 以上で指定してください");
        }
        String logoPath = logo == null ? null : logoPath(logo);
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            SettingsService service = new SettingsService(db);
            OfficeSettings s = service.load();
            if (changes()) {
                s = service.save(new OfficeSettings(or(name, s.hospitalName()), or(postal, s.postalCode()),
                        or(address, s.address()), or(phone, s.phone()), or(fax, s.fax()), or(logoPath, s.logoPath()),
                        dates == null ? s.eraDates() : dates.era, waitDays == null ? s.waitDays() : waitDays));
                audit.record(AuditAction.SETTINGS, "自院の情報", "");
            }
            print(spec.commandLine().getOut(), s);
        }
        return 0;
    }

    private boolean changes() {
        return name != null || postal != null || address != null || phone != null || fax != null || logo != null
                || dates != null || waitDays != null;
    }

    private static String or(String given, String stored) {
        return given == null ? stored : given.strip();
    }

    /** The logo's absolute path, checked to be a PNG or JPEG file; blank clears it. */
    private static String logoPath(String text) {
        if (text.isBlank()) {
            return "";
        }
        Path p = Path.of(text.strip()).toAbsolutePath().normalize();
        String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(p)) {
            throw new CliRejectedException("ロゴの画像「" + text + "」が見つかりません。");
        }
        if (!lower.endsWith(".png") && !lower.endsWith(".jpg") && !lower.endsWith(".jpeg")) {
            throw new CliRejectedException("ロゴの画像は PNG か JPEG にしてください: " + p.getFileName());
        }
        return p.toString();
    }

    private void print(PrintWriter out, OfficeSettings s) {
        if (json) {
            ObjectNode n = Json.object();
            n.put("name", s.hospitalName()).put("postal", s.postalCode()).put("address", s.address())
                    .put("phone", s.phone()).put("fax", s.fax()).put("logo", s.logoPath())
                    .put("dates", s.eraDates() ? "era" : "western").put("wait_days", s.waitDays());
            Json.print(out, n);
            return;
        }
        out.printf("医療機関名: %s%n郵便番号: %s%n所在地: %s%n電話: %s%nFAX: %s%nロゴ: %s%n日付: %s%n返事待ちの日数: %d%n",
                blank(s.hospitalName()), blank(s.postalCode()), blank(s.address()), blank(s.phone()), blank(s.fax()),
                s.logoPath().isEmpty() ? "なし" : s.logoPath(), s.eraDates() ? "和暦" : "西暦", s.waitDays());
        out.flush();
    }

    private static String blank(String s) {
        return s.isEmpty() ? "（未設定）" : s;
    }
}
