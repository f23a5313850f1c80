package org.renkei.app.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test data: the SYNTHETIC Tokyo clinics and their cases (see src/test/resources/match/README.md). */
final class Fixtures {
    private static List<MatchFacility> tokyo;

    private Fixtures() {
    }

    static synchronized List<MatchFacility> tokyoFacilities() {
        if (tokyo == null) {
            List<MatchFacility> out = new ArrayList<>();
            List<String> lines = lines("oracle_facilities.csv");
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                List<String> depts = Arrays.asList(c[3].split("\\|"));
                out.add(new MatchFacility(c[0], "SYNTH " + c[0], "", "", Double.parseDouble(c[1]),
                        Double.parseDouble(c[2]), MatchFacility.unknownHours(depts), flag(c[4]), flag(c[5]),
                        flag(c[6]), 0));
            }
            tokyo = List.copyOf(out);
        }
        return tokyo;
    }

    static List<String> lines(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/match/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank()) {
                    out.add(l.startsWith("\uFEFF") ? l.substring(1) : l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean flag(String s) {
        return s.isEmpty() ? null : s.equals("1");
    }

    /** A facility at a point, unknown hours, all attributes true. */
    static MatchFacility at(String id, double lat, double lng, String... depts) {
        return new MatchFacility(id, "施設" + id, "", "", lat, lng, MatchFacility.unknownHours(List.of(depts)),
                true, true, true, 0);
    }
}
