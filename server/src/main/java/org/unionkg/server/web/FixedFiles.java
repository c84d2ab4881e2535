package org.unionkg.server.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * A page's files: a fixed table from a name under the page's path to a classpath resource, or to bytes made
 * when the server starts.
 * <p>
 * A table rather than a folder lookup: nothing but these files can be asked for, so no path (with {@code ..},
 * encoded slashes or anything else) reaches other classpath resources.
 */
public final class FixedFiles {

    /** One servable file: a classpath resource, or bytes made once ({@code bytes} non-null). */
    public record File(String contentType, String resource, byte[] bytes) {
        public static File resource(String resource, String contentType) {
            return new File(contentType, resource, null);
        }

        public static File made(byte[] bytes, String contentType) {
            return new File(contentType, null, bytes.clone());
        }
    }

    private final String what;
    private final Map<String, File> files;

    /**
     * @param what  what the files are, for the error when a resource is missing ("explorer file")
     * @param files name under the page's path → file; {@code index.html} answers for the page itself
     */
    public FixedFiles(String what, Map<String, File> files) {
        this.what = what;
        this.files = Map.copyOf(files);
    }

    /** The file for a name under the page's path ({@code ""} is {@code index.html}). */
    public Optional<File> lookup(String name) {
        return Optional.ofNullable(files.get(name.isEmpty() ? "index.html" : name));
    }

    /** Open a file's bytes; a missing resource is a packaging bug, not a 404. */
    public InputStream open(File file) {
        if (file.bytes() != null)
            return new ByteArrayInputStream(file.bytes());
        InputStream in = FixedFiles.class.getClassLoader().getResourceAsStream(file.resource());
        if (in == null)
            throw new IllegalStateException(what + " missing from the classpath: " + file.resource());
        return in;
    }
}
