package org.renkei.app.ui.fields;

import org.junit.jupiter.api.Test;
import org.renkei.app.ui.testing.FakeSuggester;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The department chip field's view model, shared by the search and case screens. */
class DepartmentPickerTest {
    private final DepartmentPicker picker = new DepartmentPicker(new FakeSuggester());

    @Test
    void theBundledVocabularyCompletesHiraganaKatakanaAndKanji() {
        DepartmentPicker real = new DepartmentPicker(DepartmentSuggester.of(DepartmentVocabulary::bundled));
        for (String typed : List.of("ひふ", "ヒフ", "ﾋﾌ", "皮膚")) {
            real.inputProperty().set(typed);
            assertEquals("皮膚科", real.suggestionsProperty().get(0), typed);
            assertTrue(real.suggestionsProperty().size() <= DepartmentPicker.SUGGESTION_LIMIT, typed);
        }
        real.inputProperty().set("ナイカ");
        assertTrue(real.addHighlighted());
        assertEquals(List.of("内科"), real.departmentsProperty());
    }

    @Test
    void enterAddsTheTopSuggestionAndClearsTheField() {
        picker.inputProperty().set("ひふ");
        assertEquals(List.of("皮膚科", "皮膚泌尿器科"), picker.suggestionsProperty());
        assertEquals(0, picker.highlightedProperty().get());
        picker.inputProperty().set("皮");
        assertTrue(picker.addHighlighted());
        assertEquals(List.of("皮膚科"), picker.departmentsProperty());
        assertEquals("", picker.inputProperty().get());
        assertTrue(picker.suggestionsProperty().isEmpty());
        assertEquals(-1, picker.highlightedProperty().get());
    }

    @Test
    void chosenDepartmentsAreNotSuggestedAgainAndHighlightMoves() {
        picker.add("皮膚科");
        picker.inputProperty().set("ひふ");
        assertEquals(List.of("皮膚泌尿器科"), picker.suggestionsProperty());
        picker.inputProperty().set("か");
        picker.moveHighlight(1);
        assertEquals(1, picker.highlightedProperty().get());
        picker.moveHighlight(-2);
        assertEquals(picker.suggestionsProperty().size() - 1, picker.highlightedProperty().get());
        assertTrue(picker.addHighlighted());
        assertEquals("皮膚泌尿器科", picker.departmentsProperty().get(1), "Enter adds the highlighted one");
    }

    @Test
    void chipsAreRemovedByNameOrLastFirst() {
        picker.add("内科");
        picker.add("皮膚科");
        picker.add("皮膚科");
        picker.add("眼科");
        picker.add(" ");
        assertEquals(List.of("内科", "皮膚科", "眼科"), picker.departmentsProperty());
        picker.removeLast();
        picker.remove("内科");
        assertEquals(List.of("皮膚科"), picker.departmentsProperty());
        picker.removeLast();
        picker.removeLast();
        assertTrue(picker.departmentsProperty().isEmpty());
    }

    @Test
    void unknownDepartmentIsReportedUntilTheTextChanges() {
        picker.inputProperty().set("ぞうげか");
        assertFalse(picker.addHighlighted());
        assertEquals("「ぞうげか」に当たる診療科がありません", picker.errorProperty().get());
        assertTrue(picker.departmentsProperty().isEmpty());
        assertFalse(picker.commitTyped(), "a search must not run with unmatched text");
        picker.inputProperty().set("がん");
        assertEquals("", picker.errorProperty().get());
        assertTrue(picker.commitTyped());
        assertEquals(List.of("眼科"), picker.departmentsProperty());
        assertTrue(picker.commitTyped(), "nothing typed is fine");
    }
}
