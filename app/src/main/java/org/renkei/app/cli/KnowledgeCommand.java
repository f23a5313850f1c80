package org.renkei.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code knowledge export|import}: sharing the office's facility knowledge with another office (docs/decisions/0022). */
@Command(name = "knowledge", description = "連携情報（施設の対応・登録医・連絡先・備考）を他院と共有します",
        subcommands = {KnowledgeExportCommand.class, KnowledgeImportCommand.class})
final class KnowledgeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    InheritedDbOption dbOption;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "サブコマンドを指定してください: export, import");
    }
}
