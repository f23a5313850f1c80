package org.renkei.app.ui.links;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.FacilityLink;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.domain.LinkState;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.ui.common.QueuedTaskRunner;
import org.renkei.app.ui.common.SameThreadTaskRunner;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkReviewViewModelTest {
    /** Pending pairs in memory; confirm and reject take them off the list and remember the decision. */
    private static final class InMemoryReview implements LinkReview {
        final List<FacilityLink> pending = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();
        boolean fail;

        @Override
        public List<FacilityLink> pending() {
            if (fail) {
                throw new IllegalStateException("disk gone");
            }
            return List.copyOf(pending);
        }

        @Override
        public void confirm(long linkId) {
            decide(linkId, "confirm");
        }

        @Override
        public void reject(long linkId) {
            decide(linkId, "reject");
        }

        private void decide(long id, String what) {
            pending.removeIf(l -> l.id() == id);
            decisions.add(what + " " + id);
        }
    }

    private static FacilityLink link(long id, String first, String second, int score) {
        return new FacilityLink(id, LinkState.PENDING, score, "名称が類似（0.67）・所在地が一致（町丁目・番地）",
                LocalDateTime.of(2026, 11, 20, 9, 0), null,
                new LinkedFacility(10 + id, "mhlw-navii", "13111302006" + id, first, "東京都品川区旗の台１－５－８",
                        FacilityStatus.ACTIVE),
                new LinkedFacility(20 + id, "kouseikyoku", "13091541" + id, second, "東京都品川区旗の台一丁目５番８号",
                        FacilityStatus.ACTIVE));
    }

    @Test
    void showsPendingPairsAndDecidesTheSelectedOne() {
        InMemoryReview review = new InMemoryReview();
        review.pending.add(link(1, "昭和大学病院", "昭和医科大学病院", 73));
        review.pending.add(link(2, "河北総合病院", "社会医療法人河北医療財団 河北総合病院", 75));
        LinkReviewViewModel vm = new LinkReviewViewModel(review, new SameThreadTaskRunner());
        int[] decided = {0};
        vm.setOnDecided(() -> decided[0]++);
        vm.load();

        assertEquals("確認待ち 2 組", vm.messageProperty().get());
        LinkRow first = vm.rowsProperty().get(0);
        assertEquals("昭和大学病院\n医療情報ネット（ナビイ）・131113020061\n東京都品川区旗の台１－５－８", first.first());
        assertEquals("昭和医科大学病院\n厚生局 医療機関一覧・130915411\n東京都品川区旗の台一丁目５番８号", first.second());
        assertEquals("73", first.score());
        assertEquals(first, vm.selectedProperty().get(), "the first pair is selected");
        assertTrue(vm.canDecideProperty().get());

        vm.selectedProperty().set(vm.rowsProperty().get(1));
        vm.rejectSelected();
        assertEquals(List.of("reject 2"), review.decisions);
        assertEquals(1, vm.rowsProperty().size());
        assertEquals(1, decided[0]);
        vm.confirmSelected();
        assertEquals(List.of("reject 2", "confirm 1"), review.decisions);
        assertTrue(vm.rowsProperty().isEmpty());
        assertNull(vm.selectedProperty().get());
        assertFalse(vm.canDecideProperty().get());
        assertEquals("確認待ちの組はありません。", vm.messageProperty().get());
        assertEquals(2, decided[0]);
    }

    @Test
    void buttonsWaitWhileWorkIsRunningAndFailuresAreShown() {
        InMemoryReview review = new InMemoryReview();
        review.pending.add(link(1, "昭和大学病院", "昭和医科大学病院", 73));
        QueuedTaskRunner runner = new QueuedTaskRunner();
        LinkReviewViewModel vm = new LinkReviewViewModel(review, runner);
        vm.load();
        assertTrue(vm.busyProperty().get());
        runner.completeAll();
        vm.confirmSelected();
        assertFalse(vm.canDecideProperty().get(), "busy: no second decision");
        vm.rejectSelected();
        assertEquals(1, runner.pending(), "the second click was ignored");
        runner.completeAll();
        assertEquals(List.of("confirm 1"), review.decisions);

        review.fail = true;
        vm.load();
        runner.completeAll();
        assertEquals("同一施設の組を読み込めませんでした。", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());
    }
}
