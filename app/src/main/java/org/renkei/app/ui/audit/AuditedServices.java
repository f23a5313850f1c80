package org.renkei.app.ui.audit;

import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.audit.AuditTargets;
import org.renkei.app.importing.FileReport;
import org.renkei.app.knowledge.share.Comparison;
import org.renkei.app.knowledge.share.KnowledgeSharing;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.MergeResult;
import org.renkei.app.knowledge.share.SharedKnowledge;
import org.renkei.app.ui.share.KnowledgeShare;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.match.Plan;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.importing.FileImporter;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.records.CaseBook;
import org.renkei.app.ui.records.HandoutWriter;
import org.renkei.app.ui.records.LetterWriter;
import org.renkei.app.ui.records.OfficeSettingsStore;
import org.renkei.app.ui.records.RecordServices;
import org.renkei.app.ui.records.ReferralTracking;
import org.renkei.app.ui.records.SummaryWriter;
import org.renkei.dataimport.read.ImportRejectedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The window's services with every change and export recorded in the access record after it succeeded (on the worker
 * thread the operation ran on). Views of a case are recorded by {@link Safeguards} when the detail shows one.
 */
public final class AuditedServices {
    private AuditedServices() {
    }

    public static AppServices wrap(AppServices s, AuditLog log) {
        return new AppServices(s.searcher(), s.lookup(), s.stats(), importer(s.importer(), log), s.suggester(),
                s.locator(), s.matcher(), records(s.records(), log), s.sample(), s.warmUp(), s.links(),
                geo(s.geoWriter(), log), s.sharing() == null ? null : share(s.sharing(), log),
                KnowledgeAudit.desk(s.desk(), log));
    }

    public static KnowledgeShare share(KnowledgeShare k, AuditLog log) {
        return new KnowledgeShare() {
            @Override
            public SharedKnowledge export(Path file) throws IOException {
                SharedKnowledge out = k.export(file);
                log.exported("連携情報（施設 " + out.facilities().size() + "件）", List.of(file));
                return out;
            }

            @Override
            public Loaded load(Path file) {
                return k.load(file);
            }

            @Override
            public MergeResult apply(KnowledgeSharing.Incoming in, MergePolicy policy,
                                     Map<Comparison.Id, MergePolicy.Side> choices) {
                MergeResult r = k.apply(in, policy, choices);
                log.record(AuditAction.IMPORT, AuditTargets.ofFiles(List.of(Path.of(in.fileName()))),
                        "連携情報 " + r.summary());
                return r;
            }
        };
    }

    static GeoWriter geo(GeoWriter w, AuditLog log) {
        return (points, title, out) -> {
            w.write(points, title, out);
            log.exported("施設一覧（" + points.size() + "件）", List.of(out));
        };
    }

    static FileImporter importer(FileImporter f, AuditLog log) {
        return new FileImporter() {
            @Override
            public List<ImportService.Planned> plan(List<Path> files) throws ImportRejectedException {
                return f.plan(files);
            }

            @Override
            public FileReport importFile(ImportService.Planned planned, ImportListener listener)
                    throws ImportRejectedException {
                FileReport r = f.importFile(planned, listener);
                log.imported(planned.file(), "追加 " + r.added() + "・更新 " + r.updated() + "・廃止 " + r.closed());
                return r;
            }
        };
    }

    static RecordServices records(RecordServices r, AuditLog log) {
        LetterWriter letters = (c, office, date, folder) -> {
            List<Path> files = r.letters().write(c, office, date, folder);
            log.exported("診療情報提供書 ケース " + c.id(), files);
            return files;
        };
        HandoutWriter handouts = (c, office, issued, out) -> {
            r.handouts().write(c, office, issued, out);
            log.exported("案内図 ケース " + c.id(), List.of(out));
        };
        SummaryWriter summary = (from, to, out) -> {
            int n = r.summary().write(from, to, out);
            log.exported("紹介集計表 " + from + "〜" + to, List.of(out));
            return n;
        };
        OfficeSettingsStore office = new OfficeSettingsStore() {
            @Override
            public OfficeSettings load() {
                return r.office().load();
            }

            @Override
            public OfficeSettings save(OfficeSettings s) {
                OfficeSettings saved = r.office().save(s);
                log.record(AuditAction.SETTINGS, "自院の情報", "");
                return saved;
            }
        };
        return new RecordServices(book(r.book(), log), tracking(r.tracking(), log), office, letters, handouts,
                summary, r.clock());
    }

    private static CaseBook book(CaseBook b, AuditLog log) {
        return new CaseBook() {
            @Override
            public ReferralCase create(ReferralCase draft) {
                ReferralCase c = b.create(draft);
                log.caseCreated(c.id());
                return c;
            }

            @Override
            public ReferralCase update(ReferralCase edited) {
                ReferralCase c = b.update(edited);
                log.caseEdited(c.id());
                return c;
            }

            @Override
            public ReferralCase choosePlan(long caseId, Plan plan) {
                ReferralCase c = b.choosePlan(caseId, plan);
                log.planChosen(caseId, c.destinations().size());
                return c;
            }

            @Override
            public Optional<ReferralCase> get(long caseId) {
                return b.get(caseId);
            }

            @Override
            public List<ReferralCase> search(CaseQuery query) {
                return b.search(query);
            }
        };
    }

    private static ReferralTracking tracking(ReferralTracking t, AuditLog log) {
        return new ReferralTracking() {
            @Override
            public ReferralCase setStatus(long caseId, long facilityId, ReferralStatus status, LocalDate day,
                                          String note, String forwardedTo) {
                ReferralCase c = t.setStatus(caseId, facilityId, status, day, note, forwardedTo);
                log.statusChanged(caseId, facilityId, status.label());
                return c;
            }

            @Override
            public List<StatusEvent> history(long caseId, long facilityId) {
                return t.history(caseId, facilityId);
            }

            @Override
            public List<WaitingReferral> awaiting(LocalDate today, int waitDays) {
                return t.awaiting(today, waitDays);
            }
        };
    }
}
