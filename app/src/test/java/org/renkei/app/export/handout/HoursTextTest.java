package org.renkei.app.export.handout;

import org.junit.jupiter.api.Test;
import org.renkei.app.domain.Facility;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HoursTextTest {
    private final HoursText hours = new HoursText(DepartmentVocabulary.bundled());

    @Test
    void daysWithTheSameHoursAreGroupedInWeekOrder() {
        assertEquals("月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00", HoursText.week(FictionalCase.usualHours()));
        assertEquals("", HoursText.week(List.of()));
        assertEquals("日祝 10:00-12:00", HoursText.week(List.of(
                new OpeningHours(ServiceDay.HOLIDAY, 1, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new OpeningHours(ServiceDay.SUN, 1, LocalTime.of(10, 0), LocalTime.of(12, 0)))));
    }

    @Test
    void oneLineWhenTheCoveredDepartmentsShareTheirHoursElseOnePerDepartment() {
        Facility f = FictionalCase.facilities().get(0);
        assertEquals(List.of("月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00"), hours.lines(f, List.of("内科", "皮膚科")));
        Facility mixed = f.withDepartments(List.of(new DepartmentEntry("内科", "内科", null, FictionalCase.usualHours()),
                DepartmentEntry.of("皮膚科", "皮膚科")));
        assertEquals(List.of("内科：月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00", "皮膚科：医療機関にご確認ください"),
                hours.lines(mixed, List.of("内科", "皮膚科")));
    }

    @Test
    void unknownHoursSayToAskTheClinicAndNameTheClosedDays() {
        Facility f = FictionalCase.facilities().get(2);
        assertEquals(List.of("日・祝 休診（診療時間は医療機関にご確認ください）"), hours.lines(f, List.of("眼科")));
        assertEquals(List.of(Handout.HOURS_UNKNOWN), hours.lines(null, List.of("眼科")));
    }

    @Test
    void aSubDepartmentStandingInForANeededOneIsNamed() {
        Facility f = FictionalCase.facilities().get(0).withDepartments(List.of(
                new DepartmentEntry("循環器内科", "循環器内科", null, FictionalCase.usualHours()),
                DepartmentEntry.of("眼科", "眼科")));
        assertEquals(List.of("内科（循環器内科）：月火水金 9:00-12:00 / 15:00-18:00、土 9:00-12:00",
                "眼科：医療機関にご確認ください"), hours.lines(f, List.of("内科", "眼科")));
    }
}
