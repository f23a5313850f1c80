package org.renkei.app.cli;

import org.renkei.app.cases.SettingsService;
import org.renkei.app.export.profile.ClinicProfile;
import org.renkei.app.export.profile.ClinicProfiles;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.facility.KnowledgeCapabilitySource;
import org.renkei.app.facility.ProfileAssembler;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code profile --id ID --out F.pdf [--png]}: the facility's one-page A4 profile for the lobby. */
@Command(name = "profile", description = "医療機関の紹介シート（A4 一枚、地図つき）を PDF で書き出します")
final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--id", required = true, paramLabel = "FACILITY_ID", description = "医療機関の番号（search の id）")
    long id;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "書き出す PDF")
    Path out;

    @Option(names = "--png", description = "同じ名前の .png（150 dpi の画像）も書き出します")
    boolean png;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new CliRejectedException("出力ファイルは .pdf にしてください: " + out.getFileName());
        }
        LocalDate today = LocalDate.now();
        ClinicProfile profile;
        try (Database db = dbOption.open()) {
            profile = new ProfileAssembler(new FacilityService(db),
                    new KnowledgeCapabilitySource(new KnowledgeService(db)))
                    .assemble(id, new SettingsService(db).load(), today)
                    .orElseThrow(() -> new CliRejectedException("医療機関 " + id + " は登録されていません（search で番号を確かめてください）。"));
        }
        Path image = png ? pngBeside(out) : null;
        new ClinicProfiles(MapRenderer.bundled()).write(profile, today, out, image);
        spec.commandLine().getOut().println(out.toAbsolutePath());
        if (image != null) {
            spec.commandLine().getOut().println(image.toAbsolutePath());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static Path pngBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".png");
    }
}
