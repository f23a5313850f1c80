package org.renkei.app.ui.share;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.audit.AuditEntry;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.knowledge.KnowledgeTables;
import org.renkei.app.knowledge.share.KnowledgeSharing;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.knowledge.share.TwoOffices;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.audit.AuditedServices;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.testing.FakeDialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sharing view models without the toolkit, on two real sample databases, through the audited services. */
class ShareViewModelTest {
    @TempDir
    Path tmp;
    Database a;
    Database b;
    FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() throws Exception {
        a = Database.open(SampleStore.copyTo(tmp.resolve("a")), TestPassword.chars());
        b = Database.open(SampleStore.copyTo(tmp.resolve("b")), TestPassword.chars());
        TwoOffices.officeA(a);
        TwoOffices.officeB(b);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    ShareViewModel vm(Database db) {
        KnowledgeShare audited = AuditedServices.share(KnowledgeShare.of(new KnowledgeSharing(db,
                Clock.systemDefaultZone())), AuditLog.as(db, "佐藤"));
        return new ShareViewModel(audited, new SameThreadTaskRunner(), dialogs, () -> LocalDate.of(2026, 3, 2));
    }

    @Test
    void exportThenPreviewChooseRowByRowAndApply() throws Exception {
        Path file = tmp.resolve("a.xlsx");
        dialogs.fileToSave = file;
        vm(a).export();
        assertTrue(Files.exists(file));
        assertEquals(List.of("連携情報を書き出しました: 施設 3 件・情報 7 件を書き出しました: " + file), dialogs.infos, dialogs.errors.toString());

        dialogs.fileToOpen = file;
        ShareViewModel share = vm(b);
        List<String> before = KnowledgeTables.rows(b);
        share.chooseImport();
        SharePreviewViewModel p = share.previewProperty().get();
        assertTrue(p.summary().contains("施設 3 件（うち自院の一覧にない施設 0 件）・新規 3・同一 1（確認日の更新 1）・競合 3"),
                p.summary());
        assertTrue(p.summary().contains("語彙に追加するタグ: 夜間の受入"), p.summary());
        assertEquals(3, p.conflictsProperty().size());
        ConflictRow registered = p.conflictsProperty().get(0);
        assertEquals("宮内庁病院", registered.facility());
        assertEquals("登録医", registered.fact());
        assertEquals("いいえ（2025-06-01 鈴木）", registered.ours());
        assertEquals("はい（2025-04-01 佐藤）", registered.theirs());
        assertTrue(p.conflictsProperty().stream().allMatch(r -> r.sideProperty().get() == MergePolicy.Side.OURS));
        assertEquals(before, KnowledgeTables.rows(b), "the preview writes nothing");

        p.usePolicy(MergePolicy.NEWER);
        assertEquals(List.of(MergePolicy.Side.OURS, MergePolicy.Side.OURS, MergePolicy.Side.THEIRS),
                p.conflictsProperty().stream().map(r -> r.sideProperty().get()).toList());
        registered.sideProperty().set(MergePolicy.Side.THEIRS);
        p.apply();

        assertNull(share.previewProperty().get(), "closed after applying");
        assertEquals("連携情報を取り込みました: 追加 3・確認日の更新 1・相手を採用 2・自院を維持 1・語彙に追加 1", dialogs.infos.get(1));
        KnowledgeService knowledge = new KnowledgeService(b);
        var k = knowledge.get(TwoOffices.id(b, TwoOffices.KUNAICHO)).knowledge();
        assertTrue(k.registered().value(), "the row chosen for 相手");
        assertEquals("英語", k.capability("外国語", "").orElseThrow().detail(), "newer");
        assertEquals("連携室 田中", k.contact().value().person(), "same day: ours");

        List<AuditEntry> audit = AuditLog.as(b, "佐藤").between(LocalDate.now(), LocalDate.now());
        assertEquals(1, audit.size());
        assertEquals("XLSX 1件", audit.get(0).target());
        assertTrue(audit.get(0).detail().startsWith("連携情報 追加 3"), audit.get(0).detail());
        assertEquals("XLSX 1件", AuditLog.as(a, "佐藤").between(LocalDate.now(), LocalDate.now()).get(0).target());
    }

    @Test
    void aBadFileIsShownAsAnErrorAndNoPreviewOpens() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"other\"}");
        dialogs.fileToOpen = bad;
        ShareViewModel share = vm(b);
        share.chooseImport();
        assertNull(share.previewProperty().get());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("連携情報のファイルではありません"), dialogs.errors.toString());
        assertFalse(share.busyProperty().get());
    }
}
