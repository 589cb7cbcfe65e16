package org.annalist.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an analyst's own catalog file lives: the {@code annalist.catalog} system property (the
 * command line's {@code --catalog FILE} sets it), else {@code ~/.annalist/actors.json} when present.
 */
public final class UserCatalog {

    public static final String PROPERTY = "annalist.catalog";

    private UserCatalog() {
    }

    /** The user catalog file to load, if any. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String home = System.getProperty("user.home");
        if (home == null) {
            return Optional.empty();
        }
        Path standard = Path.of(home, ".annalist", "actors.json");
        return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }

    /**
     * The built-in catalog extended by the user's file when there is one.
     *
     * @throws IllegalArgumentException with a one-line message naming the file and the reason
     */
    public static ActorCatalog load() {
        return locate().map(ActorCatalog::withUserFile).orElseGet(ActorCatalog::standard);
    }
}
