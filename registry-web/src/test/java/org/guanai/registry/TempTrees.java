package org.guanai.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders the tests make outside JUnit's {@code @TempDir}: a database's data, a browser's profile. */
public final class TempTrees {

    private TempTrees() {
    }

    /** Deletes {@code dir} and everything under it; a missing folder is fine. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #delete}, but a file that cannot be deleted (a browser still closing writes into its profile) is
     * left for the system's cleaning of /tmp instead of failing a test that passed.
     */
    public static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        } catch (UncheckedIOException e) {
            System.err.println("left in place: " + dir + " (" + e.getCause() + ")");
        }
    }
}
