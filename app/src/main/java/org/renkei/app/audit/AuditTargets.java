package org.renkei.app.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How targets are written: ids and file types only (an export's file name may contain a patient's name). */
public final class AuditTargets {
    private AuditTargets() {
    }

    public static String ofCase(long caseId) {
        return "ケース " + caseId;
    }

    public static String ofDestination(long caseId, long facilityId) {
        return "ケース " + caseId + "・施設 " + facilityId;
    }

    public static String ofFacility(long facilityId) {
        return "施設 " + facilityId;
    }

    /** 「DOCX 2件・PDF 2件」: the written files' types and counts, not their names. */
    public static String ofFiles(List<Path> files) {
        Map<String, Long> byType = new TreeMap<>(files.stream().collect(Collectors.groupingBy(AuditTargets::type,
                Collectors.counting())));
        return byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "件")
                .collect(Collectors.joining("・"));
    }

    /** The file's type from its extension, upper case (「PDF」); 「不明」 without one. */
    public static String type(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "不明" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** An imported list's file name (facility lists are not patient data), without its folder. */
    public static String ofImport(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
