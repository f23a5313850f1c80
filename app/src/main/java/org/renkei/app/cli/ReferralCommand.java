package org.renkei.app.cli;

import picocli.CommandLine.Command;

/** {@code referral status|waiting}: tracking each destination of a case. */
@Command(name = "referral", description = "紹介先ごとの状況（送付済・受入・辞退・転送・初診確認…）と返事待ち",
        subcommands = {ReferralStatusCommand.class, ReferralWaitingCommand.class})
final class ReferralCommand extends CommandGroup {
}
