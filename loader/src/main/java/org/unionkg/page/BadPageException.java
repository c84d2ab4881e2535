package org.unionkg.page;

import java.nio.file.Path;
import java.util.Objects;

/** A page that cannot be loaded, with the file it came from and why, in words a user can act on. */
public final class BadPageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String reason;

    public BadPageException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public BadPageException(Path file, String reason, Throwable cause) {
        this(file, reason);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
