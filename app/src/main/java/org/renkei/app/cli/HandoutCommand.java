package org.renkei.app.cli;

import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.domain.Facility;
import org.renkei.app.export.handout.Handouts;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code handout --case ID --out FILE.pdf|.png}: the patient's A4 handout with the map and the clinic table. */
@Command(name = "handout", description = "患者さん向けの通院先のご案内（地図と一覧、A4）を PDF または PNG で書き出します")
final class HandoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "ケース番号")
    long caseId;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.png", description = "書き出すファイル")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Database db = dbOption.open()) {
            AuditLog audit = dbOption.audit(db);
            ReferralCase rc = new CaseService(db).require(caseId);
            if (rc.destinations().isEmpty()) {
                throw new CliRejectedException("ケース " + caseId + " には紹介先がまだありません（先に case plan を実行してください）。");
            }
            FacilityService facilities = new FacilityService(db);
            List<Facility> members = new ArrayList<>();
            for (Destination d : rc.destinations()) {
                facilities.byId(d.facilityId()).ifPresent(members::add);
            }
            try {
                Handouts.write(rc, members, new SettingsService(db).load(), out);
            } catch (IllegalArgumentException e) {
                throw new CliRejectedException(e.getMessage());
            }
            audit.exported("案内図 ケース " + caseId, List.of(out));
            spec.commandLine().getOut().println(out.toAbsolutePath());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
