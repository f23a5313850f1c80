package org.renkei.dataimport.dept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two vocabulary resource files. They are simple UTF-8 CSVs without quoting: lines starting
 * with {@code #} are comments, the first other line is the header.
 */
final class VocabularyFiles {
    static final String DEPARTMENTS = "departments.csv";
    static final String ALIASES = "aliases.csv";

    private VocabularyFiles() {
    }

    /** Departments with their successor (current name of a retired name, or empty). */
    record Parsed(List<Department> departments, List<DepartmentAlias> aliases, Map<String, String> successors) {
    }

    static Parsed bundled() {
        try (InputStream d = open(DEPARTMENTS); InputStream a = open(ALIASES)) {
            return parse(d, a);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled department vocabulary", e);
        }
    }

    static InputStream open(String name) {
        InputStream in = VocabularyFiles.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    static Parsed parse(InputStream departments, InputStream aliases) throws IOException {
        List<Department> depts = new ArrayList<>();
        Map<String, String> successors = new LinkedHashMap<>();
        for (String[] f : rows(departments, DEPARTMENTS, 5)) {
            depts.add(new Department(f[0], f[1], f[2], f[3]));
            if (!f[4].isEmpty()) {
                successors.put(f[0], f[4]);
            }
        }
        List<DepartmentAlias> al = new ArrayList<>();
        for (String[] f : rows(aliases, ALIASES, 3)) {
            al.add(new DepartmentAlias(f[0], f[1], AliasKind.fromCode(f[2])));
        }
        return new Parsed(depts, al, successors);
    }

    static List<String[]> rows(InputStream in, String name, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != columns) {
                throw new IllegalStateException(name + " line " + lineNo + ": expected " + columns + " fields");
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            rows.add(f);
        }
        return rows;
    }
}
