package org.renkei.app.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads FXML with the message bundle and controllers created by the composition root,
 * so views (including those in {@code fx:include}) get their view models through the constructor.
 */
public final class ViewLoader {
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    /** Registers how to create the controller (view) of type {@code type}. */
    public <C> ViewLoader register(Class<C> type, Supplier<? extends C> factory) {
        controllers.put(type, factory);
        return this;
    }

    /** Loads {@code fxml} (a resource next to {@code anchor}) and returns its root. */
    public <T extends Parent> T load(Class<?> anchor, String fxml) {
        return loader(anchor, fxml).getRoot();
    }

    /** Loads {@code fxml} and returns its controller. */
    public <C> C loadController(Class<?> anchor, String fxml) {
        return loader(anchor, fxml).getController();
    }

    private FXMLLoader loader(Class<?> anchor, String fxml) {
        URL url = anchor.getResource(fxml);
        if (url == null) {
            throw new IllegalArgumentException("FXML not found: " + fxml + " next to " + anchor.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> s = controllers.get(type);
            if (s == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return s.get();
        });
        try {
            loader.load();
            return loader;
        } catch (IOException e) {
            throw new UncheckedIOException("Loading " + fxml, e);
        }
    }
}
