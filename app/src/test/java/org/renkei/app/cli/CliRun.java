package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.renkei.app.store.TestPassword;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real CLI in-process and captures what it prints; the database password comes from the environment. */
record CliRun(int exit, String out, String err) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The environment every CLI test runs with: the test password in {@code RENKEI_DB_PASSWORD}. */
    static final Map<String, String> ENV = Map.of("RENKEI_DB_PASSWORD", TestPassword.TEXT);

    static CliRun run(Path db, String... args) {
        return runIn(CliEnvironment.of(ENV), db, args);
    }

    /** Runs with the given environment (variables, terminal prompt) instead of {@link #ENV}. */
    static CliRun runIn(CliEnvironment env, Path db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (db != null) {
            all.add(1, "--db");
            all.add(2, db.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RenkeiCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), env,
                all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return MAPPER.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + " / stderr: " + err, e);
        }
    }
}
