package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.model.ServiceDay;

import java.util.Arrays;
import java.util.List;

/** Header names of the MHLW ナビイ open-data files (found by name, never by position). */
public final class MhlwColumns {
    private MhlwColumns() {
    }

    /** Source name of every facility read from ナビイ files. */
    public static final String SOURCE = "mhlw-navii";

    public static final String ID = "ID";
    public static final String NAME = "正式名称";
    public static final String KANA = "正式名称（フリガナ）";
    public static final String KIND = "機関区分";
    public static final String PREF_CODE = "都道府県コード";
    public static final String CITY_CODE = "市区町村コード";
    public static final String ADDRESS = "所在地";
    public static final String LAT = "所在地座標（緯度）";
    public static final String LNG = "所在地座標（経度）";
    public static final String URL = "案内用ホームページアドレス";
    public static final String HOLIDAY_CLOSED = "祝日に休診";
    public static final String TOTAL_BEDS = "合計病床数";
    /** Weekly flags, 月..日; coded "1" = open, "0" = closed despite the name. */
    public static final List<String> WEEKLY_CLOSED = Arrays.stream(ServiceDay.values())
            .filter(d -> d != ServiceDay.HOLIDAY).map(d -> "毎週決まった曜日に休診（" + d.label() + "）").toList();

    public static final String DEPT_CODE = "診療科目コード";
    public static final String DEPT_NAME = "診療科目名";
    public static final String TIME_SLOT = "診療時間帯";

    /** Start column of a day's consultation hours in the speciality-hours file, e.g. 月_診療開始時間. */
    public static String start(String dayLabel) {
        return dayLabel + "_診療開始時間";
    }

    public static String end(String dayLabel) {
        return dayLabel + "_診療終了時間";
    }

    /** The DERIVED Tokyo hospital file (helpmesearch extract joined with its department lists). */
    public static final String DERIVED_CITY_CODE = "市区町村コード(derived)";
    public static final String DERIVED_DEPARTMENTS = "診療科目名_raw(helpmesearch split)";

    /** The staff attribute file header, exactly. */
    public static final List<String> ATTRIBUTE_HEADER = List.of("ID", "home_visit", "accepting_new", "barrier_free");
}
