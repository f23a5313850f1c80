package org.renkei.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the headless command line. */
@Command(name = "renkei", mixinStandardHelpOptions = true, version = "Renkei Desk 0.1.0",
        description = "連携デスク: 逆紹介先の検索・マッチング (headless)")
public final class RenkeiCommand implements Runnable {

    public static int run(String... args) {
        return new CommandLine(new RenkeiCommand()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
