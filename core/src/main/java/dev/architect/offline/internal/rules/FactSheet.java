package dev.architect.offline.internal.rules;

import dev.architect.figures.CapacityCalculator;
import dev.architect.figures.Workload;
import dev.architect.internal.facts.StatedFact;
import dev.architect.internal.facts.LiveUpdates;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Geography;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.catalog.ResourceShape;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.request.Audience;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Integration;
import dev.architect.request.Load;
import dev.architect.validation.Regions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a request and its resolved {@link Workload} into the {@link Facts} the rules test. Traits the request does
 * not state as numbers (time-series data, a payment provider, asynchronous flows) are read from its words.
 */
public final class FactSheet {

    /** Integration purposes that are naturally asynchronous: nobody waits for them inside a request. */
    private static final List<String> ASYNC_WORDS = List.of("email", "e-mail", "sms", "notification", "notify", "push",
            "webhook", "analytics", "export", "report", "reporting", "sync", "synchronisation", "synchronization", "shipping",
            "fulfilment", "fulfillment", "crm", "erp", "warehouse", "marketing", "audit", "billing", "settlement", "clearing",
            "payout", "reconciliation", "reconcile", "batch", "sftp", "reminder", "work order", "import", "feed", "callback",
            "nightly", "daily", "weekly", "monthly", "hourly", "scheduled", "statement", "upload",
            // data handed on to another system after the request, not a lookup someone waits for
            "updates", "postings", "publish", "publishes", "forward", "forwards",
            "replicate", "replication", "mirror");
    /**
     * A deadline for work done after the request ("a refund reaches the card within 15 minutes", "reflected in the ERP
     * within 2 hours"): minutes or hours, never seconds (a response time) nor days and months (a delivery date).
     */
    private static final java.util.regex.Pattern AFTER_THE_REQUEST_DEADLINE = java.util.regex.Pattern.compile(
            "(?i)\\bwithin\\s+(?:\\d{1,4}|an?|one|two|three|four|five|ten|fifteen|thirty)\\s+(?:minutes?|mins?|hours?|hrs?)\\b");

    /**
     * Kinds of asynchronous work the request's description, goals or capabilities name (a daily import, monthly
     * reports, reminders, webhooks received): each kind is one flow unless an integration or capability already is it.
     */
    private static final String SCHEDULED = "scheduled jobs";
    private static final java.util.Map<String, List<String>> ASYNC_KINDS = java.util.Map.of(
            "imports", List.of("import", "feed", "sync", "synchronisation", "synchronization", "sftp", "upload"),
            "reports", List.of("report", "reporting", "statement", "digest", "export", "invoice run"),
            "notifications", List.of("notification", "notify", "reminder", "email", "e-mail", "sms", "push"),
            "webhooks", List.of("webhook", "callback"),
            SCHEDULED, List.of("nightly", "daily", "weekly", "monthly", "hourly", "quarterly", "scheduled", "every night",
                    "end of day", "batch"));
    private static final List<String> PAYMENT_WORDS = List.of("payment", "card", "stripe", "adyen", "braintree", "paypal",
            "worldpay", "checkout com", "acquirer", "acquiring");
    /** Integrations that pay people out on the system's behalf. */
    private static final List<String> PAYOUT_PROVIDER_WORDS = List.of("stripe connect", "adyen for platforms", "wise", "payoneer", "tipalti",
            "hyperwallet", "paypal payouts", "payouts provider", "payout provider");
    /**
     * Words that say most of the audience reads or watches public content without an account (a site found through
     * search engines, fans following a match): only a share of them signs in.
     */
    private static final List<String> ANONYMOUS_READER_WORDS = List.of("visitor", "visitors", "reader", "readers", "anonymous",
            "without an account", "without signing in", "search engine", "search engines", "the public", "public pages", "passers by",
            "fans", "viewers", "listeners", "spectators");
    /**
     * Words that require data to stay in a jurisdiction ("EU patient data stays in the EU", "data residency"): GDPR alone
     * allows transfers under contractual clauses, so only a stated residency pins each person's data to their home region.
     */
    private static final List<String> RESIDENCY_WORDS = List.of("data residency", "residency", "stays in", "stay in", "must stay",
            "remain in", "remains in", "must not leave", "never leaves", "never leave", "stored only in", "kept only in", "only in the eu",
            "within the eu", "in eu regions", "sovereignty", "sovereign");

    private static final List<String> TIME_SERIES_WORDS = List.of("telemetry", "time-series", "time series", "sensor",
            "iot", "metrics", "readings", "measurements", "tick data", "clickstream");
    /** Device protocols: when the request names one, the devices already speak it and ingestion must too. */
    private static final List<String> DEVICE_PROTOCOL_WORDS = List.of("mqtt", "coap", "amqp", "lwm2m");
    /** Words that say people work without a connection, so what they change must merge when they reconnect. */
    private static final List<String> OFFLINE_WORDS = List.of("offline", "off line", "without connectivity", "without a connection",
            "lose connectivity", "loses connectivity", "lost connectivity", "no signal", "without signal", "on a plane");
    /** Words that say the documents people write together are running text, merged character by character. */
    private static final List<String> TEXT_WORDS = List.of("notes", "note taking", "text", "texts", "rich text", "docs", "word processing",
            "word processor", "wiki", "wiki pages", "article", "articles", "manuscript", "manuscripts", "essay", "essays", "source code",
            "code editor", "minutes", "transcript", "transcripts");
    /**
     * Words of an integration that show users' identities already live there: a directory or identity product by name, or
     * federation words. "Login" or "authentication" alone do not: a game's "player login" or "Sign in with Apple" is a
     * sign-in feature to build, not an identity source the organisation runs.
     */
    private static final List<String> IDENTITY_SOURCE_WORDS = List.of("okta", "entra id", "microsoft entra id", "azure ad",
            "azure active directory", "active directory", "adfs", "ping identity", "pingfederate",
            "onelogin", "jumpcloud", "ldap", "shibboleth", "single sign on", "single sign-on", "sso", "saml", "user directory",
            "staff directory", "employee directory", "corporate directory", "workforce directory", "existing identity provider",
            "our identity provider", "identity provider", "nhs cis2", "nhs smartcard");
    /**
     * Suites that hold an organisation's accounts among much else (mail, files, eDiscovery): an integration named by one is
     * an identity source only where its purpose is sign-in or the accounts ("Microsoft 365 Purview: exports custodian
     * mailboxes" is a mail source, "Google Workspace: staff accounts" a directory), or says nothing.
     */
    private static final List<String> SUITE_WORDS = List.of("google workspace", "g suite", "microsoft 365", "office 365");
    /** Words of a suite integration's purpose that make it the accounts people sign in with. */
    private static final List<String> SIGN_IN_PURPOSE_WORDS = List.of("sign in", "sign-in", "sign on", "log in", "login", "logon",
            "authentication", "accounts", "account", "identity", "identities", "directory", "mfa", "users");
    /** Sign-in with an account people already hold at a consumer platform: the customer identity must offer it. */
    private static final List<String> SOCIAL_SIGN_IN_WORDS = List.of("sign in with google", "sign in with apple", "sign in with microsoft",
            "sign in with facebook", "log in with google", "log in with apple", "log in with facebook", "login with google",
            "login with apple", "login with facebook", "google sign-in", "google sign in", "apple sign-in", "apple sign in",
            "social login", "social logins", "social sign-in", "social sign in", "google account", "apple id", "facebook login");
    /** Use before or without an account: the identity must allow an anonymous session that can be upgraded later. */
    private static final List<String> GUEST_WORDS = List.of("guest play", "play as a guest", "play as guest", "guest mode",
            "guest checkout", "check out as a guest", "guest account", "guest accounts", "guest access", "without signing up",
            "without an account", "without registering");
    /** Roles of an organisation's own staff, and of people outside it (actor-roles.yaml): who signs in decides which identity fits. */
    static final List<String> STAFF_WORDS = dev.architect.offline.internal.catalog.ActorRoles.standard().staff();
    static final List<String> PUBLIC_WORDS = dev.architect.offline.internal.catalog.ActorRoles.standard().publicRoles();
    private static final List<String> PUBLIC_API_WORDS = List.of("partner", "third-party", "third party", "developer",
            "public api", "open api", "integrator");

    /** Words of the request's constraints that settle how consistent money movements must be. */
    private static final List<String> EVENTUAL_MONEY_WORDS = List.of("eventually consistent", "eventual consistency", "reconciled daily");
    private static final List<String> STRONG_MONEY_WORDS = List.of("strongly consistent", "strong consistency", "exactly once");
    /** Words that ask for old and new to run together on the same business before the switch (the migration's parallel run). */
    private static final List<String> PARALLEL_RUN_WORDS = List.of("parallel run", "run in parallel", "running in parallel", "run both systems side by side",
            "run both side by side", "run side by side", "running side by side", "run the two systems side by side", "shadow run",
            "systems in parallel", "parallel month end");

    private FactSheet() {
    }

    /**
     * The facts of a request.
     *
     * @param stated the figures the request states in words, read once per consultation
     */
    public static Facts of(ConsultationRequest request, StatedFacts stated, Workload w, Catalogue catalogue) {
        return of(request, stated, w, catalogue, List.of());
    }

    /**
     * The facts of a request whose design adds asynchronous work of its own: {@code designedAsync} names each worker or
     * consumer the recognised archetypes and capability shapes add ("alert evaluator"), each one more flow unless the
     * request's own words already counted it ("notification dispatcher" beside "reminders by email").
     */
    public static Facts of(ConsultationRequest request, StatedFacts stated, Workload w, Catalogue catalogue, List<String> designedAsync) {
        Words text = words(Stream.concat(Stream.of(request.description()), Stream.concat(request.goals().stream(),
                w.capabilities().stream())));
        Optional<String> residency = words(Stream.concat(Stream.of(request.description()), request.constraints().stream()))
                .firstMatch(RESIDENCY_WORDS);
        Words integrations = words(request.integrations().stream().map(Integration::nameAndPurpose));
        String actors = String.join(" ", request.actors().stream().map(a -> a.name() + " " + (a.description() == null ? "" : a.description())).toList());

        Words around = Catalogue.requestContext(request);
        Optional<dev.architect.offline.internal.archetype.Evidence> replacing = dev.architect.offline.internal.archetype.Archetypes.standard()
                .replacing(request, w.capabilities());
        // A capability an archetype designs that takes no readings in ("live tracking" of couriers) is not an ingestion capability.
        List<dev.architect.offline.internal.archetype.Recognised> recognised =
                dev.architect.offline.internal.archetype.Archetypes.standard().recognise(request, w.capabilities());
        java.util.Set<String> notReadings = dev.architect.offline.internal.archetype.Archetypes.notReadings(recognised);
        java.util.function.Function<String, ResourceFlow> flowOf = c -> catalogue.resourceFor(c, around).map(ResourceShape::flow)
                .filter(f -> f != ResourceFlow.INGEST || !notReadings.contains(c)).orElse(null);
        long ingestCapabilities = w.capabilities().stream()
                .filter(c -> flowOf.apply(c) == ResourceFlow.INGEST).count();
        long asyncCapabilities = w.capabilities().stream()
                .map(flowOf)
                .filter(f -> f == ResourceFlow.NOTIFY || f == ResourceFlow.INGEST).count();
        long asyncIntegrations = request.integrations().stream().filter(FactSheet::isAsync).count();
        Words counted = words(Stream.concat(request.integrations().stream().filter(FactSheet::isAsync).map(Integration::nameAndPurpose),
                w.capabilities().stream().filter(c -> java.util.Optional.ofNullable(flowOf.apply(c))
                        .filter(f -> f == ResourceFlow.NOTIFY || f == ResourceFlow.INGEST).isPresent())));
        // Scheduled imports, periodic reports or webhooks the request describes are asynchronous work even without an integration.
        List<String> kinds = ASYNC_KINDS.entrySet().stream()
                .filter(k -> text.containsAny(k.getValue()) && !counted.containsAny(k.getValue()))
                .map(java.util.Map.Entry::getKey).sorted().toList();
        // A schedule is when work runs, not more work: "a nightly report" is one flow, a bare "nightly job" is one too.
        List<String> describedKinds = kinds.size() > 1 ? kinds.stream().filter(k -> !k.equals(SCHEDULED)).toList() : kinds;
        // A worker the design adds is where scheduled work runs: the schedule is not one more flow beside it.
        if (!designedAsync.isEmpty() && describedKinds.contains(SCHEDULED)) {
            describedKinds = describedKinds.stream().filter(k -> !k.equals(SCHEDULED)).toList();
        }
        List<String> countedWords = describedKinds.stream().flatMap(k -> ASYNC_KINDS.get(k).stream()).toList();
        List<String> designed = designedAsync.stream().distinct()
                .filter(worker -> !Words.of(worker).containsAny(countedWords) && !counted.containsAny(List.of(worker))).toList();
        // A goal or capability with a deadline in minutes or hours is work done after the request: a flow of its own unless
        // it names work already counted (the integration or capability it is about)
        List<String> countedNames = Stream.concat(request.integrations().stream().filter(FactSheet::isAsync).map(dev.architect.request.Integration::name),
                w.capabilities().stream().filter(c -> java.util.Optional.ofNullable(flowOf.apply(c))
                        .filter(f -> f == ResourceFlow.NOTIFY || f == ResourceFlow.INGEST).isPresent())).toList();
        List<String> deadlines = Stream.concat(request.goals().stream(), w.capabilities().stream())
                .filter(g -> AFTER_THE_REQUEST_DEADLINE.matcher(g).find())
                .filter(g -> !Words.of(g).containsAny(countedNames) && !Words.of(g).containsAny(countedWords) && !Words.of(g).containsAny(designed))
                .distinct().toList();
        int asyncFlows = (int) (asyncCapabilities + asyncIntegrations + describedKinds.size() + designed.size() + deadlines.size());
        String asyncSource = count(asyncCapabilities, "capability", "capabilities") + ", " + count(asyncIntegrations, "integration", "integrations")
                + " nobody waits for" + (describedKinds.isEmpty() ? "" : " and the request's " + String.join(", ", describedKinds))
                + (designed.isEmpty() ? "" : ", and the design's " + String.join(", ", designed))
                + (deadlines.isEmpty() ? "" : ", and " + count(deadlines.size(), "deadline", "deadlines") + " for work after the request ('"
                        + String.join("', '", deadlines) + "')");
        boolean payments = request.integrations().stream().anyMatch(FactSheet::isPaymentProvider);

        Load load = request.load();
        Basis peak = Basis.of(load == null ? null : load.peakRequestsPerSecond(), w.peakRps(), w.isGiven("load.peakRequestsPerSecond"),
                "load.peakRequestsPerSecond");
        Basis ratio = Basis.of(load == null ? null : load.readWriteRatio(), w.readWriteRatio(), w.isGiven("load.readWriteRatio"),
                "load.readWriteRatio");
        boolean peakAssumed = peak.assumed();
        boolean ratioAssumed = ratio.assumed();
        String derived = peak.replaced() || ratio.replaced() ? peak.source() + "; " + ratio.source()
                : "load.peakRequestsPerSecond and load.readWriteRatio";
        DataVolume data = request.data();
        boolean dataStated = data != null && data.initialVolumeGb() != null && data.growthGbPerMonth() != null;
        boolean dataGiven = w.isGiven("data.initialVolumeGb") && w.isGiven("data.growthGbPerMonth");
        Optional<String> timeSeriesWord = text.firstMatch(TIME_SERIES_WORDS);
        Optional<String> publicApiWord = text.firstMatch(PUBLIC_API_WORDS).or(() -> Words.of(actors).firstMatch(PUBLIC_API_WORDS));
        Optional<String> paymentWord = request.integrations().stream().filter(FactSheet::isPaymentProvider).map(Integration::name).findFirst();
        Optional<Integration> identitySource = request.integrations().stream().filter(FactSheet::isIdentitySource).findFirst();
        SignIn who = SignIn.of(request);
        IdentityPrice signIn = IdentityPrice.of(w, who, text.containsAny(ANONYMOUS_READER_WORDS));
        // Everyone who signs in does so at the organisation's Google or Microsoft accounts: the source covers them all
        boolean allAtOrganisation = who.direct() && who.ownAccounts().isEmpty();
        Words said = Words.of(String.join(" ", request.description(), String.join(" ", request.goals()), actors,
                String.join(" ", request.integrations().stream().map(Integration::nameAndPurpose).toList()),
                String.join(" ", w.capabilities())));
        Optional<String> social = said.firstMatch(SOCIAL_SIGN_IN_WORDS);
        Optional<String> guest = said.firstMatch(GUEST_WORDS);
        // The people the request says sign in through a directory are customers ("Enterprise customers sign in with SAML"):
        // whatever their roles' names, they are not the organisation's own staff
        Optional<String> workforce = who.federatedAreCustomers() ? Optional.empty() : workforce(request, w);
        Optional<String> payoutProvider = payoutProvider(request);
        // The outside users hold accounts at the source only where its purpose names them ("student and staff single sign-on").
        Optional<String> outsidersAtSource = identitySource.flatMap(FactSheet::outsidersAtSource);
        // The kind of device commands the request describes decides how devices connect: a gateway that is a service of its
        // own holds the devices' WebSockets (OCPP), where a broker would hold MQTT sessions.
        Optional<String> deviceSocket = recognised.stream().filter(r -> r.archetype().components().stream().anyMatch(c ->
                        c.decidedBy() == dev.architect.dossier.DecisionTopic.DEVICE_COMMANDS && c.kind() == dev.architect.dossier.ContainerKind.SERVICE))
                .map(r -> r.evidence().stream().filter(e -> e.means() != null && e.means().contains("WebSocket")).findFirst()
                        .orElse(r.evidence().get(0)).phrase()).findFirst();
        Optional<String> protocolWord = text.firstMatch(DEVICE_PROTOCOL_WORDS)
                .or(() -> Words.of(actors).firstMatch(DEVICE_PROTOCOL_WORDS))
                .or(() -> integrations.firstMatch(DEVICE_PROTOCOL_WORDS))
                .or(() -> words(request.constraints().stream()).firstMatch(DEVICE_PROTOCOL_WORDS));
        Words constraints = words(request.constraints().stream());
        Optional<String> parallelRunWords = words(java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                java.util.stream.Stream.ofNullable(request.description()), request.goals().stream()), request.constraints().stream()))
                .firstMatch(PARALLEL_RUN_WORDS);
        Optional<String> moneyWord = constraints.firstMatch(EVENTUAL_MONEY_WORDS).or(() -> constraints.firstMatch(STRONG_MONEY_WORDS));
        boolean eventualMoney = constraints.containsAny(EVENTUAL_MONEY_WORDS);
        MoneyWrites money = moneyWrites(request, stated, w, flowOf, ingestCapabilities);
        Facts signInWishes = Facts.empty();
        if (social.isPresent()) {
            signInWishes = signInWishes.with(Fact.SOCIAL_SIGN_IN, true, false, "the request's words \"" + social.get().trim() + "\"");
        }
        if (guest.isPresent()) {
            signInWishes = signInWishes.with(Fact.GUEST_ACCESS, true, false, "the request's words \"" + guest.get().trim() + "\"");
        }
        // The organisation's own sites, where the request counts them: what they run and how their traffic must travel.
        Optional<dev.architect.offline.internal.catalog.SiteNetworks.Sites> sites = dev.architect.offline.internal.catalog.SiteNetworks.standard().read(request);
        if (sites.isPresent()) {
            dev.architect.offline.internal.catalog.SiteNetworks.Sites at = sites.get();
            signInWishes = signInWishes.with(Fact.SITES, (double) at.count(), false, at.field() + " \"" + at.phrase() + "\"")
                    .with(Fact.SITE_SYSTEMS, at.siteSystems().isPresent(), false, at.siteSystems().map(p -> "the request's words \"" + p + "\"")
                            .orElse("nothing at the sites is named that the cloud must reach"))
                    .with(Fact.SITE_TRAFFIC_PRIVATE, at.privateTraffic().isPresent(), false, at.privateTraffic().map(p -> "the request's words \"" + p + "\"")
                            .orElse("nothing keeps the sites' traffic off the public internet"));
        }
        // A short, sharp surge the request states in its own figures (its peak over a stated base rate, a crowd that queues),
        // whether a mechanism of the design guards a finite count the surge contends for, and the rate the write path admits.
        Optional<SurgeAbsorption.Surge> surge = SurgeAbsorption.standard().read(request, w, recognised);
        if (surge.isPresent()) {
            SurgeAbsorption.Surge s = surge.get();
            SurgeAbsorption.Admission admitted = SurgeAbsorption.standard().admission(w, s.crowd());
            signInWishes = signInWishes
                    .with(Fact.SURGE_AT_ONCE, s.crowd().isPresent(), false, s.crowdEvidence().map(e -> "the request's words \"" + e + "\"")
                            .orElse("the request counts no crowd that arrives or waits at once"))
                    .with(Fact.SURGE_CONTENDED, s.contendedBy().isPresent(), false, s.contendedBy()
                            .map(n -> "the design's " + n + " mechanism guards a finite count").orElse("no mechanism of the design guards a finite count"))
                    .with(Fact.ADMISSION_RATE, admitted.perSecond(), peakAssumed || ratioAssumed, admitted.formula());
            if (s.factor().isPresent()) {
                signInWishes = signInWishes.with(Fact.SURGE_FACTOR, s.factor().get(), peakAssumed, Numbers.format(w.peakRps())
                        + " requests/s at peak over the base the request states: \"" + s.factorEvidence().orElseThrow() + "\"");
            }
            if (s.crowd().isPresent()) {
                signInWishes = signInWishes.with(Fact.SURGE_CROWD, s.crowd().get(), false, "the request's words \"" + s.crowdEvidence().orElseThrow() + "\"");
            }
        }
        return stated(request, stated, w, recognised, ingestCapabilities > 0, signInWishes
                .with(Fact.MONEY_WRITES, money.perSecond(), peakAssumed || ratioAssumed || money.assumed(), money.basis())
                .with(Fact.PAYOUTS_PER_RUN, money.payoutsPerRun(), money.payoutsAssumed(), money.payoutBasis())
                .with(Fact.TEAM_SIZE, w.teamSize(), !w.isGiven("team.size"), "team.size")
                .with(Fact.CAPABILITIES, w.capabilities().size(), !w.isGiven("capabilities"), "capabilities")
                .with(Fact.PEAK_RPS, w.peakRps(), peakAssumed, peak.source())
                .with(Fact.READ_WRITE_RATIO, w.readWriteRatio(), ratioAssumed, ratio.source())
                .with(Fact.PEAK_READS, w.peakReads(), peakAssumed || ratioAssumed, derived)
                .with(Fact.PEAK_WRITES, w.peakWrites(), peakAssumed || ratioAssumed, derived)
                .with(Fact.POSITION_WRITES, w.peakWrites(), peakAssumed || ratioAssumed, derived)
                .with(Fact.ASYNC_FLOWS, asyncFlows, false, asyncSource)
                // Live updates the request states per thing are events besides the writes: the stream carries each change
                .with(Fact.EVENTS_PER_SECOND, asyncFlows > 0 ? dev.architect.internal.Numbers.round(w.peakWrites() + stated.liveUpdates().map(LiveUpdates::perSecond).orElse(0.0), 2) : 0,
                        peakAssumed || ratioAssumed, stated.liveUpdates().map(u -> "one event per write at peak + the live updates stated: " + u.evidence())
                                .orElse("one event per write at peak"))
                .with(Fact.P99_MS, w.p99Ms(), !w.isGiven("latency.p99Ms"), "latency.p99Ms")
                .with(Fact.AVAILABILITY, w.availabilityPercent(), !w.isGiven("availability.targetPercent"), "availability.targetPercent")
                .with(Fact.RPO_MINUTES, w.rpoMinutes(), !w.isGiven("availability.rpoMinutes"), "availability.rpoMinutes")
                .with(Fact.RTO_MINUTES, w.rtoMinutes(), !w.isGiven("availability.rtoMinutes"), "availability.rtoMinutes")
                .with(Fact.STORAGE_5Y_GB, w.rawStorageGb(5), !dataGiven && !dataStated, dataGiven || !dataStated
                        ? "data.initialVolumeGb plus five years of data.growthGbPerMonth"
                        : "the design's own sizing in place of the stated data.initialVolumeGb " + Numbers.format(data.initialVolumeGb())
                        + " GB plus five years of data.growthGbPerMonth " + Numbers.format(data.growthGbPerMonth()) + " GB, as the assumptions explain")
                .with(Fact.REGIONS, w.regions().size(), !w.isGiven("deployment.regions"), "deployment.regions " + String.join(", ", w.regions()))
                .with(Fact.REGIONS_OUTSIDE_EU, beyondOneProtectionArea(w.regions()),
                        !w.isGiven("deployment.regions"), "deployment.regions " + String.join(", ", w.regions()))
                .with(Fact.RESIDENCY_STATED, residency.isPresent(), false, residency.map(word -> "the request's words \"" + word + "\"")
                        .orElse("no constraint or sentence asks for data residency"))
                .with(Fact.REGIONS_IN_UK, w.regions().stream().map(Regions::jurisdiction).anyMatch(j -> j.equals(Optional.of(Regions.UNITED_KINGDOM))),
                        !w.isGiven("deployment.regions"), "deployment.regions " + String.join(", ", w.regions()))
                .with(Fact.REGIONS_IN_SWITZERLAND, w.regions().stream().map(Regions::jurisdiction).anyMatch(j -> j.equals(Optional.of(Regions.SWITZERLAND))),
                        !w.isGiven("deployment.regions"), "deployment.regions " + String.join(", ", w.regions()))
                .with(Fact.REGIONS_IN_BRAZIL, w.regions().stream().map(Regions::jurisdiction).anyMatch(j -> j.equals(Optional.of(Regions.BRAZIL))),
                        !w.isGiven("deployment.regions"), "deployment.regions " + String.join(", ", w.regions()))
                .with(Fact.APP_INSTANCES, CapacityCalculator.instancesFor(w.peakRps(), 1), peakAssumed, peak.source())
                .with(Fact.AUDIENCE_GLOBAL, w.audience() == Audience.GLOBAL, !w.isGiven("load.audience"),
                        audienceEvidence(request, w).orElse("no region or wording says otherwise"))
                .with(Fact.TIME_SERIES, timeSeriesWord.isPresent() || ingestCapabilities > 0, false, timeSeriesWord
                        .map(word -> "the request's words \"" + word.trim() + "\"")
                        .orElse(ingestCapabilities > 0 ? "an ingestion capability" : "no telemetry words in the request"))
                .with(Fact.LOAD_DIVERGENT, ingestCapabilities > 0 && w.capabilities().size() > ingestCapabilities
                        && w.peakWrites() >= 1000, false, "ingestion capabilities beside others at 1,000+ writes/s")
                .with(Fact.PUBLIC_API, publicApiWord.isPresent(), false, publicApiWord.map(word -> "the request's words \"" + word.trim() + "\"")
                        .orElse("no partner or developer named in the request"))
                .with(Fact.DEVICE_PROTOCOL, protocolWord.isPresent(), false, protocolWord
                        .map(word -> "the request's words \"" + word.trim() + "\"").orElse(deviceSocket.map(word -> "no broker protocol named; "
                                + "the devices speak their own, named in the words \"" + word.trim() + "\", over a WebSocket each holds")
                                .orElse("no device protocol named in the request")))
                .with(Fact.DEVICE_WEBSOCKET, deviceSocket.isPresent(), false, deviceSocket
                        .map(word -> "the request's words \"" + word.trim() + "\"").orElse("no devices hold a WebSocket of their own"))
                .with(Fact.OFFLINE_EDITS, said.containsAny(OFFLINE_WORDS), false, said.firstMatch(OFFLINE_WORDS)
                        .map(word -> "the request's words \"" + word.trim() + "\"").orElse("nothing says anyone edits without a connection"))
                .with(Fact.TEXT_DOCUMENTS, said.containsAny(TEXT_WORDS), false, said.firstMatch(TEXT_WORDS)
                        .map(word -> "the request's words \"" + word.trim() + "\"").orElse("nothing says the documents are running text"))
                .with(Fact.IDENTITY_SOURCE, identitySource.isPresent(), false, identitySource
                        .map(i -> "the integration \"" + i.name() + "\" (" + i.purpose() + ")").orElse(who.viaIntegration().isEmpty()
                        ? "no integration holds the users' identities" : "no directory of the organisation's own holds them; "
                        + String.join(", ", who.viaIntegration()) + (who.viaIntegration().size() == 1 ? " signs" : " sign") + " in with the accounts "
                        + who.integration() + " already " + (who.integration().contains("), ") ? "hold" : "holds")
                        + ", checked by the application itself, so no user pool holds or bills them"))
                .with(Fact.IDENTITY_BUDGET_SHARE, signIn.budgetPercent(), false, signIn.source())
                .with(Fact.ANONYMOUS_READERS, text.containsAny(ANONYMOUS_READER_WORDS), false, text.firstMatch(ANONYMOUS_READER_WORDS)
                        .map(word -> "the request's words \"" + word.trim() + "\"").orElse("nothing says the users read without an account"))
                .with(Fact.WORKFORCE, workforce.isPresent(), false, workforce
                        .orElse("people outside the organisation sign in"))
                .with(Fact.ORGANISATION_ACCOUNTS, who.direct(), false, who.direct() ? "the request's words \"" + who.evidence().strip() + "\""
                        : "nobody signs in with accounts their organisation holds at Google or Microsoft")
                .with(Fact.ISSUERS, issuers(request, who), false, "the identity sources drawn and who keeps an account of their own")
                .with(Fact.CUSTOMER_DIRECTORIES, who.customerDirectories(), false, who.customerDirectories()
                        ? "the request's words \"" + who.evidence().strip() + "\"" : "no customer organisation brings a directory of its own")
                .with(Fact.SOURCE_COVERS_USERS, workforce.isPresent() || outsidersAtSource.isPresent() || identitySource.isPresent() && allAtOrganisation,
                        false, identitySource.isEmpty() ? "no identity source named" : workforce.isPresent() ? "only staff sign in"
                        : allAtOrganisation ? "everyone who signs in (" + String.join(", ", who.signingIn()) + ") has an account at their organisation"
                        : outsidersAtSource.map(word -> "the source's purpose names \"" + word.trim() + "\"")
                                .orElse(holders(identitySource.get().name(), who)))
                .with(Fact.PAYMENT_PROVIDER, payments, false, paymentWord.map(word -> "the integration named \"" + word.trim() + "\"")
                        .orElse(noPaymentProvider(request)))
                .with(Fact.PAYOUT_PROVIDER, payoutProvider.isPresent(), false, payoutProvider
                        .orElse("no payouts provider integrated"))
                .with(Fact.MONEY_MOVEMENT, payments || w.compliance().contains(ComplianceRegime.PCI_DSS)
                        || w.compliance().contains(ComplianceRegime.SOX), false, "payments or PCI DSS / SOX in compliance")
                .with(Fact.CLOUD_MANAGED, w.cloud() != Cloud.ON_PREMISES, !w.isGiven("deployment.cloud"), "deployment.cloud")
                .with(Fact.CLOUD, w.cloud().label(), !w.isGiven("deployment.cloud"), "deployment.cloud")
                // A running system to replace: the one the request describes, or one its words name ("migrate from the mainframe").
                .with(Fact.REDESIGN, replacing.isPresent(), false, replacing.map(e -> e.field() == RequestField.EXISTING_SYSTEM ? "existingSystem"
                        : "the " + e.field().label() + "'s words \"" + e.phrase() + "\"").orElse("existingSystem"))
                .with(Fact.PARALLEL_RUN_ASKED, parallelRunWords.isPresent(), false, parallelRunWords.map(word -> "a parallel run in its words \""
                        + word.trim() + "\"").orElse("no parallel run asked for"))
                .with(Fact.EXPERTISE, String.join(", ", w.expertise()), !w.isGiven("team.expertise"), "team.expertise")
                // Strong unless the constraints accept eventual consistency: the safe default for money, stated as assumed.
                .with(Fact.MONEY_CONSISTENCY, eventualMoney ? "eventual" : "strong", moneyWord.isEmpty(),
                        moneyWord.map(word -> "the constraint's words \"" + word.trim() + "\"").orElse("constraints")));
    }

    /**
     * The figures the description or goals state in words, each with the phrase it was read from: they are drivers
     * of the decisions they bear on, and the load figures they set say where they came from.
     */
    private static Facts stated(ConsultationRequest request, StatedFacts stated, Workload w,
                                List<dev.architect.offline.internal.archetype.Recognised> recognised, boolean ingests, Facts facts) {
        Facts f = facts;
        if (stated.concurrentConnections().isPresent()) {
            StatedFact c = stated.concurrentConnections().get();
            f = f.with(Fact.CONCURRENT_CONNECTIONS, c.value(), false, c.evidence());
        }
        if (stated.spikeFactor().isPresent()) {
            StatedFact s = stated.spikeFactor().get();
            f = f.with(Fact.SPIKE_FACTOR, s.value(), false, s.evidence());
        }
        if (!stated.retention().isEmpty()) {
            f = f.with(Fact.DATA_RETENTION, String.join("; ", stated.retention().stream()
                    .map(r -> r.dataClass() + " " + dev.architect.internal.Numbers.format(r.years()) + (r.years() == 1 ? " year" : " years")).toList()),
                    false, String.join("; ", stated.retention().stream().map(r -> r.field() + " \"" + r.phrase() + "\"").toList()));
        }
        boolean usersInField = request.load() != null && request.load().monthlyActiveUsers() != null;
        if (usersInField) {
            f = f.with(Fact.MONTHLY_USERS, (double) w.monthlyActiveUsers(), false, "load.monthlyActiveUsers");
        } else if (stated.users().isPresent()) {
            f = f.with(Fact.MONTHLY_USERS, (double) w.monthlyActiveUsers(), false, stated.users().get().evidence());
        }
        // A dispatch mechanism that would call a maps vendor per job: what the vendor would bill, so the routing decision weighs it
        Optional<java.util.Map.Entry<String, dev.architect.offline.internal.archetype.RoutingEngines.Engine>> engine =
                dev.architect.offline.internal.archetype.RoutingEngines.standard().first(recognised);
        if (engine.isPresent()) {
            dev.architect.offline.internal.archetype.RoutingEngines.Use use = dev.architect.offline.internal.archetype.RoutingEngines
                    .use(engine.get().getValue().vendorUse()).orElseThrow();
            double users = w.monthlyActiveUsers();
            // the jobs the request counts for the dispatch capabilities ("40,000 deliveries a day"), else the users at the use's rate
            List<String> dispatching = recognised.stream().filter(r -> r.archetype().id().equals(engine.get().getKey()))
                    .flatMap(r -> r.capabilities().stream()).toList();
            dev.architect.offline.internal.archetype.RoutingEngines.Jobs jobs = dev.architect.offline.internal.archetype.RoutingEngines.Jobs.of(users, use,
                    dispatching.isEmpty() ? List.of() : stated.actionVolumes(dispatching));
            double elements = jobs.perMonth() * use.callsLow();
            f = f.with(Fact.ROUTING_ELEMENTS, elements, jobs.assumed() && !usersInField && stated.users().isEmpty(),
                    jobs.text() + " x " + dev.architect.internal.Numbers.format(use.callsLow())
                            + " billed routing elements a job, the low end of the vendor's estimate (assumption as-vendor-jobs-"
                            + engine.get().getValue().vendorUse() + ")");
            java.util.Optional<dev.architect.figures.Price> vendor = dev.architect.figures.PriceTable.standard().price(w.cloud(), use.kind());
            if (vendor.isPresent()) {
                double thousands = elements / use.perCalls();
                // Above the vendor's published table there is no list price: the fact says so in words, not as a dollar figure
                f = vendor.get().publishes(thousands)
                        ? f.with(Fact.ROUTING_VENDOR_USD, dev.architect.internal.Numbers.round(vendor.get().billed(thousands), 2), false, "the vendor's "
                                + use.kind() + " price at its volume tiers for those elements")
                        : f.with(Fact.ROUTING_VENDOR_USD, "a price agreed with its sales team, the volume being " + vendor.get().aboveTable(), false, "the vendor's "
                                + use.kind() + " price table, which ends below those elements");
            }
            dev.architect.offline.internal.archetype.RoutingEngines.Engine e = engine.get().getValue();
            // the engine's instances at the list prices of the region the design is deployed in, as its cost line prices them
            dev.architect.figures.PriceTable table = dev.architect.figures.PriceTable.standard();
            java.util.Optional<dev.architect.figures.RegionalPrice> regional = table.regional(w.cloud(), w.regions().isEmpty() ? null : w.regions().get(0))
                    .filter(r -> table.regionallyPriced(e.instance().kind()));
            java.util.Optional<dev.architect.figures.Price> node = table.price(w.cloud(), e.instance().kind()).map(p -> regional.map(p::in).orElse(p));
            if (node.isPresent()) {
                List<String> codes = dev.architect.offline.internal.catalog.Geography.standard().served(request).stream()
                        .map(dev.architect.offline.internal.catalog.Geography.Country::code).toList();
                dev.architect.offline.internal.archetype.RoutingEngines.Sizing sized = e.size(jobs, w.peakToAverage(), codes);
                f = f.with(Fact.ROUTING_ENGINE_USD, dev.architect.internal.Numbers.round(sized.instances() * node.get().monthlyUsd(), 2), false,
                        sized.instances() + " instances x " + dev.architect.internal.Numbers.usd(node.get().monthlyUsd())
                                + regional.filter(r -> r.multiplier() != 1).map(r -> " (" + r.region() + ")").orElse("") + ": " + sized.basis());
            }
        }
        if (stated.writeRate().isPresent()) {
            String evidence = stated.writeRateEvidence().orElseThrow();
            boolean peakGiven = request.load() != null && request.load().peakRequestsPerSecond() != null;
            boolean ratioGiven = request.load() != null && request.load().readWriteRatio() != null;
            if (!(peakGiven && ratioGiven) || w.loadBasis().isPresent()) {
                // The stated rate sets the writes (a stated peak, when there is one, then gives the reads or sits beside them).
                f = f.with(Fact.PEAK_WRITES, w.peakWrites(), false, w.loadBasis().orElse(evidence))
                        .with(Fact.POSITION_WRITES, w.peakWrites(), false, w.loadBasis().orElse(evidence));
                if (!peakGiven || w.loadBasis().isPresent()) {
                    f = f.with(Fact.PEAK_RPS, w.peakRps(), !w.isGiven("load.readWriteRatio"), w.loadBasis().orElse(evidence + " plus "
                            + dev.architect.internal.Numbers.format(w.readWriteRatio()) + " reads per write"));
                }
            }
            // Reports a live index keeps in memory (report-sinks.yaml) are not the database's writes: they neither
            // size nor choose it
            Optional<dev.architect.offline.internal.archetype.ReportSinks.Sink> sink = ingests ? Optional.empty()
                    : dev.architect.offline.internal.archetype.ReportSinks.standard().first(recognised);
            if (sink.isPresent() && w.streamWrites() > 0) {
                double held = dev.architect.internal.Numbers.round(w.peakWrites() - w.streamWrites(), 2);
                f = f.with(Fact.PEAK_WRITES, held, false, dev.architect.internal.Numbers.format(w.peakWrites()) + " writes/s at peak ("
                        + w.loadBasis().orElse(evidence) + ") less the " + dev.architect.internal.Numbers.format(w.streamWrites())
                        + " reports/s held in memory, not in the database: " + sink.get().basis())
                        .with(Fact.POSITION_WRITES, w.streamWrites(), false, evidence);
                if (held > 0) {
                    f = f.with(Fact.READ_WRITE_RATIO, dev.architect.internal.Numbers.round(w.peakReads() / held, 4), false,
                            dev.architect.internal.Numbers.format(w.peakReads()) + " reads/s at peak / " + dev.architect.internal.Numbers.format(held)
                                    + " writes/s that reach the database (the reports are held in memory: " + sink.get().basis() + ")");
                }
            }
        }
        return f;
    }

    /** Writes at peak of the money movements, with their arithmetic, and the payouts one payout run carries. */
    private record MoneyWrites(double perSecond, String basis, boolean assumed, double payoutsPerRun, String payoutBasis, boolean payoutsAssumed) {
    }

    /** Words of a capability's name that say money moves through its records. */
    private static final List<String> MONEY_CAPABILITY_WORDS = List.of("payment", "payments", "ledger", "ledgers", "wallet", "wallets",
            "balance", "balances", "refund", "refunds", "payout", "payouts", "settlement", "settlements", "billing", "invoices", "invoicing",
            "transfer", "transfers", "credits", "currency", "checkout");

    /**
     * The writes of the capabilities that move money, as the cost plan splits the load: device or event ingestion takes the
     * stated device or event rate (all the writes, when none is stated); the capabilities that keep records share the rest
     * equally (a stated share or rate of a capability is its own); the money movements are the payment capabilities'
     * share, one capability's when none is named for them. That share is bounded by the money the request says moves
     * (money-volumes.yaml): its stated counts, else the monthly users at an assumed rate.
     */
    private static MoneyWrites moneyWrites(ConsultationRequest request, StatedFacts stated, Workload w,
                                           java.util.function.Function<String, ResourceFlow> flowOf, long ingestCapabilities) {
        List<String> records = w.capabilities().stream()
                .filter(c -> flowOf.apply(c) != ResourceFlow.INGEST).toList();
        List<String> money = records.stream().filter(c -> flowOf.apply(c) == ResourceFlow.PAYMENT
                || Words.of(c).containsAny(MONEY_CAPABILITY_WORDS)).toList();
        MoneyVolumes volumes = MoneyVolumes.standard();
        MoneyVolumes.Volume movements = volumes.movements(stated, w, money);
        MoneyVolumes.Volume run = volumes.perRun(request, stated, w.capabilities().stream().filter(volumes::paysOut).toList(), movements);
        double events = ingestCapabilities == 0 ? 0 : stated.writeRate().map(r -> Math.min(r.value(), w.peakWrites())).orElse(w.peakWrites());
        double recordWrites = Math.max(0, w.peakWrites() - events);
        String eventsText = ingestCapabilities == 0 ? "" : " - " + dev.architect.internal.Numbers.format(events) + " of device or event ingestion"
                + (stated.writeRate().isPresent() ? " (" + stated.writeRateEvidence().orElseThrow() + ")" : " (it takes every write with none stated)");
        if (records.isEmpty()) {
            return new MoneyWrites(0, "no capability keeps records of money", false, run.perMonth(), run.basis(), run.assumed());
        }
        int moving = Math.max(1, money.size());
        double shape = MoneyVolumes.shape(stated);
        double bound = MoneyVolumes.atPeak(movements, stated);
        String boundText = movements.basis() + " / " + dev.architect.internal.Numbers.format(Workload.SECONDS_PER_MONTH) + " s x "
                + dev.architect.internal.Numbers.format(shape) + " (peak over average) = " + dev.architect.internal.Numbers.format(bound) + "/s";
        if (recordWrites <= 0 && events > 0 && !movements.assumed()) {
            // Ingestion took every write at peak, yet the stated counts of what the system does (trips, orders) are paid
            // for: each moves money once, at the usual day's peak over the month's average.
            return new MoneyWrites(bound, "device or event ingestion takes all " + dev.architect.internal.Numbers.format(w.peakWrites())
                    + " writes/s at peak" + stated.writeRateEvidence().map(e -> " (" + e + ")").orElse("") + ", so the money movements follow the stated counts: "
                    + boundText + ", one money movement each", false, run.perMonth(), run.basis(), run.assumed());
        }
        double perSecond = dev.architect.internal.Numbers.round(recordWrites / records.size() * moving, 2);
        String share = "(" + dev.architect.internal.Numbers.format(w.peakWrites()) + " writes/s at peak" + eventsText + ") / "
                + records.size() + " capabilities keeping records x " + moving + (money.isEmpty() ? " (no capability is named for the money movements: "
                + "one capability's share)" : " moving money (" + String.join(", ", money) + ")");
        if (bound < perSecond) {
            return new MoneyWrites(bound, (movements.assumed() ? "how much money moves, so its movements are bounded by its users: "
                    : "the money the request counts: ") + boundText + ", below the money capabilities' share of the writes, "
                    + share + " = " + dev.architect.internal.Numbers.format(perSecond) + "/s", movements.assumed(),
                    run.perMonth(), run.basis(), run.assumed());
        }
        return new MoneyWrites(perSecond, share, false, run.perMonth(), run.basis(), run.assumed());
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * Whether personal data would sit in more than one data-protection area: a region outside the EU, the UK and
     * Switzerland, or regions in two of them (each keeps its own law, so data is kept to its person's home area).
     */
    private static boolean beyondOneProtectionArea(List<String> regions) {
        java.util.Set<String> areas = new java.util.HashSet<>();
        for (String region : regions) {
            Regions.jurisdiction(region).ifPresent(areas::add);
        }
        return areas.stream().anyMatch(j -> !j.equals(Regions.EUROPE) && !j.equals(Regions.UNITED_KINGDOM) && !j.equals(Regions.SWITZERLAND))
                || areas.size() > 1;
    }

    /** What in the request says how widely its users are spread: the field, else its regions or words, if anything does. */
    public static Optional<String> audienceEvidence(ConsultationRequest request, Workload w) {
        return request.load() != null && request.load().audience() != null ? Optional.of("load.audience")
                : Geography.standard().spreadOverContinents(request);
    }

    /**
     * Where the request shows that only the organisation's own staff sign in: every actor it lists is a staff role, or,
     * listing none, a small user base (at most {@value #WORKFORCE_MAX_USERS} a month) whose description names staff
     * roles and no outside users.
     */
    /**
     * The issuers whose tokens the API accepts when organisation accounts are accepted directly, as the design draws them:
     * each identity source the request integrates, and the customer pool when some actors keep accounts of their own
     * ("two issuers (Google Workspace for Education and the customer pool)").
     */
    static String issuers(ConsultationRequest request, SignIn who) {
        List<String> names = new java.util.ArrayList<>(request.integrations().stream().filter(FactSheet::isIdentitySource).map(Integration::name).toList());
        if (names.isEmpty()) {
            names.add("the organisations' own Google or Microsoft accounts");
        }
        if (!who.ownAccounts().isEmpty()) {
            names.add("the customer pool");
        }
        String count = dev.architect.internal.Numbers.countWord(names.size()).orElse(String.valueOf(names.size()));
        return names.size() == 1 ? "one issuer (" + names.get(0) + ")" : count + " issuers (" + String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1) + ")";
    }

    /**
     * Who a directory holds, from the actors who sign in through it ("\"Okta\" holds Editor, Workspace admin, who sign in
     * through it; Viewer signs in with an account of its own"), never a word for them the request does not use.
     */
    static String holders(String source, SignIn who) {
        List<String> through = who.federated();
        List<String> own = who.ownAccounts();
        String held = through.isEmpty() ? "\"" + source + "\" holds none of the actors who sign in"
                : "\"" + source + "\" holds " + String.join(", ", through) + (who.onlySome() ? " (some of them)" : "") + ", who sign in through it";
        return own.isEmpty() ? held : held + "; " + String.join(", ", own) + (own.size() == 1 ? " signs" : " sign") + " in with an account of their own";
    }

    private static Optional<String> workforce(ConsultationRequest request, Workload w) {
        if (!request.actors().isEmpty()) {
            var roles = dev.architect.offline.internal.catalog.ActorRoles.standard();
            // A public word inside a staff role ("member" in "crew member") does not make the actor public.
            boolean staffOnly = request.actors().stream().allMatch(a -> roles.isStaff(Words.of(a.name()))
                    && Words.of(a.name()).firstMatch(PUBLIC_WORDS, roles.staffActorWords()).isEmpty());
            return staffOnly ? Optional.of("every actor is the organisation's staff ("
                    + String.join(", ", request.actors().stream().map(a -> a.name()).toList()) + ")") : Optional.empty();
        }
        Words text = words(Stream.concat(Stream.of(request.description()), request.goals().stream()));
        Optional<String> staff = text.firstMatch(STAFF_WORDS);
        return staff.isPresent() && !text.containsAny(PUBLIC_WORDS) && w.monthlyActiveUsers() <= WORKFORCE_MAX_USERS
                ? Optional.of("the request's word \"" + staff.get().trim() + "\", no outside users, "
                        + dev.architect.internal.Numbers.format(w.monthlyActiveUsers()) + " monthly users")
                : Optional.empty();
    }

    /** Above this many monthly users, a request that lists no actors is taken to serve people outside the organisation. */
    private static final int WORKFORCE_MAX_USERS = 20_000;

    /**
     * The integration that pays out for the system: a payouts product by name ("Stripe Connect"), or one whose purpose
     * says it pays out ("Adyen: card payments and marketplace payouts") and that is not a bank channel (EBICS, SFTP).
     */
    private static Optional<String> payoutProvider(ConsultationRequest request) {
        for (Integration i : request.integrations()) {
            // An accounting system that records payouts ("Xero: accounting and payouts ledger") is not a payments company.
            if (dev.architect.offline.internal.catalog.NamedVendors.standard().playsOtherRole(PAYOUT_SECTION, i)) {
                continue;
            }
            Words all = Words.of(i.nameAndPurpose());
            Optional<String> named = all.firstMatch(PAYOUT_PROVIDER_WORDS);
            if (named.isPresent()) {
                return Optional.of("the integration's words \"" + named.get().trim() + "\"");
            }
            if (i.purpose() != null && paysOut(i) && !all.containsAny(BANK_CHANNEL_WORDS)) {
                return Optional.of("the integration \"" + i.name() + "\" (" + i.purpose() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the integration's purpose says it pays people out: payout words, or a payment provider whose purpose says
     * money goes out the way the archetype catalogue's money directions read it ("card deposits and withdrawals").
     */
    private static boolean paysOut(Integration i) {
        Words purpose = Words.of(i.purpose());
        return purpose.containsAny(PAYOUT_PURPOSE_WORDS) || isPaymentProvider(i) && dev.architect.offline.internal.archetype.Archetypes.standard()
                .moneyDirections().stream().filter(c -> c.direction() == dev.architect.offline.internal.archetype.MoneyDirection.OUTGOING)
                .anyMatch(c -> purpose.firstMatch(c.phrasesIn(purpose), c.notWithin()).isPresent());
    }

    /** The catalogue section whose named-vendor job says which integrations can pay out. */
    private static final String PAYOUT_SECTION = "payoutChannel";
    private static final List<String> PAYOUT_PURPOSE_WORDS = List.of("payout", "payouts", "pay out", "disbursement", "disbursements");
    private static final List<String> BANK_CHANNEL_WORDS = List.of("ebics", "sftp", "host to host", "h2h", "swift", "bank", "banking",
            "pain.001", "credit transfer", "credit transfers");

    /** Whether an integration is one nobody waits for inside a request (email, webhooks, exports). */
    public static boolean isAsync(Integration i) {
        return Words.of(i.nameAndPurpose()).containsAny(ASYNC_WORDS);
    }

    /** Whether an integration's name or purpose shows users' identities already live there (a named directory, SSO, SAML). */
    public static boolean isIdentitySource(Integration i) {
        if (Words.of(i.nameAndPurpose()).containsAny(IDENTITY_SOURCE_WORDS)) {
            return true;
        }
        Words said = Words.of(i.nameAndPurpose());
        return said.containsAny(SUITE_WORDS) && (i.purpose() == null || i.purpose().isBlank() || said.containsAny(SIGN_IN_PURPOSE_WORDS));
    }

    /**
     * Whether an integration takes card payments: its words say payments, and its purpose does not say it keeps the books
     * of money owed and paid (an ERP's "receivables, payments and dunning" collects from its own books, it is no card
     * processor; integration-kinds.yaml).
     */
    public static boolean isPaymentProvider(Integration i) {
        return Words.of(i.nameAndPurpose()).containsAny(PAYMENT_WORDS)
                && dev.architect.offline.internal.catalog.IntegrationKinds.standard().keepsBooks(i).isEmpty();
    }

    /** Why no integration takes payments: a books-keeping integration's word that said payments, or that none is named. */
    private static String noPaymentProvider(ConsultationRequest request) {
        return request.integrations().stream().filter(i -> Words.of(i.nameAndPurpose()).containsAny(PAYMENT_WORDS))
                .flatMap(i -> dev.architect.offline.internal.catalog.IntegrationKinds.standard().keepsBooks(i)
                        .map(word -> "no payment integration: \"" + i.name() + "\" (" + i.purpose() + ") says \"" + word
                                + "\", so it keeps the books and collects what is owed itself, not a card processor").stream())
                .findFirst().orElse("no payment integration");
    }

    private static Words words(Stream<String> texts) {
        return Words.of(String.join(" ", texts.toList()));
    }

    /**
     * People outside the organisation whom an identity source's name and purpose say it signs in ("student and staff single
     * sign-on"): a word of them counts in a sentence that signs them in with no credential the system issues itself, so
     * "sign-in for staff; parents sign in with an email code" names staff at the source and parents with accounts of their own.
     */
    static Optional<String> outsidersAtSource(Integration source) {
        for (String sentence : dev.architect.offline.internal.archetype.CapabilityShapes.sentences(source.nameAndPurpose())) {
            Words words = Words.of(sentence);
            if (!words.containsAny(SignIn.Vocabulary.STANDARD.ownCredentials())) {
                Optional<String> outsiders = words.firstMatch(PUBLIC_WORDS);
                if (outsiders.isPresent()) {
                    return outsiders;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a figure the request may state comes from: the field itself; an assumption when the request leaves it out; or,
     * when the request states it and the design sizes on another figure (a device stream's messages in place of the stated
     * peak), the design's figure in place of the stated one, so no driver says the request "does not say" what it says.
     */
    record Basis(boolean assumed, boolean replaced, String source) {

        static Basis of(Double stated, double used, boolean given, String path) {
            if (stated == null) {
                return new Basis(!given, false, path);
            }
            if (given && Math.abs(stated - used) <= Math.max(0.005, Math.abs(stated) * 0.005)) {
                return new Basis(false, false, path);
            }
            return new Basis(false, true, "the design's " + Numbers.format(Numbers.round(used, 2)) + " in place of the stated " + path + " "
                    + Numbers.format(stated) + ", as the assumptions explain");
        }
    }
}
