package org.renkei.app.cli;

import org.renkei.app.cases.CaseRejectedException;
import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.knowledge.KnowledgeRejectedException;
import org.renkei.app.store.DatabaseLockedException;
import org.renkei.app.store.ServerUnavailableException;
import org.renkei.app.store.WrongPasswordException;
import org.renkei.dataimport.read.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Root of the headless command line. Exit codes: 0 done, 2 usage error, 3 input rejected, 1 internal error. */
@Command(name = "renkei", mixinStandardHelpOptions = true, version = "Renkei Desk 0.1.0",
        description = "連携デスク: 逆紹介先の検索・マッチング（ヘッドレス）",
        subcommands = {ImportCommand.class, GeocodeCommand.class, SearchCommand.class, StatsCommand.class,
                MatchCommand.class, CaseCommand.class, ReferralCommand.class, OfficeCommand.class,
                LettersCommand.class, HandoutCommand.class, SummaryCommand.class, LinksCommand.class,
                ProfileCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class,
                FacilityCommand.class, PasswordCommand.class,
                KnowledgeCommand.class})
public final class RenkeiCommand implements Runnable {
    public static final int EXIT_REJECTED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RenkeiCommand.class);

    private final CliEnvironment environment;

    private RenkeiCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Runs the CLI with UTF-8 stdout/stderr, whatever the platform encoding. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        return run(out, err, CliEnvironment.system(), args);
    }

    /** Runs the CLI writing to the given streams, with the given environment variables and no terminal (tests). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        return run(out, err, CliEnvironment.of(environment), args);
    }

    /** Runs the CLI writing to the given streams, reading variables and passwords from {@code environment}. */
    public static int run(PrintWriter out, PrintWriter err, CliEnvironment environment, String... args) {
        CommandLine cmd = new CommandLine(new RenkeiCommand(environment));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String reason = reason(ex);
            if (reason != null) {
                commandLine.getErr().println(reason);
                commandLine.getErr().flush();
                return EXIT_REJECTED;
            }
            LOG.error("Command failed", ex);
            commandLine.getErr().println("内部エラー: " + ex);
            commandLine.getErr().flush();
            return 1;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String reason(Exception ex) {
        if (ex instanceof CliRejectedException || ex instanceof DatabaseLockedException
                || ex instanceof CaseRejectedException || ex instanceof ExportRejectedException
                || ex instanceof ServerUnavailableException || ex instanceof KnowledgeRejectedException
                || ex instanceof WrongPasswordException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof ImportRejectedException rejected) {
            return oneLine(rejected.problem().describe());
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
