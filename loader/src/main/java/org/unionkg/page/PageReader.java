package org.unionkg.page;

import java.nio.file.Path;

/** TODO(h1): decode a page file (UTF-8, BOM, CRLF, GBK detection, binary/empty/huge refused). */
public final class PageReader {
    public PageReader(Manifest manifest) {
    }

    public Page read(Path file) throws BadPageException {
        throw new UnsupportedOperationException("h1");
    }
}
