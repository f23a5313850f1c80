package org.renkei.app.cli;

import picocli.CommandLine.Command;

/** {@code case create|plan|list|show}: referral cases. */
@Command(name = "case", description = "逆紹介のケース（作成・紹介先の決定・一覧・表示）",
        subcommands = {CaseCreateCommand.class, CasePlanCommand.class, CaseListCommand.class, CaseShowCommand.class})
final class CaseCommand extends CommandGroup {
}
