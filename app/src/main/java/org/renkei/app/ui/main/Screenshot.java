package org.renkei.app.ui.main;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.ui.casework.CaseViewModel;
import org.renkei.app.ui.records.CaseEditorViewModel;
import org.renkei.app.ui.search.SearchViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Documentation screenshots: with {@code -Drenkei.screenshot=out.png} the window saves itself as PNG after the
 * first search results appear (or after {@code renkei.screenshot.delay} seconds, default 20) and exits.
 * Optional {@code renkei.screenshot.dept=皮膚科,内科}, {@code renkei.screenshot.address=…} and
 * {@code renkei.screenshot.km=5} fill in and run a search once start-up is over.
 * {@code renkei.screenshot.tab=case} runs the case screen instead; {@code =editor} then chooses the first plan and
 * opens the case editor (filled from {@code renkei.screenshot.case=CASE.json} if given) and saves the editor's
 * window; {@code =records} shows the 紹介記録 tab with its newest case; {@code =knowledge} runs the search (with the
 * capability filter {@code renkei.screenshot.tag=訪問診療,…} if given), opens the first result's detail pane and
 * shows its 連携情報 tab.
 */
final class Screenshot {
    private static final Logger LOG = LoggerFactory.getLogger(Screenshot.class);

    private final Stage stage;
    private final File target;
    private boolean taken;

    private Screenshot(Stage stage, File target) {
        this.stage = stage;
        this.target = target;
    }

    static void armIfRequested(Stage stage, MainViewModel main) {
        String path = System.getProperty("renkei.screenshot");
        if (path == null || path.isBlank()) {
            return;
        }
        Screenshot s = new Screenshot(stage, new File(path));
        SearchViewModel search = main.search();
        String tab = System.getProperty("renkei.screenshot.tab", "search");
        search.completedSearchesProperty().addListener((obs, old, n) -> {
            if ("knowledge".equals(tab) && !search.resultsProperty().isEmpty()) {
                search.open(search.resultsProperty().get(0));
                Platform.runLater(() -> stage.getScene().getRoot().lookupAll("#detailTabs").forEach(n2 ->
                        ((javafx.scene.control.TabPane) n2).getSelectionModel().select(1)));
                s.later(2.5);
            } else {
                s.later(0.8);
            }
        });
        main.casework().completedSearchesProperty().addListener((obs, old, n) -> {
            if ("editor".equals(tab)) {
                openEditor(main);
            }
            // The map's town names load in the background once the first plan is shown.
            s.later("editor".equals(tab) ? 1.5 : 2.5);
        });
        main.records().list().completedSearchesProperty().addListener((obs, old, n) -> s.later(1.5));
        main.readyProperty().addListener((obs, was, ready) -> {
            if (!ready) {
                return;
            }
            switch (tab) {
                case "case", "editor" -> fillCase(main);
                case "records" -> main.screenProperty().set(MainViewModel.Screen.RECORDS);
                default -> fillSearch(search);
            }
        });
        s.later(Long.getLong("renkei.screenshot.delay", 20));
    }

    private static void fillSearch(SearchViewModel search) {
        String address = System.getProperty("renkei.screenshot.address", "");
        String km = System.getProperty("renkei.screenshot.km", "");
        List<String> departments = departments();
        if (departments.isEmpty() && address.isBlank()) {
            return;
        }
        Arrays.stream(System.getProperty("renkei.screenshot.tag", "").split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).forEach(search.filters()::add);
        departments.forEach(search.departmentPicker()::add);
        search.addressProperty().set(address);
        if (!km.isBlank()) {
            search.kmTextProperty().set(km);
        }
        search.search();
    }

    /** Shows the 患者 tab and runs the matcher (which builds its index in the background first if needed). */
    private static void fillCase(MainViewModel main) {
        main.screenProperty().set(MainViewModel.Screen.CASE);
        CaseViewModel casework = main.casework();
        departments().forEach(casework.form().departments()::add);
        casework.form().addressProperty().set(System.getProperty("renkei.screenshot.address", ""));
        casework.find();
    }

    /** Chooses the first plan and opens the case editor for it. */
    private static void openEditor(MainViewModel main) {
        CaseViewModel casework = main.casework();
        if (casework.plansProperty().isEmpty()) {
            return;
        }
        casework.choose(casework.plansProperty().get(0));
        casework.createRecord();
        String json = System.getProperty("renkei.screenshot.case", "");
        CaseEditorViewModel editor = main.records().editorProperty().get();
        if (editor != null && !json.isBlank()) {
            editor.fillFrom(CaseJson.read(Path.of(json), LocalDate.now()));
        }
    }

    /** {@code renkei.screenshot.dept=皮膚科,内科}. */
    private static List<String> departments() {
        return Arrays.stream(System.getProperty("renkei.screenshot.dept", "").split(","))
                .map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    private void later(double seconds) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> take());
        pause.play();
    }

    private void take() {
        if (taken) {
            return;
        }
        taken = true;
        try {
            // The newest window: a dialog when one is open (the case editor), else the main window.
            Window shown = Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b).orElse(stage);
            WritableImage image = shown.getScene().snapshot(null);
            File parent = target.getAbsoluteFile().getParentFile();
            if (parent != null) {
                parent.mkdirs();
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target);
            LOG.info("Screenshot saved to {}", target);
        } catch (IOException | RuntimeException e) {
            LOG.error("Screenshot failed", e);
        }
        Platform.exit();
    }
}
