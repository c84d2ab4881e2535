package org.unionkg.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The hand-checked facts of one newspaper page: what a perfect extraction of that page would contain.
 * Read from {@code gold/<pageId>.json} with Jackson; the annotation rules are in {@code gold/GUIDELINES.md}.
 * Lists that a file leaves out are empty, never null, so the files can stay short.
 *
 * @param page          the page id (the seed file's base name)
 * @param unions        every union body named on the page
 * @param organizations every other organisation named on the page
 * @param people        every person named, journalists included
 * @param places        every district, subdistrict, venue and outside place named
 * @param awards        every honour the page says someone (or some body) holds or received
 * @param events        every event reported, keyed by the headline of the article that reports it
 */
@JsonIgnoreProperties({"_comment"})
public record Gold(String page, List<Union> unions, List<Organization> organizations, List<Person> people,
                   List<Place> places, List<Award> awards, List<Event> events) {

    /** The classpath folder that holds the seed pages' gold files. */
    public static final String RESOURCE_DIR = "/org/unionkg/gold/";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public Gold {
        Objects.requireNonNull(page, "page");
        unions = safe(unions);
        organizations = safe(organizations);
        people = safe(people);
        places = safe(places);
        awards = safe(awards);
        events = safe(events);
    }

    /**
     * A union body. {@code parent} is the parent union when the page names it; {@code offPageParent} the
     * parent known from the union's name (a subdistrict union's district union) when the page does not
     * name that parent: an extracted link to it is neither rewarded nor punished.
     */
    public record Union(String name, List<String> altNames, String parent, String offPageParent, String level,
                        String unionOf, String place) {
        public Union {
            Objects.requireNonNull(name, "union name");
            altNames = safe(altNames);
        }
    }

    /**
     * @param kind    company, hospital, school, government, party, court, procuratorate, legislature, association, other
     * @param implied true when the page names the body only through a post (区长 → the district government)
     */
    public record Organization(String name, List<String> altNames, String kind, boolean implied) {
        public Organization {
            Objects.requireNonNull(name, "organization name");
            altNames = safe(altNames);
        }
    }

    public record Person(String name, List<Post> posts, List<String> honours, boolean journalist) {
        public Person {
            Objects.requireNonNull(name, "person name");
            posts = safe(posts);
            honours = safe(honours);
        }
    }

    /** @param org the canonical name of a union or organisation on the same page; roleText exactly as written */
    public record Post(String org, String roleText) {
        public Post {
            Objects.requireNonNull(org, "post org");
            Objects.requireNonNull(roleText, "post roleText");
        }
    }

    /** @param kind district, subdistrict, venue or outside; within the canonical name of a larger place, or null */
    public record Place(String name, List<String> altNames, String kind, String within) {
        public Place {
            Objects.requireNonNull(name, "place name");
            altNames = safe(altNames);
        }
    }

    /** @param awardee a person, union or organisation on the page; year null when the page does not say */
    public record Award(String awardee, String honour, Integer year) {
        public Award {
            Objects.requireNonNull(awardee, "awardee");
            Objects.requireNonNull(honour, "honour");
        }
    }

    /**
     * @param article    the headline of the reporting article, as printed (markdown marks dropped)
     * @param type       an event-type key of the contract scheme
     * @param date       yyyy-MM-dd, yyyy-MM or yyyy, or null (近日)
     * @param precision  day, month, year or before-publication
     */
    public record Event(String article, String type, String date, String precision, List<String> places,
                        List<String> organisers) {
        public Event {
            Objects.requireNonNull(article, "event article");
            places = safe(places);
            organisers = safe(organisers);
        }
    }

    /** Reads one gold file. */
    public static Gold load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads one gold file from the classpath, e.g. {@code load("000_8c79aeed4abb6d7c")} or a full resource path. */
    public static Gold loadResource(String pageIdOrResource) throws IOException {
        String resource = pageIdOrResource.startsWith("/") ? pageIdOrResource
                : RESOURCE_DIR + pageIdOrResource + ".json";
        try (InputStream in = Gold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no gold resource " + resource);
            }
            return read(in, resource);
        }
    }

    /** Every {@code *.json} gold file in a folder (not the pages' {@code manifest.json}), sorted by page id. */
    public static List<Gold> loadAll(Path dir) throws IOException {
        List<Gold> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Gold::isGoldFile).sorted().toList()) {
                all.add(load(f));
            }
        }
        return List.copyOf(all);
    }

    private static boolean isGoldFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") && !name.equals("manifest.json");
    }

    /** The gold files of the five seed pages, from the classpath (listed in {@code gold/pages.txt}). */
    public static List<Gold> seeds() {
        try (InputStream in = Gold.class.getResourceAsStream(RESOURCE_DIR + "pages.txt")) {
            if (in == null) {
                throw new IOException("no " + RESOURCE_DIR + "pages.txt");
            }
            List<Gold> all = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    all.add(loadResource(id));
                }
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gold read(InputStream in, String where) throws IOException {
        try {
            return JSON.readValue(in, Gold.class);
        } catch (IOException | RuntimeException e) {
            throw new IOException(where + ": not a gold file: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> safe(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
