package dev.architect.offline.internal.catalog;

import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation's own physical sites a request counts ("a chain of 220 pharmacy stores"), read on whole words with the
 * nouns and cues of {@code site-networks.yaml}, and the price kinds each shape of the site network decision is billed by.
 * Every list is checked when the file is read, and every shape it prices is one of the siteNetwork section's.
 */
public final class SiteNetworks {

    static final String RESOURCE = "/dev/architect/offline/site-networks.yaml";
    /** The catalogue section whose shapes the file prices. */
    public static final String SECTION = "siteNetwork";

    /** The file's layout. */
    record File(List<String> siteNouns, Integer minimumSites, List<String> customerCues, List<String> siteSystemsCues,
                List<String> privateCues, Map<String, String> pricedKinds, Map<String, String> hubKinds) {
    }

    /**
     * What a request says of its sites.
     *
     * @param count         the sites counted
     * @param phrase        the words the count was read from, as the request writes them
     * @param field         where they stand ({@code description}, {@code goals[1]})
     * @param siteSystems   the phrase that says systems on the sites' premises are reached from the cloud, if any
     * @param privateTraffic the phrase that says the sites' traffic stays off the public internet, if any
     */
    public record Sites(int count, String phrase, String field, Optional<String> siteSystems, Optional<String> privateTraffic) {
    }

    private static final SiteNetworks STANDARD = parse(DataFiles.shipped(RESOURCE, File.class, "site networks"), RESOURCE,
            Catalogue.standard().section(SECTION));

    private final Pattern count;
    private final int minimumSites;
    private final List<String> customerCues;
    private final List<String> siteSystemsCues;
    private final List<String> privateCues;
    private final Map<String, String> pricedKinds;
    private final Map<String, String> hubKinds;

    private SiteNetworks(File f) {
        String nouns = String.join("|", f.siteNouns().stream().sorted((a, b) -> b.length() - a.length())
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).toList());
        // a count, at most two other words, then a site noun: "220 pharmacy stores", "12 regional warehouses"
        this.count = Pattern.compile("(?:\\b([a-z-]+)\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z-]+\\s+){0,2}?(?:" + nouns + ")\\b");
        this.minimumSites = f.minimumSites();
        this.customerCues = f.customerCues();
        this.siteSystemsCues = f.siteSystemsCues();
        this.privateCues = f.privateCues();
        this.pricedKinds = Map.copyOf(f.pricedKinds());
        this.hubKinds = Map.copyOf(f.hubKinds() == null ? Map.of() : f.hubKinds());
    }

    /**
     * Reads and checks a site networks file against the catalogue section it prices.
     *
     * @param f       the file as read
     * @param source  its name, for errors
     * @param section the siteNetwork section of the catalogue
     * @return the table
     */
    static SiteNetworks parse(File f, String source, Section section) {
        if (f == null) {
            throw new IllegalStateException(source + ": empty");
        }
        words(source, "siteNouns", f.siteNouns());
        words(source, "customerCues", f.customerCues());
        words(source, "siteSystemsCues", f.siteSystemsCues());
        words(source, "privateCues", f.privateCues());
        if (f.minimumSites() == null || f.minimumSites() < 2) {
            throw new IllegalStateException(source + ": minimumSites must be 2 or more");
        }
        List<String> shapes = section.options().stream().map(CatalogueEntry::shape).toList();
        if (f.pricedKinds() == null || f.pricedKinds().isEmpty()) {
            throw new IllegalStateException(source + ": no pricedKinds");
        }
        List<Map.Entry<String, String>> kinds = new ArrayList<>(f.pricedKinds().entrySet());
        if (f.hubKinds() != null) {
            kinds.addAll(f.hubKinds().entrySet());
        }
        for (Map.Entry<String, String> e : kinds) {
            if (!shapes.contains(e.getKey())) {
                throw new IllegalStateException(source + ": '" + e.getKey() + "' is no shape of the " + SECTION + " section " + shapes);
            }
            if (e.getValue() == null || !e.getValue().matches("[a-z]+(?:\\.[a-z0-9-]+)+")) {
                throw new IllegalStateException(source + ": shape '" + e.getKey() + "' has no price kind");
            }
        }
        return new SiteNetworks(f);
    }

    private static void words(String source, String key, List<String> phrases) {
        if (phrases == null || phrases.isEmpty()) {
            throw new IllegalStateException(source + ": no " + key);
        }
        for (String p : phrases) {
            if (p == null || !p.matches("[a-z0-9]+(?:[ -][a-z0-9]+)*")) {
                throw new IllegalStateException(source + ": " + key + " entry '" + p + "' is not lower-case whole words");
            }
        }
    }

    public static SiteNetworks standard() {
        return STANDARD;
    }

    /**
     * The sites the request counts in its description or goals, the largest count where it states several, or empty when
     * it states none of the organisation's own (fewer than the minimum, or the sites are its customers).
     */
    public Optional<Sites> read(ConsultationRequest request) {
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {"description", request.description()});
        for (int i = 0; i < request.goals().size(); i++) {
            texts.add(new String[] {"goals[" + i + "]", request.goals().get(i)});
        }
        int best = 0;
        String phrase = null;
        String field = null;
        StringBuilder all = new StringBuilder();
        for (String[] t : texts) {
            String original = t[1] == null ? "" : t[1];
            String lower = original.toLowerCase(Locale.ROOT);
            all.append(lower).append(" . ");
            Matcher m = count.matcher(lower);
            while (m.find()) {
                String before = m.group(1);
                if (before != null && customerCues.contains(before)) {
                    continue; // "for 300 clinics": the sites are customers
                }
                int n = Integer.parseInt(m.group(2).replace(",", ""));
                if (n > best) {
                    best = n;
                    int start = m.start(2);
                    phrase = original.substring(start, m.end()).trim();
                    field = t[0];
                }
            }
        }
        if (best < minimumSites) {
            return Optional.empty();
        }
        // what the sites run and how their traffic must travel may be said anywhere: a constraint, an integration
        request.constraints().forEach(c -> all.append(c == null ? "" : c.toLowerCase(Locale.ROOT)).append(" . "));
        request.integrations().forEach(i -> all.append(i.nameAndPurpose().toLowerCase(Locale.ROOT)).append(" . "));
        String said = all.toString();
        return Optional.of(new Sites(best, phrase, field, first(siteSystemsCues, said), first(privateCues, said)));
    }

    private static Optional<String> first(List<String> phrases, String lower) {
        return phrases.stream().filter(p -> Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(lower).find()).findFirst();
    }

    /** The price kind a site of this shape is billed by on the cloud, if the cloud bills sites for it. */
    public Optional<String> perSiteKind(String shape) {
        return Optional.ofNullable(pricedKinds.get(shape));
    }

    /** The price kind billed once for the hub the sites' connections end on, for this shape, if any. */
    public Optional<String> hubKind(String shape) {
        return Optional.ofNullable(hubKinds.get(shape));
    }
}
