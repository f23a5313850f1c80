package org.renkei.app.importing.fuzz;

import org.renkei.app.cli.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The real files the fuzzer mutates, one or more for every reader: the ナビイ facility and hours CSVs, the attribute
 * file, the helpmesearch CSV and JSON, the DERIVED list, the 厚生局 bureau workbook and code list (CSV and zip), 高松市
 * and 熊本市 (CSV and .xlsx), the 自治体標準 CSV, and the three office lists read through their import profiles (.xlsx,
 * CP932 CSV, .xls). Large files are cut to their first lines (same name, same header) so that one case takes well
 * under a second; the names are kept because the detector reads hospital / clinic from them.
 */
final class FuzzSeeds {
    /** A seed file: its name, its bytes, and the import profile it is read through (null: format detection). */
    record Seed(String name, byte[] bytes, String profile) {
    }

    private FuzzSeeds() {
    }

    static List<Seed> all() {
        return List.of(
                whole("mhlw_01-1_hospital_facility_info_20250601_SAMPLE.csv"),
                head("02-1_clinic_facility_info_SYNTH.csv", 40),
                head("02-2_clinic_speciality_hours_SYNTH.csv", 60),
                head("clinic_attributes_SYNTH.csv", 60),
                head("helpmesearch_mhlw20250601_hospital_facility_info_tokyo.csv", 60),
                head("tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv", 40),
                jsonHead("helpmesearch_mhlw20250601_hospital_tokyo_departments.json", 6000),
                whole("kouseikyoku_layout_sample.xlsx"),
                codeListZip(150),
                head("takamatsu_0062_hospital_data_20250704.csv", 60),
                whole("takamatsu_0062_hospital_data_20260812.xlsx"),
                whole("kumamoto_city_byouin_list_20250331.csv"),
                whole("kumamoto_city_byouin_list_20250331.xlsx"),
                whole("municipal_standard_medical_SYNTH.csv"),
                profiled("皮膚科・整形外科 逆紹介先リスト.xlsx"),
                profiled("逆紹介先リスト_cp932.csv"),
                profiled("逆紹介先リスト_診療科別.xls"));
    }

    private static Seed whole(String name) {
        return new Seed(name, read(TestFiles.get("data/" + name)), null);
    }

    private static Seed profiled(String name) {
        String base = name.substring(0, name.lastIndexOf('.'));
        return new Seed(name, read(TestFiles.get("data/" + name)), "data/profiles/" + base + ".profile.json");
    }

    /** The first {@code lines} lines (header included), byte for byte. */
    private static Seed head(String name, int lines) {
        return new Seed(name, firstLines(read(TestFiles.get("data/" + name)), lines), null);
    }

    /** The JSON array cut after the entry that ends past {@code bytes}, closed again. */
    private static Seed jsonHead(String name, int bytes) {
        byte[] all = read(TestFiles.get("data/" + name));
        String text = new String(all, java.nio.charset.StandardCharsets.UTF_8);
        int end = text.indexOf("\n  },", Math.min(bytes, text.length() - 1));
        String cut = end < 0 ? text : text.substring(0, end) + "\n  }\n]\n";
        return new Seed(name, cut.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    /** The nationwide code list zip with its CSV member cut to {@code lines} lines (same member name). */
    private static Seed codeListZip(int lines) {
        Path zip = TestFiles.get("data/kouseikyoku_all_med_inst_cd_202508.zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry member = z.entries().nextElement();
            byte[] csv;
            try (InputStream in = z.getInputStream(member)) {
                csv = firstLines(in.readNBytes(200_000), lines);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream w = new ZipOutputStream(out)) {
                w.putNextEntry(new ZipEntry(member.getName()));
                w.write(csv);
                w.closeEntry();
            }
            return new Seed(zip.getFileName().toString(), out.toByteArray(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] firstLines(byte[] b, int lines) {
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++seen == lines) {
                return java.util.Arrays.copyOf(b, i + 1);
            }
        }
        return b;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
