package org.renkei.dataimport.dept;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartmentVocabularyTest {
    private final DepartmentVocabulary v = DepartmentVocabulary.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ひ, 泌尿器科", "心内, 心療内科", "神, 神経科", "精, 精神科", "産, 産科", "婦, 婦人科",
            "呼, 呼吸器科", "消, 消化器科", "循, 循環器科", "胃, 胃腸科", "こう, こう門科", "神内, 神経内科",
            "耳い, 耳鼻いんこう科", "耳鼻咽喉科, 耳鼻いんこう科", "リハビリ科, リハビリテーション科",
            "肛門科, こう門科", "肛門外科, 肛門外科", "脳外, 脳神経外科", "脳外科, 脳外科", "性, 性病科",
            "気食, 気管食道科", "美外, 美容外科", "歯外, 歯科口腔外科", "矯歯, 矯正歯科", "小歯, 小児歯科",
            "'　整外　', 整形外科", "ﾘﾊ, リハビリテーション科", "ﾘﾊﾋﾞﾘﾃｰｼｮﾝ科, リハビリテーション科",
            "'循環器 内科', 循環器内科", "産婦人科(生殖医療), 産婦人科（生殖医療）", "ﾋ, 泌尿器科",
            "理学診療科, リハビリテーション科", "皮フ科, 皮膚科"})
    void resolves(String label, String canonical) {
        assertEquals(canonical, v.resolve(label).orElseThrow().name());
    }

    @Test
    void unknownLabelsAreEmpty() {
        assertTrue(v.resolve("大腸").isEmpty());
        assertTrue(v.resolve("代謝").isEmpty());
        assertTrue(v.resolve("").isEmpty());
        assertTrue(v.resolve(null).isEmpty());
        assertTrue(v.resolve("インフルエンザ").isEmpty(), "x991 free text is not a department");
    }

    @Test
    void resolvesByCodeFirstThenLabel() {
        assertEquals("内科", v.resolve("01001", "ないか?").orElseThrow().name());
        assertEquals("総合診療科", v.resolve("09991", "総合診療科").orElseThrow().name());
        assertTrue(v.resolve("01991", "インフルエンザ").isEmpty());
        assertTrue(v.byCode(null).isEmpty());
    }

    @Test
    void parentRelation() {
        assertTrue(v.isAncestor("内科", "循環器内科"));
        assertTrue(v.isAncestor("内科", "糖尿病内科"));
        assertTrue(v.isAncestor("外科", "小児腫瘍外科"), "grandparent");
        assertTrue(v.isAncestor("小児科", "小児皮膚科"));
        assertTrue(v.isAncestor("内科", "循内"), "labels are resolved");
        assertFalse(v.isAncestor("循環器内科", "内科"));
        assertFalse(v.isAncestor("内科", "内科"));
        assertFalse(v.isAncestor("内科", "心療内科"), "心療内科 is in the psychiatric group");
        assertFalse(v.isAncestor("外科", "整形外科"));
        assertFalse(v.isAncestor("内科", "存在しない科"));
    }

    @Test
    void successors() {
        assertEquals("循環器内科", v.successor("循環器科").orElseThrow().name());
        assertEquals("脳神経内科", v.successor("神経内科").orElseThrow().name());
        assertTrue(v.successor("内科").isEmpty());
    }

    @Test
    void suggestsByNameAndReadingInHiraganaOrKatakana() {
        assertEquals("皮膚科", v.suggest("ひふ", 5).get(0).name());
        assertEquals("皮膚科", v.suggest("ヒフ", 5).get(0).name());
        assertEquals("皮膚科", v.suggest("ﾋﾌ", 5).get(0).name());
        assertEquals("小児科", v.suggest("しょうに", 5).get(0).name());
        assertEquals("整形外科", v.suggest("整外", 5).get(0).name());
        assertEquals("耳鼻いんこう科", v.suggest("耳鼻", 5).get(0).name());
        assertEquals("耳鼻いんこう科", v.suggest("じび", 5).get(0).name());
        List<Department> naika = v.suggest("ないか", 50);
        assertEquals("内科", naika.get(0).name());
        assertTrue(naika.stream().anyMatch(d -> d.name().equals("循環器内科")));
        assertEquals(3, v.suggest("か", 3).size());
        assertTrue(v.suggest("", 5).isEmpty());
        assertTrue(v.suggest("ひふ", 0).isEmpty());
        assertTrue(v.suggest("zzz", 5).isEmpty());
    }

    @Test
    void bundledIsASingleton() {
        assertSame(v, DepartmentVocabulary.bundled());
    }

    @Test
    void brokenVocabulariesAreRefused() {
        Department a = new Department("A科", "1", "えー", "B科");
        Department b = new Department("B科", "2", "びー", "A科");
        assertThrows(IllegalStateException.class, () -> DepartmentVocabulary.of(List.of(a, b), List.of(), Map.of()));
        Department c = new Department("C科", "3", "しー", "");
        Department orphan = new Department("D科", "4", "でぃー", "無い科");
        assertThrows(IllegalStateException.class, () -> DepartmentVocabulary.of(List.of(orphan), List.of(), Map.of()));
        assertThrows(IllegalStateException.class, () -> DepartmentVocabulary.of(List.of(c, c), List.of(), Map.of()));
        assertThrows(IllegalStateException.class, () -> DepartmentVocabulary.of(List.of(c),
                List.of(new DepartmentAlias("x", "無い科", AliasKind.SYNONYM)), Map.of()));
        Department e = new Department("E科", "5", "いー", "");
        assertThrows(IllegalStateException.class, () -> DepartmentVocabulary.of(List.of(c, e),
                List.of(new DepartmentAlias("x", "C科", AliasKind.SYNONYM),
                        new DepartmentAlias("ｘ", "E科", AliasKind.SYNONYM)), Map.of()));
        assertThrows(IllegalStateException.class, () -> DepartmentVocabulary.of(List.of(c), List.of(),
                Map.of("C科", "無い科")));
    }

    @Test
    void labelKeys() {
        assertEquals("りは", Labels.key(" ﾘﾊ\u3000"));
        assertEquals("産婦人科(生殖医療)", Labels.key("産婦人科（生殖医療）"));
        assertEquals("", Labels.key(null));
    }
}
