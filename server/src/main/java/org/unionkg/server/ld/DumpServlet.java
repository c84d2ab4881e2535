package org.unionkg.server.ld;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.unionkg.rdf.Prefixes;
import org.unionkg.store.Dump;

/**
 * {@code GET /dump/unionkg.nq[.gz]}, {@code unionkg.trig[.gz]}, {@code unionkg.ttl[.gz]}: the whole store,
 * streamed from one read transaction ({@link Dump}), as the VoID {@code void:dataDump} links promise.
 */
final class DumpServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/unionkg\\.(nq|trig|ttl)(\\.gz)?");

    private final LinkedDataSettings settings;

    DumpServlet(LinkedDataSettings settings) {
        this.settings = settings;
    }

    /** The server-relative URL of a dump. */
    static String url(Dump.Format format, boolean gzip) {
        return FMod_LinkedData.DUMP_PATH + "unionkg." + format.extension() + (gzip ? ".gz" : "");
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = NAME.matcher(Optional.ofNullable(req.getPathInfo()).orElse(""));
        if (!m.matches()) {
            Representation.error(resp, HttpServletResponse.SC_NOT_FOUND,
                "Not found; dumps: unionkg.nq, unionkg.trig, unionkg.ttl, each also .gz", false);
            return;
        }
        Dump.Format format = Dump.Format.of(m.group(1));
        boolean gzip = m.group(2) != null;
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(gzip ? "application/gzip" : format.mediaType() + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"unionkg." + format.extension() + (gzip ? ".gz\"" : "\""));
        if ("HEAD".equals(req.getMethod()))
            return;
        OutputStream out = resp.getOutputStream();
        OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
        Dump.write(Served.dataset(req.getServletContext(), settings.dataset()), format, Prefixes.standard(), target);
        if (target instanceof GZIPOutputStream z)
            z.finish();
        target.flush();
    }
}
