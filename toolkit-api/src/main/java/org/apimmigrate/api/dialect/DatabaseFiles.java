package org.apimmigrate.api.dialect;

import java.nio.file.Path;
import java.util.Optional;

/**
 * For vendors whose URL names a database file (an embedded engine): where the file is, how to open it without ever
 * creating a database, and why a file cannot be opened. Server databases need none of this ({@link #NONE}).
 */
public interface DatabaseFiles {

    /** Server databases: URLs are used as given. */
    DatabaseFiles NONE = new DatabaseFiles() {
    };

    /** The URL with a location relative to the server's working directory made absolute against {@code home}. */
    default String resolvedAgainst(String url, Path home) {
        return url;
    }

    /** Whether the URL's location is relative to the server's working directory (so {@link #resolvedAgainst} moves it). */
    default boolean relativeToHome(String url) {
        return false;
    }

    /** The URL that opens the database only where it exists, so that connecting never creates an empty one. */
    default String openingOnlyExisting(String url) {
        return url;
    }

    /** Why the database the URL names cannot be opened as it is: no such file, or a file of another format. */
    default Optional<Unopenable> problem(String url) {
        return Optional.empty();
    }

    /** What is wrong with the file and what to do about it, in words for the user. */
    record Unopenable(String what, String whatToDo) {
    }
}
