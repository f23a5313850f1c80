package org.renkei.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full case round trip on the CLI, every logger at DEBUG into a file: the log holds no patient data. */
class PatientDataLogTest extends SampleCli {
    private final Map<Logger, Level> levels = new HashMap<>();
    private FileAppender<ILoggingEvent> appender;
    private Path log;

    @BeforeEach
    void logEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (Logger logger : context.getLoggerList()) {
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        log = tmp.resolve("debug.log");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern("%level %logger - %msg%n%ex");
        encoder.start();
        appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(log.toString());
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    @AfterEach
    void restore() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        levels.forEach(Logger::setLevel);
    }

    @Test
    void aCaseRoundTripLogsNoPatientData() throws Exception {
        String id = create(FUCHU);
        String plan = ok("case", "plan", "--case", id, "--json").out();
        String fid = CaseCliTest.MAPPER.readTree(plan).get("plans").get(0).get("facilities").get(0).get("id").asText();
        ok("letters", "--case", id, "--out", tmp.resolve("letters").toString());
        ok("handout", "--case", id, "--out", tmp.resolve("handout.pdf").toString());
        ok("referral", "status", "--case", id, "--facility", fid, "--set", "送付済");
        ok("referral", "status", "--case", id, "--facility", fid, "--set", "受入");
        ok("case", "show", "--case", id);
        ok("case", "list", "--kana", "フチュウ");
        String month = java.time.YearMonth.now().toString();
        ok("summary", "--from", month, "--to", month, "--out", tmp.resolve("summary.xlsx").toString());
        CliRun refused = CliRun.run(db, "referral", "status", "--case", id, "--facility", fid, "--set", "転送");
        assertEquals(3, refused.exit(), "an error path is logged too");

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("DEBUG"), "debug logging reached the file");
        assertTrue(text.lines().count() > 20, "a real log: " + text.lines().count() + " lines");
        for (String patient : List.of("府中 花子", "府中花子", "フチュウ ハナコ", "フチュウ", "宮西町", "１５－３",
                "1948-04-02", "1948/04/02", "昭和23年", "042-000-0000", "2型糖尿病", "慢性湿疹")) {
            assertFalse(text.contains(patient), patient + " in the log:\n" + around(text, patient));
        }
    }

    private static String around(String text, String needle) {
        int i = text.indexOf(needle);
        return text.substring(Math.max(0, i - 300), Math.min(text.length(), i + 300));
    }
}
