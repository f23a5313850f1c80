package org.renkei.app.ui.detail;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditEntry;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.MutableClock;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.domain.Capability;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.search.SearchService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.audit.AuditedServices;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.testing.FakeDialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detail pane's 連携情報, 紹介実績 and profile sheet over the production services (audited as the window wires
 * them) on an H2 copy of the real sample, with same-thread tasks and a clock the test sets.
 */
class KnowledgeEditorViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path tmp;
    Database db;
    AuditLog log;
    FacilityDetailViewModel detail;
    KnowledgeEditorViewModel editor;
    final FakeDialogs dialogs = new FakeDialogs();
    final MutableClock clock = new MutableClock(TODAY);
    long id;

    @BeforeEach
    void open() {
        db = Database.open(SampleStore.copyTo(tmp.resolve("db")), TestPassword.chars());
        log = new AuditLog(db, () -> "鈴木", clock);
        AppServices services = AuditedServices.wrap(AppServices.production(db), log);
        detail = new FacilityDetailViewModel(services.lookup(), services.desk(), new SameThreadTaskRunner(), dialogs,
                clock);
        editor = detail.knowledge();
        id = new SearchService(db).search(new SearchQuery(List.of("内科", "眼科"), "", null, null, null, 1, false))
                .get(0).facility().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tagsTypedAndConfirmedAreSavedInOneEditAndShownAgainOnReopening() {
        detail.open(id);
        assertTrue(editor.availableProperty().get());
        assertTrue(editor.chipsProperty().isEmpty());
        assertFalse(editor.dirtyProperty().get());
        List<String> scopes = editor.tagInput().departmentsProperty();
        assertEquals("", scopes.get(0), "施設全体 first");
        assertTrue(scopes.contains("内科") && scopes.contains("眼科"), scopes.toString());

        editor.tagInput().textProperty().set("訪問");
        assertEquals(List.of("訪問診療"), editor.tagInput().suggestionsProperty());
        editor.addTag();
        assertEquals("訪問診療", editor.chipsProperty().get(0).text());
        assertTrue(editor.chipsProperty().get(0).isNew());
        assertEquals("", editor.tagInput().textProperty().get(), "the field is emptied for the next tag");

        editor.tagInput().textProperty().set("外国語");
        assertTrue(editor.tagInput().needsDetailProperty().get());
        editor.addTag();
        assertTrue(editor.errorProperty().get().contains("内容"), editor.errorProperty().get());
        editor.tagInput().detailProperty().set("英語・中国語");
        editor.tagInput().departmentProperty().set("内科");
        editor.addTag();
        assertEquals("外国語：英語・中国語（内科）", editor.chipsProperty().get(1).text());

        editor.tagInput().textProperty().set("胃瘻");
        editor.addTag();
        assertTrue(editor.errorProperty().get().contains("胃瘻"), editor.errorProperty().get());
        assertEquals(2, editor.chipsProperty().size());

        editor.registeredProperty().set(true);
        editor.contactPersonProperty().set("地域連携室 山田");
        editor.contactMethodProperty().set(ContactMethod.MCS);
        editor.notesProperty().set("木曜午後は休診");
        assertTrue(editor.dirtyProperty().get());
        editor.save();

        assertFalse(editor.dirtyProperty().get());
        assertTrue(editor.messageProperty().get().contains("2026/11/20 鈴木"), editor.messageProperty().get());
        FacilityKnowledge k = new KnowledgeService(db).get(id).knowledge();
        assertEquals(List.of("訪問診療", "外国語"), k.capabilities().stream().map(Capability::tag).toList());
        assertEquals(Verified.on(TODAY, "鈴木"), k.capabilities().get(0).verified());
        assertTrue(k.isRegistered());
        assertEquals(ContactMethod.MCS, k.contact().value().method());
        assertEquals("木曜午後は休診", k.notes().value());

        List<AuditEntry> audit = log.between(TODAY, TODAY);
        assertEquals(1, audit.size(), "one edit, one record");
        assertEquals(AuditAction.FACILITY_EDIT, audit.get(0).action());
        assertEquals("施設 " + id, audit.get(0).target());
        assertFalse(audit.get(0).detail().contains("木曜") || audit.get(0).detail().contains("山田"),
                "neither notes text nor the contact person is recorded: " + audit.get(0).detail());
        assertTrue(audit.get(0).detail().contains("訪問診療"), audit.get(0).detail());

        FacilityDetailViewModel reopened = new FacilityDetailViewModel(id2 -> java.util.Optional.empty(),
                new StoredFacilityDesk(db), new SameThreadTaskRunner(), dialogs, clock);
        reopened.knowledge().load(id);
        assertEquals(List.of("訪問診療", "外国語：英語・中国語（内科）"),
                reopened.knowledge().chipsProperty().stream().map(TagChip::text).toList());
        assertEquals("確認 2026/11/20 鈴木", reopened.knowledge().chipsProperty().get(0).verifiedText());
        assertEquals("地域連携室 山田", reopened.knowledge().contactPersonProperty().get());
    }

    @Test
    void removingAChipIsUndoneAndRevertDropsUnsavedEdits() {
        new KnowledgeService(db).apply(id, KnowledgeEdit.none().tag("在宅酸素", "", "").tag("褥瘡", "", ""),
                Verified.on(LocalDate.of(2026, 6, 1), "佐藤"));
        detail.open(id);
        TagChip oxygen = editor.chipsProperty().stream().filter(c -> c.tag().equals("在宅酸素")).findFirst().orElseThrow();
        editor.remove(oxygen);
        assertTrue(editor.canUndoProperty().get() && editor.dirtyProperty().get());
        editor.undo();
        assertFalse(editor.canUndoProperty().get());
        assertFalse(editor.dirtyProperty().get(), "back to what is stored");

        editor.remove(oxygen);
        editor.notesProperty().set("メモ");
        editor.revert();
        assertEquals(2, editor.chipsProperty().size());
        assertEquals("", editor.notesProperty().get());
        assertFalse(editor.dirtyProperty().get());

        editor.remove(oxygen);
        editor.save();
        assertEquals(List.of("褥瘡"), new KnowledgeService(db).get(id).knowledge().capabilities().stream()
                .map(Capability::tag).toList());
    }

    @Test
    void staleFactsAreMarkedAndVerifyNowConfirmsEveryFactTodayByTheStaffMember() {
        new KnowledgeService(db).apply(id, KnowledgeEdit.none().tag("透析", "", "").registered(true),
                Verified.on(LocalDate.of(2025, 10, 1), "佐藤"));
        new KnowledgeService(db).apply(id, KnowledgeEdit.none().tag("駐車場", "", ""),
                Verified.on(LocalDate.of(2026, 9, 1), "佐藤"));
        detail.open(id);
        assertEquals("要確認 2 件（確認から 12 か月を過ぎています）", editor.staleSummaryProperty().get());
        assertTrue(editor.chipsProperty().stream().filter(c -> c.tag().equals("透析")).allMatch(TagChip::stale));
        assertTrue(editor.chipsProperty().stream().filter(c -> c.tag().equals("駐車場")).noneMatch(TagChip::stale));
        assertTrue(editor.factsProperty().get(0).stale(), "登録医");
        assertEquals("未登録", editor.factsProperty().get(2).verifiedText(), "備考");

        editor.verifyNow();
        assertEquals("", editor.staleSummaryProperty().get());
        assertTrue(editor.chipsProperty().stream().noneMatch(TagChip::stale));
        assertEquals("確認 2026/11/20 鈴木", editor.factsProperty().get(0).verifiedText());
        FacilityKnowledge k = new KnowledgeService(db).get(id).knowledge();
        assertTrue(k.facts().stream().allMatch(f -> f.verified().equals(Verified.on(TODAY, "鈴木"))));
        assertTrue(log.between(TODAY, TODAY).get(0).detail().contains("全項目確認"));
    }

    @Test
    void theProfileSheetCarriesTheTagsWithTheirStaleMarkAndIsRecorded() throws Exception {
        new KnowledgeService(db).apply(id, KnowledgeEdit.none().tag("在宅酸素", "", "").notes("院内メモ"),
                Verified.on(LocalDate.of(2025, 1, 10), "佐藤"));
        new KnowledgeService(db).apply(id, KnowledgeEdit.none().tag("認知症", "", "内科").registered(true),
                Verified.on(LocalDate.of(2026, 11, 1), "鈴木"));
        detail.open(id);
        Path pdf = tmp.resolve("sheet.pdf");
        dialogs.fileToSave = pdf;
        detail.profile().export();
        assertTrue(Files.size(pdf) > 10_000);
        assertTrue(detail.profile().messageProperty().get().contains("sheet.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("在宅酸素") && text.contains("認知症"), text);
            assertTrue(text.contains("要確認"), "the 2025 fact is stale: " + text);
            assertFalse(text.contains("院内メモ"), "notes never reach the public sheet");
        }
        List<AuditEntry> audit = log.between(TODAY, TODAY);
        assertEquals(1, audit.size(), "the knowledge was set outside the window");
        AuditEntry export = audit.get(0);
        assertEquals(AuditAction.EXPORT, export.action());
        assertEquals("PDF 1件", export.target());

        detail.history().load(id);
        assertEquals("紹介の記録はありません", detail.history().summaryProperty().get());
        assertEquals(HistoryViewModel.MONTHS, detail.history().monthsProperty().size());
        assertEquals("2026/11", detail.history().monthsProperty().get(HistoryViewModel.MONTHS - 1).label());
    }
}
