package org.unionkg.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One rendered representation and how it goes out: {@code Content-Type} with its charset, a strong
 * {@code ETag} (a hash of the bytes, so it changes exactly when the answer does), {@code 304 Not Modified}
 * for a matching {@code If-None-Match}, no body for {@code HEAD}, and {@code Vary: Accept} when the
 * representation was chosen by the {@code Accept} header.
 *
 * @param body            the bytes
 * @param contentType     the full header value, e.g. {@code text/turtle; charset=utf-8}
 * @param negotiated      whether the {@code Accept} header chose it (then {@code Vary: Accept})
 * @param contentLocation the URL of this very representation when served at a generic URL, or null
 */
record Representation(byte[] body, String contentType, boolean negotiated, String contentLocation) {

    String etag() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String etag = etag();
        resp.setHeader("ETag", etag);
        if (negotiated)
            resp.addHeader("Vary", "Accept");   // add: the CORS filter already varies on Origin
        if (contentLocation != null)
            resp.setHeader("Content-Location", contentLocation);
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(body);
    }

    /** RFC 9110 13.1.2: {@code *}, or any listed tag equal by weak comparison. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null)
            return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag))
                return true;
        }
        return false;
    }

    /** A short plain-text error (404, 406) with the reason; {@code Vary: Accept} when the type decided it. */
    static void error(HttpServletResponse resp, int status, String message, boolean vary) throws IOException {
        resp.setStatus(status);
        if (vary)
            resp.addHeader("Vary", "Accept");   // add: the CORS filter already varies on Origin
        resp.setContentType("text/plain; charset=utf-8");
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
