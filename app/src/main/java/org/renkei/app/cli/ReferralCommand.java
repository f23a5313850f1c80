package org.renkei.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code referral status|waiting}: tracking each destination of a case. */
@Command(name = "referral", description = "紹介先ごとの状況（送付済・受入・辞退・転送・初診確認…）と返事待ち",
        subcommands = {ReferralStatusCommand.class, ReferralWaitingCommand.class})
final class ReferralCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    InheritedDbOption dbOption;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "サブコマンドを指定してください: status, waiting");
    }
}
