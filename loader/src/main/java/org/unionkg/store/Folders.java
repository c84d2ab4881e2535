package org.unionkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the tools make and throw away: stores, text indexes, benchmark work folders. */
public final class Folders {
    private Folders() {}

    /** Deletes a folder and everything under it (files before their folders); nothing to do if it is not there. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new, empty folder beside {@code target} (in the same parent, so on the same file system, where moving it
     * into place is a rename), hidden and named after both: {@code .tdb2.bulk-123456}. The parent is made if it
     * is not there.
     */
    public static Path beside(Path target, String purpose) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + abs.getFileName() + "." + purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder beside " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts what the folder {@code built} holds at {@code target}, and removes {@code built}. When {@code target}
     * does not exist, {@code built} is renamed to it (one atomic step where the file system allows). When it is a
     * folder, each entry of {@code built} replaces the entry of the same name in it, and its other entries stay.
     */
    public static void moveInto(Path built, Path target) {
        try {
            if (!Files.exists(target)) {
                try {
                    Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(built, target);
                }
                return;
            }
            if (!Files.isDirectory(target)) {
                throw new IOException(target + " is not a folder");
            }
            try (Stream<Path> entries = Files.list(built)) {
                for (Path e : entries.toList()) {
                    Path into = target.resolve(e.getFileName().toString());
                    deleteTree(into);
                    Files.move(e, into);
                }
            }
            Files.delete(built);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + built + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
