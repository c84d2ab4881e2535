package org.unionkg.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One newspaper page as text, decoded and cleaned: the input of the article splitter.
 *
 * @param id        stable page id, the file's base name without extension (e.g. {@code 000_8c79aeed4abb6d7c})
 * @param source    the file it was read from (for provenance and error messages)
 * @param text      the page text after decoding (UTF-8, BOM removed, line ends normalised to {@code \n});
 *                  article offsets refer to this string
 * @param meta      what the manifest says of the page; {@link PageMeta#unknown} for pages it does not list
 * @param warnings  what the reader had to repair or guess (e.g. "read as GB18030"), for the load report;
 *                  empty for a clean UTF-8 page
 */
public record Page(String id, Path source, String text, PageMeta meta, List<String> warnings) {
    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A page with nothing to warn about. */
    public Page(String id, Path source, String text, PageMeta meta) {
        this(id, source, text, meta, List.of());
    }

    /** The paper's date, when the manifest knows it. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(meta.date());
    }
}
