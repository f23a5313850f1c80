package org.renkei.dataimport.read.mhlw;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.testutil.RecordingSink;
import org.renkei.dataimport.testutil.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MhlwHoursReaderTest {
    static final String HOURS = "02-2_clinic_speciality_hours_SYNTH.csv";
    private static final String HEADER = "ID,診療科目コード,診療科目名,診療時間帯,月_診療開始時間,月_診療終了時間,"
            + "火_診療開始時間,火_診療終了時間,水_診療開始時間,水_診療終了時間,木_診療開始時間,木_診療終了時間,"
            + "金_診療開始時間,金_診療終了時間,土_診療開始時間,土_診療終了時間,日_診療開始時間,日_診療終了時間,"
            + "祝_診療開始時間,祝_診療終了時間";

    @TempDir
    Path dir;

    private static RecordingSink read(Path file) throws ImportRejectedException {
        RecordingSink sink = new RecordingSink();
        MhlwHoursReader.clinics().read(file, sink);
        return sink;
    }

    private static OpeningHours hours(ServiceDay day, int slot, String start, String end) {
        return new OpeningHours(day, slot, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void collapsesTheSyntheticHoursIntoDepartmentsPerClinic() throws Exception {
        RecordingSink sink = read(TestData.path(HOURS));
        assertEquals(2000, sink.departmentCalls, "one call per clinic");
        assertEquals(2000, sink.departments.size());
        assertEquals(4105, sink.departments.values().stream().mapToInt(List::size).sum(),
                "distinct (clinic, department) pairs of the 8,030 rows");
        assertEquals(List.of(), sink.problems);
        assertTrue(sink.departments.values().stream().flatMap(List::stream).allMatch(DepartmentEntry::known));

        List<DepartmentEntry> first = sink.departments.get("mhlw-navii/1391010114978");
        DepartmentEntry naika = first.get(0);
        assertEquals("内科", naika.canonical());
        assertEquals("内科", naika.label());
        assertEquals("01001", naika.code());
        assertEquals(hours(ServiceDay.MON, 1, "09:00", "12:30"), naika.hours().get(0));
        assertEquals(hours(ServiceDay.MON, 2, "14:00", "18:00"), naika.hours().get(1));
        assertTrue(naika.hours().contains(hours(ServiceDay.SAT, 1, "09:00", "12:30")));
        assertFalse(naika.hours().stream().anyMatch(h -> h.day() == ServiceDay.SAT && h.slot() == 2));
        assertFalse(naika.hours().stream().anyMatch(h -> h.day() == ServiceDay.SUN || h.day() == ServiceDay.HOLIDAY));
        assertEquals(11, naika.hours().size());
        assertEquals(List.of(1000L, 2000L, 3000L, 4000L, 5000L, 6000L, 7000L, 8000L, 8030L), sink.progress);
    }

    @Test
    void resolvesByCodeFirstAndKeepsUnknownLabels() throws Exception {
        Path f = Files.writeString(dir.resolve("02-2_test.csv"), HEADER + "\r\n"
                + "0111,01001,ないか（一般）,1,9:00,12:00,,,,,,,,,,,,,,\r\n"
                + "0111,01991,発熱外来,1,１３：００,1500,,,,,,,,,,,,,,\r\n"
                + "0111,01991,発熱外来,2,17:00,24:00,,,,,,,,,,,,,,\r\n"
                + "0222,,皮膚科,1,,,,,,,,,,,,,,,,\r\n"
                + "0111,01001,ないか（一般）,2,14:00,,,,,,,,,,,,,,,\r\n", StandardCharsets.UTF_8);
        RecordingSink sink = read(f);
        List<DepartmentEntry> a = sink.departments.get("mhlw-navii/0111");
        assertEquals(2, a.size());
        assertEquals("内科", a.get(0).canonical(), "by code");
        assertEquals("ないか（一般）", a.get(0).label());
        assertEquals(List.of(hours(ServiceDay.MON, 1, "09:00", "12:00")), a.get(0).hours());
        assertNull(a.get(1).canonical());
        assertEquals("発熱外来", a.get(1).label());
        assertEquals(List.of(hours(ServiceDay.MON, 1, "13:00", "15:00"), hours(ServiceDay.MON, 2, "17:00", "23:59")),
                a.get(1).hours());
        DepartmentEntry hifu = sink.departments.get("mhlw-navii/0222").get(0);
        assertEquals("皮膚科", hifu.canonical());
        assertNull(hifu.code());
        assertTrue(hifu.hours().isEmpty());
        assertEquals(2, sink.problems.size(), sink.problems.toString());
        ImportProblem unknown = sink.problems.get(0);
        assertEquals("診療科名「発熱外来」は辞書にありません（そのまま取り込みます）。", unknown.message());
        assertEquals(3, unknown.row());
        assertEquals("診療科目名", unknown.column());
        assertEquals(6, sink.problems.get(1).row());
        assertEquals("月_診療終了時間", sink.problems.get(1).column());
    }

    @Test
    void badTimesAndSlotsAreProblems() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.csv"), HEADER + "\n"
                + "0111,01001,内科,x,25:00,26:00,09:00,12:00,,,,,,,,,,,,\n", StandardCharsets.UTF_8);
        RecordingSink sink = read(f);
        assertEquals(List.of(hours(ServiceDay.TUE, 1, "09:00", "12:00")),
                sink.departments.get("mhlw-navii/0111").get(0).hours());
        assertEquals(List.of("診療時間帯", "月_診療開始時間", "月_診療終了時間"),
                sink.problems.stream().map(ImportProblem::column).toList());
    }

    @Test
    void structuralErrorsRejectBeforeAnythingIsEmitted() throws IOException {
        Path f = Files.writeString(dir.resolve("cols.csv"), HEADER + "\n"
                + "0111,01001,内科,1,09:00,12:00,,,,,,,,,,,,,,\n0111,01001,内科,2\n", StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink();
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> MhlwHoursReader.clinics().read(f, sink));
        assertEquals(3, e.problem().row());
        assertEquals(0, sink.departmentCalls);
        Path missing = Files.writeString(dir.resolve("missing.csv"), "ID,診療科目名\n1,内科\n");
        assertThrows(ImportRejectedException.class, () -> read(missing));
    }
}
