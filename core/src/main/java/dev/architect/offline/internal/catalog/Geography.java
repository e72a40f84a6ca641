package dev.architect.offline.internal.catalog;

import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, the cloud regions in each and the rails that pay people in each, from {@code geography.yaml}: what a
 * request's words about where its payees are, or where its data must stay, are read against (whole words). A region,
 * country or area the file names but does not define fails at load naming the entry.
 */
public record Geography(List<Country> countries, Map<String, List<Region>> regions, List<String> payeeWords, List<String> residencyWords,
                        String payoutSection, List<PayoutArea> payoutAreas, Map<String, List<String>> continents,
                        List<String> spreadWords) {

    static final String RESOURCE = "/dev/architect/offline/geography.yaml";

    /** A country: its code, its name in a sentence ("the United Kingdom"), the words that name it, its payout area. */
    public record Country(String code, String name, List<String> words, String payoutArea, List<String> currencies) {
        public Country {
            if (code == null || name == null || words == null || words.isEmpty()) {
                throw new IllegalStateException("a country needs a code, a name and words");
            }
            words = List.copyOf(words);
            currencies = currencies == null ? List.of() : List.copyOf(currencies);
        }
    }

    /** How far a region is: open, or announced and not yet open. */
    public enum Status { OPEN, ANNOUNCED }

    /** A cloud region, the country it stands in and its city. */
    public record Region(String region, String country, String city, Status status) {
        public Region {
            status = status == null ? Status.OPEN : status;
        }
    }

    /** One rail that pays people in an area: how fast it settles, and its cut-off and limits. */
    public record Rail(String rail, String settles, String limits) {
        /** "Faster Payments settles within seconds (...), up to ..." */
        public String sentence() {
            return rail + " settles " + settles + ": " + limits;
        }
    }

    /** How a channel option reads for an area's rails: any field given replaces the catalogue's. */
    public record ChannelWording(String name, String title, String summary, List<String> pros, List<String> cons, String licence, String technology) {
    }

    /** The rails of an area, the wording of the channel options for it by shape, and the option it pays out through when it must. */
    public record PayoutArea(String id, List<Rail> rails, Map<String, ChannelWording> channels, String prefers) {
        public PayoutArea {
            if (id == null || rails == null || rails.isEmpty()) {
                throw new IllegalStateException("a payout area needs an id and rails");
            }
            rails = List.copyOf(rails);
            channels = channels == null ? Map.of() : Map.copyOf(channels);
        }
    }

    /**
     * Where a request's payees are: the countries named, the area they pay out in (empty when they span areas), and the
     * words of the request that say so.
     */
    public record Payees(List<Country> countries, List<PayoutArea> areas, String evidence) {

        /** "the United Kingdom", "Mexico and Brazil". */
        public String where() {
            List<String> names = countries.stream().map(Country::name).distinct().toList();
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }

        /** The one area every payee is in, if they are all in one. */
        public Optional<PayoutArea> area() {
            return areas.size() == 1 ? Optional.of(areas.get(0)) : Optional.empty();
        }
    }

    public Geography {
        countries = List.copyOf(countries);
        regions = Map.copyOf(regions);
        payeeWords = List.copyOf(payeeWords);
        residencyWords = List.copyOf(residencyWords == null ? List.of() : residencyWords);
        payoutAreas = List.copyOf(payoutAreas);
        continents = continents == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(continents));
        spreadWords = spreadWords == null ? List.of() : List.copyOf(spreadWords);
        List<String> codes = countries.stream().map(Country::code).toList();
        List<String> areas = payoutAreas.stream().map(PayoutArea::id).toList();
        for (Country c : countries) {
            if (c.payoutArea() != null && !areas.contains(c.payoutArea())) {
                throw new IllegalStateException(RESOURCE + ": country " + c.code() + " pays out in area '" + c.payoutArea() + "', which payoutAreas lacks");
            }
        }
        regions.forEach((cloud, list) -> {
            Cloud.of(cloud);
            list.forEach(r -> {
                if (!codes.contains(r.country())) {
                    throw new IllegalStateException(RESOURCE + ": region " + cloud + " " + r.region() + " stands in country '" + r.country()
                            + "', which countries lacks");
                }
            });
        });
        if (!continents.isEmpty()) {
            for (Country c : countries) {
                long on = continents.values().stream().filter(list -> list.contains(c.code())).count();
                if (on != 1) {
                    throw new IllegalStateException(RESOURCE + ": country " + c.code() + " stands on " + on
                            + " continents in 'continents'; each country stands on exactly one");
                }
            }
            continents.forEach((continent, list) -> list.stream().filter(code -> !codes.contains(code)).findFirst().ifPresent(code -> {
                throw new IllegalStateException(RESOURCE + ": continent " + continent + " lists country '" + code + "', which countries lacks");
            }));
        }
        if (!areas.contains(ELSEWHERE)) {
            throw new IllegalStateException(RESOURCE + ": payoutAreas needs '" + ELSEWHERE + "' for countries without rails of their own");
        }
    }

    /** A country whose data must stay in it, and the cloud's open region there (empty: none) or an announced one. */
    public record Kept(Country country, Optional<Region> region, Optional<Region> announced) {
    }

    /**
     * Where a request says its data must stay, country by country, on its cloud; {@code evidence} quotes the sentence.
     * A jurisdiction larger than a country (the EU) is not one of them: the GDPR decision answers for it.
     */
    public record Residency(Cloud cloud, List<Kept> countries, String evidence) {

        /** The open regions in the named countries, one per country, in the order named. */
        public List<String> regions() {
            return countries.stream().map(Kept::region).flatMap(Optional::stream).map(Region::region).distinct().toList();
        }

        /** The countries the cloud has no open region in. */
        public List<Kept> unplaced() {
            return countries.stream().filter(k -> k.region().isEmpty()).toList();
        }
    }

    /** The jurisdiction code of the EU as a whole, which the GDPR decision covers rather than one country's region. */
    private static final String EU = "EU";

    /**
     * The countries a sentence of the request that requires residency names (description, constraints, goals), with the
     * cloud's region in each; empty when no such sentence names a country.
     */
    public Optional<Residency> residency(ConsultationRequest request, Cloud cloud) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("description", request.description());
        for (int i = 0; i < request.constraints().size(); i++) {
            texts.put("constraints[" + i + "]", request.constraints().get(i));
        }
        for (int i = 0; i < request.goals().size(); i++) {
            texts.put("goals[" + i + "]", request.goals().get(i));
        }
        for (var e : texts.entrySet()) {
            for (String sentence : SENTENCE_END.split(e.getValue() == null ? "" : e.getValue())) {
                Words words = Words.of(sentence);
                List<Country> named = named(words).stream().filter(c -> !c.code().equals(EU)).toList();
                if (!named.isEmpty() && words.containsAny(residencyWords)) {
                    List<Kept> kept = named.stream().map(c -> {
                        List<Region> in = regionsIn(cloud, c.code());
                        return new Kept(c, in.stream().filter(r -> r.status() == Status.OPEN).findFirst(),
                                in.stream().filter(r -> r.status() == Status.ANNOUNCED).findFirst());
                    }).toList();
                    return Optional.of(new Residency(cloud, kept, e.getKey() + " \"" + sentence.strip() + "\""));
                }
            }
        }
        return Optional.empty();
    }

    /** The area of payees in a country the file gives no rails of its own. */
    static final String ELSEWHERE = "elsewhere";

    private static final class Holder {
        static final Geography STANDARD = load();
    }

    public static Geography standard() {
        return Holder.STANDARD;
    }

    private static Geography load() {
        return DataFiles.shipped(RESOURCE, Geography.class, "geography");
    }

    /** Reads a geography file; the error names the file and the entry. */
    static Geography read(InputStream in, String source) {
        return DataFiles.read(in, source, Geography.class, "geography");
    }

    /** The countries a text names, in the order of this file, each once. */
    public List<Country> named(Words text) {
        return countries.stream().filter(c -> text.containsAny(c.words())).toList();
    }

    /** The regions of a cloud in a country, open ones first. */
    public List<Region> regionsIn(Cloud cloud, String countryCode) {
        return regions.getOrDefault(cloud.label(), List.of()).stream().filter(r -> r.country().equals(countryCode))
                .sorted(java.util.Comparator.comparing(Region::status)).toList();
    }

    /** The country a cloud region stands in, if this file knows the region. */
    public Optional<Country> countryOf(Cloud cloud, String region) {
        return regions.getOrDefault(cloud.label(), List.of()).stream().filter(r -> r.region().equals(region)).findFirst()
                .flatMap(r -> countries.stream().filter(c -> c.code().equals(r.country())).findFirst());
    }

    /** The continent a region of any cloud stands on, if this file knows the region. */
    public Optional<String> continentOf(String region) {
        return regions.keySet().stream().sorted().map(cloud -> countryOf(Cloud.of(cloud), region)).flatMap(Optional::stream).findFirst()
                .flatMap(country -> continents.entrySet().stream().filter(e -> e.getValue().contains(country.code()))
                        .map(Map.Entry::getKey).findFirst());
    }

    /**
     * What in a request says its users are spread over several continents, if anything does: the regions it states
     * standing on two or more continents ("deployment.regions us-east-1 and eu-west-1, in North America and Europe"), else
     * a word of its description, goals or capabilities ("anywhere", "worldwide") outside a negated clause. Regions on one
     * continent, or none stated, say nothing either way.
     *
     * @param request the request
     * @return the evidence in words, or empty
     */
    public Optional<String> spreadOverContinents(ConsultationRequest request) {
        List<String> stated = request.deployment() == null ? List.of() : request.deployment().regions();
        Map<String, String> byContinent = new LinkedHashMap<>();
        for (String region : stated) {
            continentOf(region).ifPresent(c -> byContinent.putIfAbsent(c, region));
        }
        if (byContinent.size() >= 2) {
            return Optional.of("deployment.regions " + and(List.copyOf(byContinent.values())) + ", in "
                    + and(List.copyOf(byContinent.keySet())));
        }
        List<String> texts = new ArrayList<>();
        texts.add(request.description() == null ? "" : request.description());
        texts.addAll(request.goals());
        texts.addAll(request.capabilities());
        Words text = Words.of(String.join(" . ", texts));
        return text.firstMatch(spreadWords).map(word -> "the request's word \"" + word + "\"");
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The area of payees no rail of this file reaches, whose preferred option pays payees spread over several areas too. */
    public PayoutArea elsewhere() {
        return payoutAreas.stream().filter(a -> a.id().equals(ELSEWHERE)).findFirst().orElseThrow();
    }

    private PayoutArea area(Country c) {
        String id = c.payoutArea() == null ? ELSEWHERE : c.payoutArea();
        return payoutAreas.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** The gap after a sentence's closing mark, where a text is split into its sentences. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.;!?])\\s+");

    /**
     * Where the request's payees are: the countries named in a sentence that speaks of paying people out, else anywhere
     * in its words, else the currencies it names, else the regions it states. Empty when nothing says.
     */
    public Optional<Payees> payees(ConsultationRequest request) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("description", request.description());
        for (int i = 0; i < request.actors().size(); i++) {
            var a = request.actors().get(i);
            texts.put("actors[" + i + "]", a.name() + (a.description() == null ? "" : ": " + a.description()));
        }
        for (int i = 0; i < request.goals().size(); i++) {
            texts.put("goals[" + i + "]", request.goals().get(i));
        }
        for (int i = 0; i < request.constraints().size(); i++) {
            texts.put("constraints[" + i + "]", request.constraints().get(i));
        }
        for (var e : texts.entrySet()) {
            for (String sentence : SENTENCE_END.split(e.getValue() == null ? "" : e.getValue())) {
                Words words = Words.of(sentence);
                List<Country> named = named(words);
                if (!named.isEmpty() && words.containsAny(payeeWords)) {
                    return Optional.of(payees(named, e.getKey() + " \"" + sentence.strip() + "\""));
                }
            }
        }
        for (var e : texts.entrySet()) {
            Words words = Words.of(e.getValue());
            List<Country> named = named(words);
            if (!named.isEmpty()) {
                String word = named.get(0).words().stream().filter(words::contains).findFirst().orElseThrow();
                return Optional.of(payees(named, e.getKey() + " \"" + words.sentenceWith(word).orElse(word) + "\""));
            }
            List<Country> paidIn = countries.stream().filter(c -> words.containsAny(c.currencies())).toList();
            if (!paidIn.isEmpty()) {
                String word = paidIn.get(0).currencies().stream().filter(words::contains).findFirst().orElseThrow();
                return Optional.of(payees(paidIn, "the currency " + word.toUpperCase(java.util.Locale.ROOT) + " in " + e.getKey()));
            }
        }
        if (request.deployment() != null && request.deployment().cloud() != null && !request.deployment().regions().isEmpty()) {
            Cloud cloud = request.deployment().cloud();
            List<Country> at = request.deployment().regions().stream().map(r -> countryOf(cloud, r)).flatMap(Optional::stream).distinct().toList();
            if (!at.isEmpty()) {
                return Optional.of(payees(at, "the regions " + String.join(", ", request.deployment().regions())
                        + " (no sentence names where the payees are)"));
            }
        }
        return Optional.empty();
    }

    private Payees payees(List<Country> named, String evidence) {
        List<PayoutArea> areas = new ArrayList<>();
        named.forEach(c -> {
            if (!areas.contains(area(c))) {
                areas.add(area(c));
            }
        });
        return new Payees(named, areas, evidence);
    }
}
