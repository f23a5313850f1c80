package org.renkei.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code case create|plan|list|show}: referral cases. */
@Command(name = "case", description = "逆紹介のケース（作成・紹介先の決定・一覧・表示）",
        subcommands = {CaseCreateCommand.class, CasePlanCommand.class, CaseListCommand.class, CaseShowCommand.class})
final class CaseCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    InheritedDbOption dbOption;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "サブコマンドを指定してください: create, plan, list, show");
    }
}
