package org.renkei.app.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A group command called without a subcommand is a usage error naming its subcommands; nothing is created. */
class CommandGroupTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "case|create, plan, list, show",
            "referral|status, waiting",
            "facility|show, set, tags, stale",
            "knowledge|export, import",
            "password|change"})
    void aGroupAloneNamesItsSubcommands(String group, String subcommands) {
        Path db = tmp.resolve("db");
        CliRun r = CliRun.run(db, group);

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("サブコマンドを指定してください: " + subcommands), r.err());
        assertFalse(Files.exists(db), "no database is created by a usage error");
    }
}
