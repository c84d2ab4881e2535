package org.unionkg.rdf;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Mints readable, stable IRIs under {@link UKG#ID}: ASCII only (non-ASCII IRIs break linked-data clients),
 * a pinyin slug of the Chinese name, the same on every run.
 *
 * <p>{@code mint("person", "张良")} gives {@code https://w3id.org/unionkg/id/person/zhang-liang}.
 *
 * <p>One thing, one IRI, both ways: two different names must not share an IRI unless resolution decided they are
 * one thing. Names with the same pinyin (白睿 and 白瑞, 张伟 and 章伟, homophone company names) share a slug, so the
 * slug alone is not an identifier. The rule ({@code org.unionkg.resolve.Homophones} decides it, this class only
 * spells the IRIs):
 * <ul>
 *   <li>a name <em>holds</em> the plain IRI {@link #mint(String, String)} of its slug when no other name does;</li>
 *   <li>an IRI once published does not change: a name that already holds the plain IRI in the store (its canonical
 *       {@code rdfs:label} in the entities graph, or in the reference data) keeps it, and a different name with the
 *       same slug arriving later gets {@link #mintApart(String, String)}: the slug plus a short hash of its exact
 *       name ({@code id/person/bai-rui-1a2b3c});</li>
 *   <li>when several names of one slug arrive together (one page, one write transaction, one bulk load's corpus)
 *       and none holds it yet, the name first in Unicode code-point order holds it, so that the result does not
 *       depend on the order of the pages in the batch.</li>
 * </ul>
 * Namesakes (one name, several people, told apart by the bodies they hold posts in) are a different matter:
 * {@link #mint(String, String, String)} hashes the exact name <em>with</em> a tie-breaker (the group's first body),
 * so a namesake's IRI never equals the plain IRI or any name's {@link #mintApart} IRI, whichever name holds the slug.
 * Thread-safe: HanLP's pinyin dictionary is read-only once loaded.
 */
public final class IriMinter {
    private static final int MAX_SLUG = 80;
    private static final PinyinReadings READINGS = PinyinReadings.load("/org/unionkg/lexicon/pinyin-readings.tsv");
    private static final Pattern NOT_SLUG_CHAR = Pattern.compile("[^a-z0-9]");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");
    /**
     * Slugs already made: names recur on every page and the pinyin conversion is a large part of mapping to RDF.
     * Bounded by refusing new entries when full (the slug is a pure function of the name, so a miss only costs time).
     */
    private static final int MAX_CACHED = 100_000;
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    private IriMinter() {}

    /** The IRI of the thing of this kind with this canonical name. */
    public static String mint(String kind, String name) {
        return UKG.ID + kind + "/" + slug(name);
    }

    /** As {@link #mint(String, String)}, with a short hash to keep apart things whose slugs tie. */
    public static String mint(String kind, String name, String tieBreaker) {
        return mint(kind, name) + "-" + shortHash(name + "|" + tieBreaker);
    }

    /**
     * The IRI of a name whose slug another name holds (homophones: 白瑞 when 白睿 holds {@code bai-rui}): the slug
     * plus a short hash of the exact name, the same on every run. Differs from every {@link #mint(String, String,
     * String)} IRI, whose hash covers a tie-breaker too.
     */
    public static String mintApart(String kind, String name) {
        return mint(kind, name) + "-" + shortHash(name);
    }

    /** An IRI from ids that are already ASCII-safe (page ids, article numbers). */
    public static String raw(String kind, String asciiId) {
        if (!isAsciiId(asciiId)) {
            throw new IllegalArgumentException("not an ASCII id: " + asciiId);
        }
        return UKG.ID + kind + "/" + asciiId;
    }

    /** Whether the id matches {@code [A-Za-z0-9._~/-]+} (a loop: this runs for every IRI written). */
    private static boolean isAsciiId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == '~' || c == '/' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case pinyin syllables and ASCII words joined by '-', e.g. 北京市总工会 → bei-jing-shi-zong-gong-hui. */
    public static String slug(String name) {
        String cached = SLUGS.get(name);
        if (cached != null) {
            return cached;
        }
        String slug = makeSlug(name);
        if (SLUGS.size() < MAX_CACHED) {
            SLUGS.putIfAbsent(name, slug);
        }
        return slug;
    }

    private static String makeSlug(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        List<Pinyin> pinyin = HanLP.convertToPinyinList(text);
        StringBuilder out = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String[] reading = READINGS.match(text, i);
            if (reading.length > 0) {
                flush(ascii, out);
                for (String syllable : reading) {
                    append(out, syllable);
                }
                i += reading.length - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                ascii.append(Character.toLowerCase(c));
                continue;
            }
            flush(ascii, out);
            Pinyin p = i < pinyin.size() ? pinyin.get(i) : Pinyin.none5;
            if (p != Pinyin.none5) {
                append(out, p.getPinyinWithoutTone().replace("ü", "v"));
            }
        }
        flush(ascii, out);
        String slug = out.toString();
        if (slug.isEmpty()) {
            return shortHash(name);
        }
        if (slug.length() > MAX_SLUG) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, MAX_SLUG)).replaceAll("") + "-" + shortHash(name);
        }
        return slug;
    }

    private static void flush(StringBuilder ascii, StringBuilder out) {
        if (ascii.length() > 0) {
            append(out, ascii.toString());
            ascii.setLength(0);
        }
    }

    private static void append(StringBuilder out, String part) {
        String clean = NOT_SLUG_CHAR.matcher(part.toLowerCase(Locale.ROOT)).replaceAll("");
        if (clean.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append('-');
        }
        out.append(clean);
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
