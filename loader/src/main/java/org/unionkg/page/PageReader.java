package org.unionkg.page;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page file into a {@link Page}: decodes it (see {@link PageDecoder}), attaches what the manifest
 * says of it, and refuses files that are missing, empty, blank, binary, undecodable or too big, each with a
 * {@link BadPageException} naming the file and what to do. Immutable and thread-safe.
 */
public final class PageReader {
    /** A page of newspaper text is tens of kilobytes; anything near this is not a page. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final Manifest manifest;
    private final long maxBytes;

    public PageReader(Manifest manifest) {
        this(manifest, DEFAULT_MAX_BYTES);
    }

    /** A reader refusing files over {@code maxBytes}. */
    public PageReader(Manifest manifest, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.manifest = manifest == null ? Manifest.empty() : manifest;
        this.maxBytes = maxBytes;
    }

    public Page read(Path file) throws BadPageException {
        if (Files.isDirectory(file)) {
            throw new BadPageException(file, "is a directory, not a page file");
        }
        byte[] bytes = readBytes(file);
        PageDecoder.Decoded decoded = PageDecoder.decode(file, bytes);
        if (decoded.text().isBlank() || decoded.text().codePoints().allMatch(PageReader::isBlank)) {
            throw new BadPageException(file, "contains only whitespace (" + bytes.length + " bytes), no page text");
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (!manifest.lists(file)) {
            warnings.add("not listed in the manifest: no newspaper, date or running header known");
        }
        return new Page(pageId(file), file, decoded.text(), manifest.metaFor(file), warnings);
    }

    private byte[] readBytes(Path file) throws BadPageException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new BadPageException(file, "is empty (0 bytes)");
            }
            if (size > maxBytes) {
                throw new BadPageException(file, "is " + humanSize(size) + ", over the " + humanSize(maxBytes)
                        + " limit for one page; check it is a page of text, or raise the limit");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadPageException(file, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new BadPageException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new BadPageException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's base name without its extension: {@code 000_8c79aeed4abb6d7c.txt} → {@code 000_8c79aeed4abb6d7c}. */
    static String pageId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Blank in the page's sense: Unicode white space, the ideographic space and no-break spaces included. */
    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF';
    }

    private static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format("%.1f MB (%d bytes)", bytes / (1024.0 * 1024), bytes);
        }
        if (bytes >= 1024) {
            return String.format("%.1f KB (%d bytes)", bytes / 1024.0, bytes);
        }
        return bytes + " bytes";
    }
}
