package org.renkei.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code case}, {@code referral}, {@code facility}, {@code knowledge},
 * {@code password}): it takes {@code --db}/{@code --staff} for all of them and, called alone, is a usage error that
 * names its subcommands.
 */
abstract class CommandGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    InheritedDbOption dbOption;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "サブコマンドを指定してください: " + String.join(", ", spec.subcommands().keySet()));
    }
}
