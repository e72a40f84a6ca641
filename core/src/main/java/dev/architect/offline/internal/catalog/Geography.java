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
                        List<String> spreadWords, String payeesUnknown, PayoutSpeed payoutSpeed, List<String> spreadAdjectives,
                        List<String> spreadAudience, List<String> spreadLinks) {

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

    /** Whether a rail pays each payout at once or in batches. */
    public enum Mode { INSTANT, BATCH }

    /** One rail that pays people in an area: instant or in batches, how fast it settles, its cut-off and its limits. */
    public record Rail(String rail, Mode mode, String settles, String cutoff, String limits) {
        public Rail {
            if (rail == null || mode == null || settles == null || cutoff == null || limits == null) {
                throw new IllegalStateException("rail '" + rail + "' needs a mode, settles, cutoff and limits");
            }
        }

        /** "Faster Payments settles within seconds (...) (instant, no cut-off): up to ..." */
        public String sentence() {
            return rail + " settles " + settles + " (" + (mode == Mode.INSTANT ? "instant" : "in batches") + ", "
                    + (cutoff.equals("none") ? "no cut-off" : "cut-off " + cutoff) + "): " + limits;
        }
    }

    /**
     * What a payee registers on an area's main rail and how a payout leaves on it: the rail's and the account's names, the
     * payee's account columns ({@code name:TYPE}) and the paying account's, how the account is checked before any payout,
     * the orders the gateway builds, the status reports that come back and what a returned payout is.
     */
    public record Account(String rail, String name, List<String> fields, List<String> paying, String check, String orders,
                          String statusReports, String returns, Instant instant) {
        public Account {
            if (rail == null || name == null || fields == null || fields.isEmpty() || paying == null || paying.isEmpty() || check == null
                    || orders == null || statusReports == null || returns == null) {
                throw new IllegalStateException("an area's account needs rail, name, fields, paying, check, orders, statusReports and returns");
            }
            fields = List.copyOf(fields);
            paying = List.copyOf(paying);
        }
    }

    /**
     * How a payout leaves on the area's instant rail where its main rail goes in batches (SEPA Instant beside SEPA credit
     * transfer): the rail's name as the area's rails list it, the orders the gateway builds and the statuses that come back.
     */
    public record Instant(String rail, String orders, String statusReports) {
        public Instant {
            if (rail == null || orders == null || statusReports == null) {
                throw new IllegalStateException("an account's instant rail needs rail, orders and statusReports");
            }
        }
    }

    /**
     * A promise of how fast payees get their money: a duration in a sentence of the description or a goal that holds one
     * of the {@code cues} ("funds in the business's account within 4 hours"); one shorter than {@code instantBelowHours}
     * cannot wait for a batch rail's next execution date, so the payees' area pays on its instant rail where it has one.
     */
    public record PayoutSpeed(List<String> cues, double instantBelowHours) {
        public PayoutSpeed {
            cues = cues == null ? List.of() : List.copyOf(cues);
        }
    }

    /** How a channel option reads for an area's rails: any field given replaces the catalogue's. */
    public record ChannelWording(String name, String title, String summary, List<String> pros, List<String> cons, String licence, String technology) {
    }

    /** The rails of an area, the wording of the channel options for it by shape, and the option it pays out through when it must. */
    public record PayoutArea(String id, List<Rail> rails, Account account, Map<String, ChannelWording> channels, String prefers) {
        public PayoutArea {
            if (id == null || rails == null || rails.isEmpty() || account == null) {
                throw new IllegalStateException("payout area '" + id + "' needs an id, rails and an account");
            }
            rails = List.copyOf(rails);
            channels = channels == null ? Map.of() : Map.copyOf(channels);
        }

        /**
         * Whether the area's payouts leave at once at any hour: its account's rail is one of its rails and instant (Pix,
         * Faster Payments); a rail it does not list as instant has a cut-off, and a payout after it goes the next day.
         */
        public boolean instant() {
            return rails.stream().anyMatch(r -> r.rail().equals(account.rail()) && r.mode() == Mode.INSTANT);
        }

        /**
         * The area paying on its instant rail: its account's rail, orders and status reports become the instant rail's,
         * and an area that names no option it pays through pays through an API (an instant rail has no payment files).
         * The area itself where it is instant already or has no instant rail.
         */
        PayoutArea onInstantRail() {
            Instant fast = account.instant();
            if (instant() || fast == null || rails.stream().noneMatch(r -> r.rail().equals(fast.rail()) && r.mode() == Mode.INSTANT)) {
                return this;
            }
            Account a = new Account(fast.rail(), account.name(), account.fields(), account.paying(), account.check(), fast.orders(),
                    fast.statusReports(), account.returns(), null);
            return new PayoutArea(id, rails, a, channels, prefers == null ? INSTANT_CHANNEL : prefers);
        }
    }

    /** The channel option an area paid on its instant rail pays through when it names none (payment files cannot be instant). */
    static final String INSTANT_CHANNEL = "bank-api";

    /**
     * Where a request's payees are: the countries named, the area they pay out in (empty when they span areas), and the
     * words of the request that say so; {@code assumed} when no words of the request place them and the deployment's
     * regions stand in, an assumption the dossier states with an open question.
     */
    public record Payees(List<Country> countries, List<PayoutArea> areas, String evidence, Optional<String> promise, boolean assumed) {

        /** Where payees are that no words of the request place. */
        public static final String UNNAMED = "countries the request does not name";

        public Payees {
            countries = List.copyOf(countries);
            areas = List.copyOf(areas);
            promise = promise == null ? Optional.empty() : promise;
        }

        /** "the United Kingdom", "Mexico and Brazil"; for payees no words place, that the request does not name them. */
        public String where() {
            List<String> names = countries.stream().map(Country::name).distinct().toList();
            if (names.isEmpty()) {
                return UNNAMED;
            }
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
        if (payeesUnknown == null || !areas.contains(payeesUnknown)) {
            throw new IllegalStateException(RESOURCE + ": payeesUnknown must name an area of payoutAreas, but was '" + payeesUnknown + "'");
        }
        spreadAdjectives = Words.phrases(RESOURCE, "spreadAdjectives", spreadAdjectives);
        spreadAudience = Words.phrases(RESOURCE, "spreadAudience", spreadAudience);
        spreadLinks = Words.phrases(RESOURCE, "spreadLinks", spreadLinks);
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
                    // A region the request deploys to in the country is where its data stays, before the country's first one
                    List<String> deployed = request.deployment() == null ? List.of() : request.deployment().regions();
                    List<Kept> kept = named.stream().map(c -> {
                        List<Region> in = regionsIn(cloud, c.code());
                        return new Kept(c, in.stream().filter(r -> r.status() == Status.OPEN)
                                .sorted(java.util.Comparator.comparing((Region r) -> !deployed.contains(r.region()))).findFirst(),
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

    /** The countries a request serves: those its description and goals name, then those its regions are in. */
    public List<Country> served(ConsultationRequest request) {
        java.util.LinkedHashSet<Country> served = new java.util.LinkedHashSet<>(named(Words.of((request.description() == null ? "" : request.description())
                + " " + String.join(" ", request.goals()))));
        if (request.deployment() != null && request.deployment().cloud() != null) {
            request.deployment().regions().forEach(r -> countryOf(request.deployment().cloud(), r).ifPresent(served::add));
        }
        return List.copyOf(served);
    }

    /**
     * Where the request's people are: the countries its description and goals name, else (when they name none) the one its
     * first region stands in and those of later regions on other continents. Unlike {@link #served}, a region does not add
     * its country beside named ones (a system for Norway run in Stockholm has no Swedish users for it), and a second region
     * on the first one's continent is there for resilience, not for a market: a London service with its standby in Belgium
     * sends no texts to Belgium.
     *
     * @param request the request
     * @return the countries, each once, or empty when neither names one
     */
    public List<Country> peopleIn(ConsultationRequest request) {
        List<Country> named = named(Words.of((request.description() == null ? "" : request.description()) + " " + String.join(" ", request.goals())));
        if (!named.isEmpty() || request.deployment() == null || request.deployment().cloud() == null) {
            return named;
        }
        java.util.LinkedHashSet<Country> people = new java.util.LinkedHashSet<>();
        java.util.Set<String> continentsServed = new java.util.HashSet<>();
        for (String region : request.deployment().regions()) {
            Optional<Country> country = countryOf(request.deployment().cloud(), region);
            Optional<String> continent = continentOf(region);
            if (country.isPresent() && (people.isEmpty() || continent.isPresent() && !continentsServed.contains(continent.get()))) {
                people.add(country.get());
            }
            continent.ifPresent(continentsServed::add);
        }
        return List.copyOf(people);
    }

    /** A country's name by its ISO 3166 code ("GB": "the United Kingdom"), or the code itself where this file has no such country. */
    public String nameOf(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst().map(Country::name).orElse(code);
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
     * a word of its description, goals or capabilities ("anywhere", "around the world") outside a negated clause, or an
     * adjective that describes the users or what serves them ("a global audience", "users are international"; not
     * "international shipments", "a global payment service"). Regions on one continent, or none stated, say nothing either way.
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
        Optional<String> adverb = text.firstMatch(spreadWords);
        if (adverb.isPresent()) {
            return adverb.map(word -> "the request's word \"" + word + "\"");
        }
        return text.firstPattern(spreadAdjectives, spreadAudience, List.of(Words.ANY_WORD), 1, List.of())
                .or(() -> text.firstPattern(spreadAudience, spreadAdjectives, spreadLinks, 2, List.of()))
                .map(words -> "the request's words \"" + words + "\"");
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
     * Where the request's payees are: the countries (or their rails) named in a sentence or an integration that speaks of
     * paying people out, else anywhere in its words, else the currencies it names; never the regions it deploys to, which
     * say where the system runs. Payees nothing places are {@link Payees#assumed()}, paid by a payouts provider's rails.
     */
    public Optional<Payees> payees(ConsultationRequest request) {
        return placed(request).map(p -> promised(p, request));
    }

    /**
     * A deadline as a request words it ("within 4 hours", "in under 30 minutes", "no later than 10 seconds"), with its
     * number and its unit: a duration alone ("paid per 30-minute slot") promises nothing about when money arrives.
     */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "\\b(?:within|in under|in less than|under|inside|no later than)\\s+(?:about\\s+)?(\\d{1,4}(?:\\.\\d+)?)\\s*-?\\s*"
                    + "(seconds?|secs?|minutes?|mins?|hours?|hrs?)\\b");

    /**
     * The payees on their areas' instant rails where the request promises them their money sooner than a batch rail's
     * next execution date: a duration under {@code payoutSpeed.instantBelowHours} in a sentence of the description or a
     * goal that holds one of its cues. Areas with no instant rail keep theirs; the promise is kept only where a rail changed.
     */
    private Payees promised(Payees p, ConsultationRequest request) {
        if (payoutSpeed == null || payoutSpeed.cues().isEmpty()) {
            return p;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("description", request.description());
        for (int i = 0; i < request.goals().size(); i++) {
            texts.put("goals[" + i + "]", request.goals().get(i));
        }
        for (var e : texts.entrySet()) {
            for (String sentence : SENTENCE_END.split(e.getValue() == null ? "" : e.getValue())) {
                if (Words.of(sentence).firstMatch(payoutSpeed.cues()).isEmpty()) {
                    continue;
                }
                java.util.regex.Matcher m = DURATION.matcher(sentence.toLowerCase(java.util.Locale.ROOT));
                while (m.find()) {
                    double n = Double.parseDouble(m.group(1));
                    String unit = m.group(2);
                    double hours = unit.startsWith("h") ? n : unit.startsWith("m") ? n / 60 : n / 3_600;
                    if (hours < payoutSpeed.instantBelowHours()) {
                        List<PayoutArea> fast = p.areas().stream().map(PayoutArea::onInstantRail).toList();
                        return fast.equals(p.areas()) ? p
                                : new Payees(p.countries(), fast, p.evidence(), Optional.of(e.getKey() + " \"" + sentence.strip() + "\""), p.assumed());
                    }
                }
            }
        }
        return p;
    }

    private Optional<Payees> placed(ConsultationRequest request) {
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
        // An integration that pays people ("Local banks (PIX, SPEI): weekly driver payouts") says where by the rails it names.
        for (int i = 0; i < request.integrations().size(); i++) {
            var in = request.integrations().get(i);
            texts.put("integrations[" + i + "]", in.name() + (in.purpose() == null ? "" : ": " + in.purpose()));
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
                // The evidence is the first sentence that names one of the countries, not the whole field.
                String quoted = java.util.Arrays.stream(SENTENCE_END.split(e.getValue())).filter(sentence -> !named(Words.of(sentence)).isEmpty())
                        .findFirst().orElse(e.getValue()).strip();
                return Optional.of(payees(named, e.getKey() + " \"" + quoted + "\""));
            }
            List<Country> paidIn = countries.stream().filter(c -> words.containsAny(c.currencies())).toList();
            if (!paidIn.isEmpty()) {
                String word = paidIn.get(0).currencies().stream().filter(words::contains).findFirst().orElseThrow();
                return Optional.of(payees(paidIn, "the currency " + word.toUpperCase(java.util.Locale.ROOT) + " in " + e.getKey()));
            }
        }
        // The regions say where the system runs, not where the people it pays are (a bookmaker in London pays punters in
        // Ireland; an insurer in Amsterdam pays repair shops in Belgium): payees no words place are paid through a payouts
        // provider's local rails, which reach them wherever they are, and the dossier asks where they are.
        return Optional.of(new Payees(List.of(), List.of(elsewhere()), "no sentence of the request names where the payees are",
                Optional.empty(), true));
    }

    /**
     * What the payouts archetype's tokens stand for, for where the request's payees are: {@code texts} replace
     * {@code ${name}} in its prose and flows, {@code columns} replace a {@code ${name}} column (and index field) with the
     * rail's account columns, and, as camelCase properties, a {@code ${name}} property of its API schemas.
     */
    public record PayoutTokens(Map<String, String> texts, Map<String, List<String>> columns) {
        public PayoutTokens {
            texts = Map.copyOf(texts);
            columns = Map.copyOf(columns);
        }
    }

    /**
     * The payouts archetype's tokens for these payees: one area's rail and account as the area words them; payees in
     * several areas get a {@code rail} column and each area's account columns (nullable, as only one rail's apply to a
     * payee), and each text names its rail with its countries. Unknown payees take the {@code payeesUnknown} area's.
     */
    public PayoutTokens payoutTokens(Optional<Payees> payees) {
        List<PayoutArea> areas = payees.map(Payees::areas).filter(a -> !a.isEmpty())
                .orElseGet(() -> List.of(payoutAreas.stream().filter(a -> a.id().equals(payeesUnknown)).findFirst().orElseThrow()));
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        if (areas.size() == 1) {
            Account a = areas.get(0).account();
            texts.put("payeeRail", a.rail());
            texts.put("payeeAccountName", a.name());
            texts.put("payeeAccountCheck", a.check());
            texts.put("payoutOrders", a.orders());
            texts.put("payoutStatusReports", a.statusReports());
            texts.put("payoutReturns", a.returns());
            columns.put("payeeAccount", a.fields());
            columns.put("payingAccount", a.paying());
        } else {
            Map<PayoutArea, String> where = new LinkedHashMap<>();
            areas.forEach(area -> where.put(area, where(payees.orElseThrow().countries().stream().filter(c -> area(c).id().equals(area.id())).toList())));
            java.util.function.Function<java.util.function.Function<Account, String>, String> each = f -> String.join("; ",
                    areas.stream().map(area -> "in " + where.get(area) + ", " + f.apply(area.account())).toList());
            texts.put("payeeRail", and(areas.stream().map(area -> area.account().rail() + " in " + where.get(area)).toList()));
            texts.put("payeeAccountName", String.join(" or ", areas.stream().map(area -> area.account().name() + " in " + where.get(area)).toList()));
            texts.put("payeeAccountCheck", each.apply(Account::check));
            texts.put("payoutOrders", "one order per rail: " + each.apply(Account::orders));
            texts.put("payoutStatusReports", "status reports of each rail (" + each.apply(Account::statusReports) + ")");
            texts.put("payoutReturns", each.apply(Account::returns));
            columns.put("payeeAccount", perRail(areas.stream().flatMap(area -> area.account().fields().stream()).toList()));
            columns.put("payingAccount", perRail(areas.stream().flatMap(area -> area.account().paying().stream()).toList()));
        }
        // When a payout leaves: at once on an instant rail, before the cut-off on one that has one.
        texts.put("payoutTiming", timing(areas, payees, "at once", "before the cut-off", false));
        texts.put("payoutRelease", timing(areas, payees, "each payout leaves at once and settles within seconds, at any hour",
                "after the cut-off it goes with the next execution date", true));
        // Where the payees are and the rail each is paid by, with the request's words that say so; nothing when unknown.
        texts.put("payeesPaid", payees.map(p -> areas.size() == 1
                ? "; payees in " + p.where() + " are paid by " + areas.get(0).account().rail() + " to their " + areas.get(0).account().name()
                + " (" + p.evidence() + ")"
                : "; payees are paid by the rail of their country, " + String.join("; ", areas.stream().map(area -> "in "
                + where(p.countries().stream().filter(c -> area(c).id().equals(area.id())).toList()) + " by " + area.account().rail() + " to their "
                + area.account().name()).toList()) + " (" + p.evidence() + ")").orElse("")
                + payees.flatMap(Payees::promise).map(promise -> ", on the instant rail because " + promise
                + " promises the money sooner than a batch rail's next execution date").orElse(""));
        return new PayoutTokens(texts, columns);
    }

    /**
     * Whether a payout of these payees can miss a cut-off: one of their areas pays on a rail that has one (unknown payees
     * take the {@code payeesUnknown} area's rail).
     */
    public boolean payoutCutoff(Optional<Payees> payees) {
        return payees.map(Payees::areas).filter(a -> !a.isEmpty())
                .orElseGet(() -> List.of(payoutAreas.stream().filter(a -> a.id().equals(payeesUnknown)).findFirst().orElseThrow()))
                .stream().anyMatch(a -> !a.instant());
    }

    /**
     * What happens to a payout in time: the instant text where every area's rail is instant, the cut-off text where none
     * is; where they differ, each area's text with its rail and countries, as clauses of a sentence ({@code sentence}) or as one phrase.
     */
    private String timing(List<PayoutArea> areas, Optional<Payees> payees, String now, String cutoff, boolean sentence) {
        if (areas.stream().allMatch(PayoutArea::instant)) {
            return now + " (" + and(areas.stream().map(a -> a.account().rail()).toList()) + " " + (areas.size() == 1 ? "has" : "have") + " no cut-off)";
        }
        if (areas.stream().noneMatch(PayoutArea::instant) || payees.isEmpty()) {
            return cutoff;
        }
        java.util.function.Function<PayoutArea, String> where = area -> where(payees.get().countries().stream().filter(c -> area(c).id().equals(area.id())).toList());
        if (!sentence) {
            return and(areas.stream().map(area -> (area.instant() ? now : cutoff) + " on " + area.account().rail() + " in " + where.apply(area)).toList());
        }
        return String.join("; ", areas.stream().map(area -> "in " + where.apply(area) + " (" + area.account().rail() + ") "
                + (area.instant() ? now : cutoff)).toList());
    }

    /** A rail column and each rail's columns, nullable (only one rail's apply to a row), each name once. */
    private static List<String> perRail(List<String> fields) {
        List<String> out = new ArrayList<>(List.of("rail:TEXT"));
        java.util.Set<String> names = new java.util.HashSet<>(List.of("rail"));
        for (String f : fields) {
            if (names.add(f.substring(0, f.indexOf(':')))) {
                out.add(f.endsWith("?") ? f : f + "?");
            }
        }
        return out;
    }

    /** "Brazil", "Germany and France". */
    private static String where(List<Country> countries) {
        return and(countries.stream().map(Country::name).distinct().toList());
    }

    private Payees payees(List<Country> named, String evidence) {
        List<PayoutArea> areas = new ArrayList<>();
        named.forEach(c -> {
            if (!areas.contains(area(c))) {
                areas.add(area(c));
            }
        });
        return new Payees(named, areas, evidence, Optional.empty(), false);
    }
}
