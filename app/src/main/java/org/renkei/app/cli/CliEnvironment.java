package org.renkei.app.cli;

import org.renkei.app.store.Database;
import picocli.CommandLine.Model.CommandSpec;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads besides its arguments: environment variables and, when it runs in a terminal,
 * passwords typed without echo. Tests run the CLI in-process with their own environment instead of the JVM's.
 *
 * @param prompt null when there is no terminal to ask
 */
public record CliEnvironment(Map<String, String> variables, PasswordPrompt prompt) {
    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The JVM's environment and {@link System#console()}. */
    public static CliEnvironment system() {
        Console console = System.console();
        return new CliEnvironment(System.getenv(), console == null ? null : p -> console.readPassword("%s", p));
    }

    /** The given variables and no terminal. */
    public static CliEnvironment of(Map<String, String> variables) {
        return new CliEnvironment(variables, null);
    }

    /** The environment of the command line {@code spec} belongs to. */
    static CliEnvironment of(CommandSpec spec) {
        if (spec != null && spec.root().userObject() instanceof RenkeiCommand root) {
            return root.environment();
        }
        return system();
    }

    /** The value of {@code name}, null when unset or empty. */
    String variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    Path defaultFolder() {
        return Database.defaultFolder(variables);
    }

    /** Reads a password from the terminal without echo. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** @return the typed characters, null at end of input */
        char[] read(String prompt);
    }
}
