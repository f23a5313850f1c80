package org.renkei.app.ui.records;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.renkei.app.export.geo.ExportPoints;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.FileType;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.renkei.app.ui.detail.DetailField;
import org.renkei.app.ui.exports.GeoExport;
import org.renkei.app.ui.fields.DateText;
import org.renkei.app.ui.map.MapScenes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The selected case: patient summary, destinations with their history and map, and 編集 / 状態を変更 / 紹介状を出力 /
 * 案内図を出力 / 地図データの書き出し.
 */
public final class CaseDetailViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CaseDetailViewModel.class);

    private final RecordServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<ReferralCase> editor;
    private final BiConsumer<ReferralCase, Destination> statusChanger;
    private final GeoExport exports;

    // Properties
    private final ReadOnlyObjectWrapper<ReferralCase> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<DetailField> fields = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<DestinationRow> destinations =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<DestinationRow> selectedDestination = new SimpleObjectProperty<>();
    private final ReadOnlyListWrapper<String> history = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RunState exporting = new RunState();
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<MapScene> mapScene = new ReadOnlyObjectWrapper<>();

    CaseDetailViewModel(RecordServices services, TaskRunner runner, DialogService dialogs, GeoExport exports,
                        Consumer<ReferralCase> editor, BiConsumer<ReferralCase, Destination> statusChanger) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.editor = editor;
        this.statusChanger = statusChanger;
        this.exports = exports;
        selectedDestination.addListener((obs, old, row) -> loadHistory(row));
        canExport.bind(destinations.emptyProperty().not().and(exporting.busyProperty().not())
                .and(exports.busyProperty().not()));
    }

    /** The case shown, or null. */
    public ReadOnlyObjectProperty<ReferralCase> shownProperty() { return shown.getReadOnlyProperty(); }
    /** 「山田 花子（ヤマダ ハナコ）」. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** 患者ID, 性別, 生年月日 … as label and value. */
    public ReadOnlyListProperty<DetailField> fieldsProperty() { return fields.getReadOnlyProperty(); }
    public ReadOnlyListProperty<DestinationRow> destinationsProperty() { return destinations.getReadOnlyProperty(); }
    /** The destination 「状態を変更…」 applies to; its history is listed. */
    public ObjectProperty<DestinationRow> selectedDestinationProperty() { return selectedDestination; }
    /** The selected destination's statuses, oldest first. */
    public ReadOnlyListProperty<String> historyProperty() { return history.getReadOnlyProperty(); }
    /** What the last export wrote. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.busyProperty(); }
    /** A plan is chosen and no export is running. */
    public ReadOnlyBooleanProperty canExportProperty() { return canExport.getReadOnlyProperty(); }
    /** The home and the destinations numbered as on the handout; null when none is located. */
    public ReadOnlyObjectProperty<MapScene> mapSceneProperty() { return mapScene.getReadOnlyProperty(); }

    // Commands

    /** Shows {@code c}; the same destination stays selected when {@code c} is the case already shown. */
    public void show(ReferralCase c) {
        long keep = shown.get() != null && c != null && shown.get().id() == c.id() && selectedDestination.get() != null
                ? selectedDestination.get().facilityId() : -1;
        if (shown.get() == null || c == null || shown.get().id() != c.id()) {
            message.set("");
        }
        shown.set(c);
        title.set(c == null ? "" : title(c.patient()));
        fields.setAll(c == null ? List.of() : fields(c));
        destinations.setAll(c == null ? List.of() : c.destinations().stream().map(RecordFormat::destination).toList());
        mapScene.set(MapScenes.ofCase(c));
        selectedDestination.set(null);     // the history is read again even when the row looks the same
        selectedDestination.set(destinations.stream().filter(d -> d.facilityId() == keep).findFirst()
                .orElse(destinations.isEmpty() ? null : destinations.get(0)));
    }

    /** 「編集…」. */
    public void edit() {
        if (shown.get() != null) {
            editor.accept(shown.get());
        }
    }

    /** 「状態を変更…」 for the selected destination. */
    public void changeStatus() {
        ReferralCase c = shown.get();
        DestinationRow row = selectedDestination.get();
        if (c != null && row != null) {
            c.destinations().stream().filter(d -> d.facilityId() == row.facilityId()).findFirst()
                    .ifPresent(d -> statusChanger.accept(c, d));
        }
    }

    /** 「紹介状を出力…」: asks for a folder, writes a .docx and a PDF per destination, opens the first PDF. */
    public void exportLetters() {
        ReferralCase c = shown.get();
        if (c == null || !canExport.get()) {
            return;
        }
        Path folder = dialogs.chooseFolder(Messages.get("records.letters.chooser")).orElse(null);
        if (folder == null) {
            return;
        }
        exporting.run(runner, BackgroundTask.of(() -> services.letters().write(c, services.office().load(),
                        services.today(), folder))
                .onSuccess(files -> {
                    List<Path> pdfs = files.stream().filter(f -> f.getFileName().toString().endsWith(".pdf")).toList();
                    message.set(Messages.get("records.letters.done", pdfs.size(), folder.toString()));
                    if (!pdfs.isEmpty()) {
                        dialogs.openInSystemViewer(pdfs.get(0));
                    }
                })
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.letters.failed"),
                        "Writing the letters of case " + c.id(), e)));
    }

    /** A pin clicked on the case's map: that destination is selected (its history shows). */
    public void selectPin(int number) {
        destinations.stream().filter(d -> d.order().equals(String.valueOf(number))).findFirst()
                .ifPresent(selectedDestination::set);
    }

    /** 「案内図を出力…」: asks for a .pdf (or .png), writes the patient handout, opens it. */
    public void exportHandout() {
        ReferralCase c = shown.get();
        if (c == null || !canExport.get()) {
            return;
        }
        Path out = dialogs.chooseFileToSave(Messages.get("records.handout.chooser"),
                Messages.get("records.handout.file", String.valueOf(c.id())) + ".pdf",
                List.of(new FileType(Messages.get("records.handout.filter.pdf"), "pdf"),
                        new FileType(Messages.get("records.handout.filter.png"), "png"))).orElse(null);
        if (out == null) {
            return;
        }
        exporting.run(runner, BackgroundTask.of(() -> {
                    services.handouts().write(c, services.office().load(), services.today(), out);
                    return out;
                })
                .onSuccess(file -> {
                    message.set(Messages.get("records.handout.done", file.toString()));
                    dialogs.openInSystemViewer(file);
                })
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.handout.failed"),
                        "Writing the handout of case " + c.id(), e)));
    }

    /** 「Excel / GeoJSON / KML に書き出す…」: the case's destinations, numbered as on the handout. */
    public void exportDestinations() {
        ReferralCase c = shown.get();
        if (c != null && canExport.get()) {
            exports.export(ExportPoints.fromCase(c), Messages.get("records.export.title", String.valueOf(c.id())),
                    Messages.get("records.export.file", String.valueOf(c.id())),
                    file -> message.set(Messages.get("records.export.done", file.toString())));
        }
    }

    // Internals

    private void loadHistory(DestinationRow row) {
        ReferralCase c = shown.get();
        history.clear();
        if (c == null || row == null) {
            return;
        }
        runner.run(BackgroundTask.of(() -> services.tracking().history(c.id(), row.facilityId()))
                .onSuccess(events -> {
                    if (row.equals(selectedDestination.get()) && c.equals(shown.get())) {
                        history.setAll(events.stream().map(RecordFormat::history).toList());
                    }
                })
                .onError(e -> LOG.error("Reading the history of case {} failed", c.id(), e)));
    }

    private static String title(Patient p) {
        return p.kana().isEmpty() ? p.name() : Messages.get("records.detail.title", p.name(), p.kana());
    }

    private List<DetailField> fields(ReferralCase c) {
        Patient p = c.patient();
        List<DetailField> out = new ArrayList<>();
        out.add(field("records.field.patientId", p.id()));
        out.add(field("records.field.sex", p.sex().label()));
        out.add(field("records.field.birthDate", p.birthDate() == null ? "" : Messages.get("records.detail.birth",
                DateText.format(p.birthDate()), p.ageOn(services.today()))));
        out.add(field("records.field.address", p.address()));
        out.add(field("records.field.phone", p.phone()));
        out.add(field("records.field.referrer", String.join("　", c.referrer().department(), c.referrer().doctor()).strip()));
        out.add(field("records.field.diagnoses", String.join("、", c.details().diagnoses())));
        out.add(field("records.field.needs", RecordFormat.needs(c.needs())));
        out.add(field("records.field.createdOn", DateText.format(c.createdOn())));
        return out;
    }

    private static DetailField field(String key, String value) {
        return new DetailField(Messages.get(key), value == null ? "" : value);
    }
}
