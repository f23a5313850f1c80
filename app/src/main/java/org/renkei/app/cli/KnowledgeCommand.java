package org.renkei.app.cli;

import picocli.CommandLine.Command;

/** {@code knowledge export|import}: sharing the office's facility knowledge with another office (docs/decisions/0022). */
@Command(name = "knowledge", description = "連携情報（施設の対応・登録医・連絡先・備考）を他院と共有します",
        subcommands = {KnowledgeExportCommand.class, KnowledgeImportCommand.class})
final class KnowledgeCommand extends CommandGroup {
}
