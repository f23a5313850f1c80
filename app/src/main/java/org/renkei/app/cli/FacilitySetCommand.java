package org.renkei.app.cli;

import org.renkei.app.audit.AuditTargets;
import org.renkei.app.audit.KnowledgeEdits;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeEdit;
import org.renkei.app.knowledge.KnowledgeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code facility set --id ID [--tag T[=VALUE]]… [--untag T]… [--dept D] [--registered yes|no] [--contact NAME]
 * [--contact-by 電話|FAX|MCS] [--notes TEXT] [--verified YYYY-MM-DD] [--by NAME]}: all changes in one transaction,
 * each confirmed on {@code --verified} (default today) by {@code --by}. Only {@code --verified}/{@code --by}:
 * confirms every recorded fact.
 */
@Command(name = "set", description = "施設の連携情報を変更します（変更した情報の確認日・確認者も記録）")
final class FacilitySetCommand extends FacilitySubcommand {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "施設 ID（search が表示する ID）")
    long id;

    @Option(names = "--tag", paramLabel = "T", description = "タグを付ける（内容を取るタグは 外国語=英語・中国語）")
    List<String> tags = new ArrayList<>();

    @Option(names = "--untag", paramLabel = "T", description = "タグを外す")
    List<String> untags = new ArrayList<>();

    @Option(names = "--dept", paramLabel = "D", description = "--tag / --untag を診療科に限る（既定: 施設全体）")
    String dept;

    @Option(names = "--registered", paramLabel = "yes|no", description = "登録医か")
    String registered;

    @Option(names = "--contact", paramLabel = "NAME", description = "連絡先の担当者（空文字で削除）")
    String contact;

    @Option(names = "--contact-by", paramLabel = "電話|FAX|MCS", description = "希望する連絡方法")
    String contactBy;

    @Option(names = "--notes", paramLabel = "TEXT", description = "備考（空文字で削除）")
    String notes;

    @Option(names = "--verified", paramLabel = "YYYY-MM-DD", description = "確認日（既定: 今日）")
    String verifiedOn;

    @Option(names = "--by", paramLabel = "NAME", description = "確認者")
    String by;

    private final LocalDate today = LocalDate.now();
    private KnowledgeEdit edit;
    private Verified verified;

    @Override
    void check() {
        edit = edit();
        if (edit.isEmpty() && verifiedOn == null && by == null) {
            throw new ParameterException(spec.commandLine(), "変更する内容を指定してください（--tag, --registered など）");
        }
        if (edit.isEmpty()) {
            edit = edit.withVerifyAll();
        }
        verified = FacilityCommand.verified(verifiedOn, by, today);
    }

    @Override
    void run(KnowledgeService service, PrintWriter out) {
        FacilityText.print(out, service.apply(id, edit, verified), today, json);
    }

    @Override
    String change() {
        return KnowledgeEdits.describe(edit);
    }

    @Override
    String target() {
        return AuditTargets.ofFacility(id);
    }

    private KnowledgeEdit edit() {
        String scope = dept == null ? "" : Inputs.departments(List.of(dept)).stream().findFirst()
                .orElseThrow(() -> new CliRejectedException("--dept が空です。"));
        KnowledgeEdit edit = KnowledgeEdit.none();
        for (String u : untags) {
            edit = edit.untag(u, scope);
        }
        for (String t : tags) {
            int eq = t.indexOf('=');
            edit = eq < 0 ? edit.tag(t, "", scope) : edit.tag(t.substring(0, eq), t.substring(eq + 1), scope);
        }
        if (registered != null) {
            edit = edit.registered(yesNo(registered));
        }
        if (contact != null || contactBy != null) {
            ContactMethod method = contactBy == null ? null : ContactMethod.parse(contactBy).orElseThrow(() ->
                    new CliRejectedException("連絡方法「" + contactBy + "」は 電話・FAX・MCS のいずれかで指定してください。"));
            edit = edit.contact(contact, method);
        }
        if (notes != null) {
            edit = edit.notes(notes);
        }
        return edit;
    }

    private static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "y", "true", "1", "はい" -> true;
            case "no", "n", "false", "0", "いいえ" -> false;
            default -> throw new CliRejectedException("--registered は yes か no で指定してください（「" + text + "」）。");
        };
    }
}
