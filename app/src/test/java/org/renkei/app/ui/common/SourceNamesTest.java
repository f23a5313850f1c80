package org.renkei.app.ui.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceNamesTest {

    @Test
    void knownSourcesHaveJapaneseNames() {
        assertEquals("医療情報ネット（ナビイ）", SourceNames.display("mhlw-navii"));
        assertEquals("厚生局 医療機関一覧", SourceNames.display("kouseikyoku"));
        assertEquals("熊本市オープンデータ", SourceNames.display("kumamoto-city"));
        assertEquals("高松市オープンデータ", SourceNames.display("takamatsu-city"));
    }

    @Test
    void municipalStandardDataNamesItsCode() {
        assertEquals("自治体オープンデータ（131016）", SourceNames.display("municipal-131016"));
        assertEquals("自治体オープンデータ（13101）", SourceNames.display("municipal-13101"));
    }

    @Test
    void ownListsShowTheirName() {
        assertEquals("皮膚科・整形外科 逆紹介先リスト（独自の一覧）", SourceNames.display("own:皮膚科・整形外科 逆紹介先リスト"));
    }

    @Test
    void anythingElseShowsItsId() {
        assertEquals("some-new-source", SourceNames.display("some-new-source"));
        assertEquals("municipal-tokyo", SourceNames.display("municipal-tokyo"));
        assertEquals("test", SourceNames.display("test"), "the old test entry is gone from the messages");
        assertEquals("", SourceNames.display(null));
    }
}
