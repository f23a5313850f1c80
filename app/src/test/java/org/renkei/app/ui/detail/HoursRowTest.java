package org.renkei.app.ui.detail;

import org.junit.jupiter.api.Test;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HoursRowTest {
    @Test
    void summaryGroupsDaysWithTheSameHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (ServiceDay d : List.of(ServiceDay.MON, ServiceDay.TUE, ServiceDay.WED, ServiceDay.THU, ServiceDay.FRI)) {
            hours.add(new OpeningHours(d, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)));
            hours.add(new OpeningHours(d, 2, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        }
        hours.add(new OpeningHours(ServiceDay.SAT, 1, LocalTime.of(9, 0), LocalTime.of(12, 30)));
        HoursRow row = HoursRow.of(new DepartmentEntry("内科", "内科", null, hours));
        assertEquals("月〜金 09:00–12:30 / 14:00–18:00、土 09:00–12:30", row.summary());
    }

    @Test
    void summaryJoinsSeparateDaysAndIsEmptyWithoutHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (ServiceDay d : List.of(ServiceDay.MON, ServiceDay.TUE, ServiceDay.THU, ServiceDay.SAT)) {
            hours.add(new OpeningHours(d, 1, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        }
        assertEquals("月〜火・木・土 09:00–12:00", HoursRow.of(new DepartmentEntry("眼科", "眼科", null, hours)).summary());
        assertEquals("", HoursRow.of(DepartmentEntry.of("眼科", "眼科")).summary());
    }
}
