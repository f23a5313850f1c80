package org.renkei.app.ui.main;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.renkei.app.ui.audit.Safeguards;
import org.renkei.app.ui.casework.CaseFormView;
import org.renkei.app.ui.casework.CaseView;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.ViewLoader;
import org.renkei.app.ui.detail.FacilityDetailView;
import org.renkei.app.ui.importing.ImportDialog;
import org.renkei.app.ui.importing.mapping.FxMappingFiles;
import org.renkei.app.ui.importing.mapping.MappingView;
import org.renkei.app.ui.importing.mapping.MappingViewModel;
import org.renkei.app.ui.links.LinkReviewView;
import org.renkei.app.ui.map.MapPane;
import org.renkei.app.ui.records.CaseDetailView;
import org.renkei.app.ui.records.RecordsView;
import org.renkei.app.ui.search.SearchView;

import java.util.Objects;
import java.util.function.Supplier;

/** Composition of the main window: view models from services, views from FXML. Used by the app and GUI tests. */
public final class MainWindow {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 760;
    private static final String CSS = "/org/renkei/app/ui/renkei.css";

    private final MainViewModel viewModel;
    private final Parent root;

    private MainWindow(MainViewModel viewModel, Parent root) {
        this.viewModel = viewModel;
        this.root = root;
    }

    public static MainWindow create(AppServices services, TaskRunner runner, DialogService dialogs) {
        return create(services, runner, dialogs, null);
    }

    /** @param safeguards staff name, access record and backups (null: their menus are off) */
    public static MainWindow create(AppServices services, TaskRunner runner, DialogService dialogs,
                                    Safeguards safeguards) {
        Parent[] shown = {null};
        Supplier<Window> owner = () -> shown[0] == null || shown[0].getScene() == null ? null
                : shown[0].getScene().getWindow();
        MainViewModel vm = new MainViewModel(services, runner, dialogs, new FxMappingFiles(owner));
        ViewLoader loader = new ViewLoader();
        loader.register(SearchView.class, () -> new SearchView(vm.search()))
                .register(FacilityDetailView.class, () -> new FacilityDetailView(vm.detail()))
                .register(ImportDialog.class, () -> new ImportDialog(vm.importing()))
                .register(LinkReviewView.class, () -> new LinkReviewView(vm.linkReview()))
                .register(RecordsView.class, () -> new RecordsView(vm.records()))
                .register(CaseDetailView.class, () -> new CaseDetailView(vm.records().detail(),
                        () -> MapPane.create(runner)));
        // The case screen has a loader of its own: its detail pane is bound to the case screen's detail view model.
        CaseView caseView = new ViewLoader()
                .register(CaseView.class, () -> new CaseView(vm.casework(), () -> MapPane.create(runner)))
                .register(CaseFormView.class, () -> new CaseFormView(vm.casework()))
                .register(FacilityDetailView.class, () -> new FacilityDetailView(vm.casework().detail()))
                .loadController(CaseView.class, "Case.fxml");
        loader.register(MainView.class, () -> new MainView(vm,
                () -> loader.loadController(ImportDialog.class, "ImportDialog.fxml"), caseView,
                () -> loader.loadController(LinkReviewView.class, "LinkReview.fxml"), safeguards));
        shown[0] = loader.load(MainView.class, "Main.fxml");
        attachMappingOnFirstUse(vm.mapping(), owner);
        return new MainWindow(vm, shown[0]);
    }

    /** Loads the column-mapping window the first time it is shown (not at start-up). */
    private static void attachMappingOnFirstUse(MappingViewModel mapping, Supplier<Window> owner) {
        mapping.shownProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    mapping.shownProperty().removeListener(this);
                    new ViewLoader().register(MappingView.class, () -> new MappingView(mapping))
                            .<MappingView>loadController(MappingView.class, "Mapping.fxml").attach(owner.get());
                }
            }
        });
    }

    /** Puts the window on {@code stage} (title, size, style sheet) and shows it. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(CSS)).toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
    }

    /** Saves a PNG and exits when {@code -Drenkei.screenshot=FILE} is set (documentation screenshots). */
    public static void armScreenshot(Stage stage, MainWindow window) {
        Screenshot.armIfRequested(stage, window.viewModel);
    }

    /**
     * Adds an item at the end of the 設定 menu (used by the app for パスワードの変更…, which only the embedded,
     * encrypted database has).
     */
    public void addSettingsItem(String text, Runnable action) {
        if (root instanceof javafx.scene.layout.BorderPane pane && pane.getTop() instanceof javafx.scene.control.MenuBar bar) {
            bar.getMenus().stream().filter(m -> Messages.get("menu.settings").equals(m.getText())).findFirst()
                    .ifPresent(menu -> {
                        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
                        item.setOnAction(e -> action.run());
                        menu.getItems().add(item);
                    });
        }
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
