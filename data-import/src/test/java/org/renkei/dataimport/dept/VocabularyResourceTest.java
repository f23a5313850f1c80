package org.renkei.dataimport.dept;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entry of the bundled resource files, checked one by one. */
class VocabularyResourceTest {
    private static final DepartmentVocabulary V = DepartmentVocabulary.bundled();

    static Stream<Arguments> departments() throws IOException {
        return rows(VocabularyFiles.DEPARTMENTS, 5).map(f -> Arguments.of(f[0], f));
    }

    static Stream<Arguments> aliases() throws IOException {
        return rows(VocabularyFiles.ALIASES, 3).map(f -> Arguments.of(f[0] + " → " + f[1], f));
    }

    static Stream<Arguments> mappingArguments() throws IOException {
        return mappingCodes().map(f -> Arguments.of(f[1] + " " + f[2], f));
    }

    /** Named MHLW codes of the mapping file (x991 catch-alls and duplicate dental rows skipped). */
    static Stream<String[]> mappingCodes() throws IOException {
        return rows("jp-healthcare-osm_speciality_mapping.csv", 9)
                .filter(f -> f[0].isEmpty() && !f[1].endsWith("991") && !f[1].endsWith("992"));
    }

    private static Stream<String[]> rows(String name, int columns) throws IOException {
        try (InputStream in = VocabularyFiles.open(name)) {
            List<String[]> rows = VocabularyFiles.rows(in, name, columns);
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departments")
    void canonicalResolvesToItself(String name, String[] f) {
        Department d = V.byName(f[0]).orElseThrow();
        assertEquals(d, V.resolve(f[0]).orElseThrow());
        assertEquals(f[1], d.code());
        if (!f[1].isEmpty()) {
            assertEquals(d, V.byCode(f[1]).orElseThrow());
        }
        assertTrue(d.reading().matches("[\\p{InHiragana}ー・（）]+"), "reading is hiragana: " + d.reading());
        if (!d.parent().isEmpty()) {
            assertTrue(V.byName(d.parent()).isPresent(), "parent exists");
            assertTrue(V.isAncestor(d.parent(), d.name()));
        }
        assertFalse(V.isAncestor(d.name(), d.name()), "no cycle through " + d.name());
        if (!f[4].isEmpty()) {
            assertEquals(f[4], V.successor(d.name()).orElseThrow().name());
        }
        assertEquals(d.name(), V.suggest(d.name(), 1).get(0).name(), "exact name suggested first");
        assertEquals(d.name(), V.suggest(d.reading(), 1).get(0).name(), "exact reading suggested first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aliases")
    void aliasResolvesToTarget(String name, String[] f) {
        assertEquals(Optional.of(f[1]), V.resolve(f[0]).map(Department::name));
        assertTrue(V.aliases().contains(new DepartmentAlias(f[0], f[1], AliasKind.fromCode(f[2]))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappingArguments")
    void everyNamedMhlwCodeIsCanonical(String name, String[] f) {
        Department d = V.byCode(f[1]).orElseThrow(() -> new AssertionError("no department for " + f[1]));
        assertEquals(f[2], d.name());
    }

    /** Written by hand from the bureau abbreviation list and MHLW usage, not read through {@link VocabularyFiles}. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ひ, 泌尿器科, ABBREVIATION",
            "心内, 心療内科, ABBREVIATION",
            "耳い, 耳鼻いんこう科, ABBREVIATION",
            "呼, 呼吸器科, ABBREVIATION",
            "内, 内科, ABBREVIATION",
            "整外, 整形外科, ABBREVIATION",
            "脳外, 脳神経外科, ABBREVIATION",
            "産婦, 産婦人科, ABBREVIATION",
            "小, 小児科, ABBREVIATION",
            "皮, 皮膚科, ABBREVIATION",
            "眼, 眼科, ABBREVIATION",
            "精, 精神科, ABBREVIATION",
            "神内, 神経内科, ABBREVIATION",
            "循内, 循環器内科, ABBREVIATION",
            "歯外, 歯科口腔外科, ABBREVIATION",
            "リハビリ科, リハビリテーション科, SYNONYM",
            "耳鼻咽喉科, 耳鼻いんこう科, SYNONYM",
            "肛門科, こう門科, SYNONYM",
            "一般内科, 内科, SYNONYM",
            "理学診療科, リハビリテーション科, RETIRED"})
    void handWrittenAliases(String alias, String canonical, AliasKind kind) {
        assertEquals(Optional.of(canonical), V.resolve(alias).map(Department::name));
        assertTrue(V.aliases().contains(new DepartmentAlias(alias, canonical, kind)), alias);
    }

    /** MHLW 診療科目コード written by hand; retired names have none and name their successor. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "内科, 01001, ''",
            "外科, 02001, ''",
            "整形外科, 02035, ''",
            "小児科, 03001, ''",
            "産婦人科, 04001, ''",
            "眼科, 05001, ''",
            "耳鼻いんこう科, 05002, ''",
            "皮膚科, 06001, ''",
            "泌尿器科, 06004, ''",
            "精神科, 07001, ''",
            "心療内科, 07003, ''",
            "歯科, 08001, ''",
            "リハビリテーション科, 09003, ''",
            "麻酔科, 09011, ''",
            "神経内科, 01025, 脳神経内科",
            "呼吸器科, '', 呼吸器内科",
            "循環器科, '', 循環器内科"})
    void handWrittenCodes(String name, String code, String successor) {
        Department d = V.byName(name).orElseThrow();
        assertEquals(code, d.code());
        if (!code.isEmpty()) {
            assertEquals(name, V.byCode(code).orElseThrow().name());
        }
        assertEquals(successor, V.successor(name).map(Department::name).orElse(""));
    }

    /** Data lines counted by hand (grep -v '^#' | grep -c . minus the header line). */
    @Test
    void everyLineIsLoaded() {
        assertEquals(125, V.all().size());
        assertEquals(76, V.aliases().size());
    }

    @Test
    void countsAndOrder() {
        assertEquals(116, mappingCodesCount());
        assertEquals(116, V.all().stream().filter(d -> !d.code().isEmpty()).count(), "no codes of our own");
        List<Department> all = List.copyOf(V.all());
        assertEquals("内科", all.get(0).name());
        for (int i = 1; i < all.size(); i++) {
            String prev = all.get(i - 1).code();
            String cur = all.get(i).code();
            assertTrue(cur.isEmpty() || (!prev.isEmpty() && prev.compareTo(cur) < 0), "code order at " + i);
        }
    }

    private static long mappingCodesCount() {
        try {
            return mappingCodes().count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
