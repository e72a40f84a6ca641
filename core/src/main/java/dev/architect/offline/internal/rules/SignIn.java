package dev.architect.offline.internal.rules;

import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Actor;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who signs in, read from the request's actors: an actor whose every activity is anonymous (it polls feeds, downloads
 * files, reads public content) holds no account, so the identity provider is not billed for it; an actor the request
 * says signs in through an identity it already has (a company's single sign-on, Okta, a school's Google or Microsoft
 * accounts) is federated, and the vendor bills federation by its own rule: over SAML or OIDC at the price table's
 * {@value #FEDERATED_KIND} tiers, through a social provider (Google, Microsoft, Apple accounts) at the ordinary per-user
 * tiers. The identity decision and the cost plan read the same population from here.
 *
 * @param signingIn  the actors who sign in, by name
 * @param anonymous  the actors who never sign in, by name, each with the activity that says so
 * @param route      how the federated actors sign in; {@link Route#OWN_ACCOUNTS} when the request names no identity they bring
 * @param federated  the actors who sign in through the identity they bring, by name
 * @param evidence   the request's words that name that identity ("Schools sign in through Google Workspace ..."), or empty
 * @param federatedChosen how the federated actors were chosen when the evidence names none of them ("every actor who signs
 *                   in (...) is", "the staff among the actors who sign in (...) are"), or empty when it names them
 * @param onlySome   whether only some of the federated actors' users bring the identity ("enterprise tenants need single
 *                   sign-on"): the request names no actor and does not say everyone does
 * @param smsCodes   the request's words saying codes sent by SMS sign people in ("one-time passwords by SMS"), or empty
 * @param direct     whether the federated actors sign in with accounts their organisation holds at Google or Microsoft
 *                   ("Schools sign in through Google Workspace and Microsoft accounts"): the application is an OpenID
 *                   Connect client of those providers itself, so no user pool holds or bills them; only the actors outside
 *                   the organisation get accounts in a pool
 * @param viaIntegration the actors an integration identifies itself (a library's card check over SIP2, a launch from a
 *                   learning platform over LTI): every actor who signs in except the organisation's staff; the application
 *                   opens their session after that check, so no managed pool holds or bills them. Empty when no
 *                   integration says so
 * @param integration the integration that identifies them, as its name and purpose, or empty
 * @param statedShare the share of the monthly users who sign in as a sentence of the request states it ("only about 10% of
 *                   visitors sign in"), or empty
 */
public record SignIn(List<String> signingIn, List<String> anonymous, Route route, List<String> federated, String evidence,
                     String federatedChosen, boolean onlySome, String smsCodes, boolean direct, List<String> viaIntegration,
                     String integration, Optional<dev.architect.internal.facts.StatedFact> statedShare) {

    /** The price table's kind for a thousand monthly users who sign in over SAML or OIDC federation. */
    public static final String FEDERATED_KIND = "identity.users.federated";
    /**
     * The share of monthly users who sign in when some actors read anonymously and the request does not say how many
     * of its users are the others (creators, advertisers beside the listeners): assumption as-signed-in-actors.
     */
    public static final double SIGNED_IN_SHARE_BESIDE_ANONYMOUS = 0.01;
    /**
     * The share of those who sign in that federate when only some actors bring their own directory (staff beside
     * customers, teachers beside parents) and the request does not say how many: assumption as-federated-share.
     */
    public static final double FEDERATED_SHARE_OF_MIXED = 0.10;
    /**
     * The assumption behind the pool's users when the organisation's people sign in directly at Google or Microsoft and the
     * request does not say how many are outside it: each actor who signs in is taken as an equal share.
     */
    static final String OWN_ACCOUNT_SHARE = "as-own-account-share";
    /**
     * The share of monthly users who sign in with the managed pool when an integration identifies the others (the
     * patrons by their library card, the students by their LMS launch) and the request does not say how many staff there
     * are beside them: assumption {@value #INTEGRATION_SIGN_IN}.
     */
    public static final double POOL_SHARE_BESIDE_INTEGRATION = 0.01;
    /** The assumption behind the pool's users when an integration identifies the actors who are not staff. */
    static final String INTEGRATION_SIGN_IN = "as-integration-sign-in";

    /** How actors who bring their own identity sign in, which decides the billing. */
    public enum Route {
        /** Accounts in the system's own user pool (or nothing the request names). */
        OWN_ACCOUNTS,
        /** A social identity provider the managed pool has built in: billed as an ordinary monthly user. */
        SOCIAL,
        /** SAML or OIDC federation with an organisation's directory: billed at the vendor's federation price. */
        ENTERPRISE
    }

    public SignIn {
        signingIn = List.copyOf(signingIn);
        anonymous = List.copyOf(anonymous);
        federated = List.copyOf(federated);
        viaIntegration = List.copyOf(viaIntegration);
    }

    /**
     * The words of {@code sign-in.yaml}: organisations whose own people bring its accounts, and the actors outside them who
     * keep accounts of their own.
     *
     * @param organisations words naming an organisation whose people bring its accounts ("schools", "enterprise")
     * @param ownAccounts   words naming actors outside it ("parent", "patient")
     * @param customers     words saying those who sign in through a directory are the customers' people ("customers")
     * @param customerOrganisations with {@code customers}, words naming the customers' organisations ("enterprise")
     * @param ownStaff      words saying they are the system owner's own staff ("our", "staff")
     * @param signInWords   words that say someone signs in ("sign in", "sso")
     * @param enterpriseIdentities identities federated over SAML or OIDC ("okta", "saml")
     * @param socialIdentities identities a managed pool has as built-in social providers ("google", "apple")
     * @param organisationProducts products through which an organisation gives its people Google or Microsoft accounts
     * @param everyone      words saying everyone who signs in does it one way ("all users")
     * @param smsCodes      words saying codes sent by SMS sign people in ("one time password")
     * @param anonymousActivities activities that need no account ("poll", "download")
     * @param personal      words that put an activity behind an account ("their", "invoice")
     * @param integrationSignIn words of an integration saying it identifies people itself ("sip2", "lti")
     * @param namedIssuers  identity products a request may name in any field
     * @param platformAccounts consumer platforms and public identity schemes whose accounts people hold ("steam", "bankid")
     * @param platformLogin words of an integration saying people sign in through it ("login")
     * @param ownCredentials words saying people sign in with credentials the system itself issues ("email code", "passkey"):
     *                       a sentence naming them says those people hold no account at a directory it also names
     * @param guestWords    words saying people act without an account ("as a guest", "without signing up")
     * @param guestOtherSenses phrases in which a guest word means something else ("as a guest of"): they say nothing of accounts
     * @param accountWords  words saying someone holds an account or signs in ("sign in", "account", "register"): beside a guest
     *                      word in one clause they offer both ways, so the clause says nothing sure
     */
    record Vocabulary(List<String> organisations, List<String> ownAccounts, List<String> customers, List<String> customerOrganisations,
                      List<String> ownStaff, List<String> signInWords, List<String> enterpriseIdentities, List<String> socialIdentities,
                      List<String> organisationProducts, List<String> everyone, List<String> smsCodes, List<String> anonymousActivities,
                      List<String> personal, List<String> integrationSignIn, List<NamedIssuer> namedIssuers,
                      List<String> platformAccounts, List<String> platformLogin, List<String> ownCredentials, List<String> guestWords,
                      List<String> guestOtherSenses, List<String> accountWords) {
        static final String RESOURCE = "/dev/architect/offline/sign-in.yaml";
        static final Vocabulary STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, Vocabulary.class, "sign-in words");

        Vocabulary {
            organisations = required("organisations", organisations);
            ownAccounts = required("ownAccounts", ownAccounts);
            customers = required("customers", customers);
            customerOrganisations = required("customerOrganisations", customerOrganisations);
            ownStaff = required("ownStaff", ownStaff);
            signInWords = required("signInWords", signInWords);
            enterpriseIdentities = required("enterpriseIdentities", enterpriseIdentities);
            socialIdentities = required("socialIdentities", socialIdentities);
            organisationProducts = required("organisationProducts", organisationProducts);
            everyone = required("everyone", everyone);
            smsCodes = required("smsCodes", smsCodes);
            anonymousActivities = required("anonymousActivities", anonymousActivities);
            personal = required("personal", personal);
            integrationSignIn = required("integrationSignIn", integrationSignIn);
            if (namedIssuers == null || namedIssuers.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": namedIssuers is required and must name at least one product");
            }
            namedIssuers = List.copyOf(namedIssuers);
            platformAccounts = required("platformAccounts", platformAccounts);
            platformLogin = required("platformLogin", platformLogin);
            ownCredentials = required("ownCredentials", ownCredentials);
            guestWords = required("guestWords", guestWords);
            guestOtherSenses = required("guestOtherSenses", guestOtherSenses);
            accountWords = required("accountWords", accountWords);
        }

        /** A list the file must give, with at least one word, none blank. */
        private static List<String> required(String key, List<String> words) {
            if (words == null || words.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + key + " is required and must name at least one word");
            }
            for (String word : words) {
                if (word == null || word.isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": " + key + " holds a blank word");
                }
            }
            return List.copyOf(words);
        }
    }

    /**
     * An identity product a request may name in any field: the integration's {@code name}, and the words that name it.
     *
     * @param name  the product as the design draws it ("Microsoft 365")
     * @param words whole words that name it ("microsoft 365")
     */
    record NamedIssuer(String name, List<String> words) {
        NamedIssuer {
            if (name == null || name.isBlank() || words == null || words.isEmpty() || words.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalStateException(Vocabulary.RESOURCE + ": namedIssuers entry '" + name + "' needs a name and words");
            }
            words = List.copyOf(words);
        }
    }

    /**
     * The request with the identity product it names in its description, a goal or an actor's description as its
     * identity source (an integration whose purpose quotes the field and the clause), when no integration already is one;
     * else the request as it is.
     *
     * @param request the request
     * @return the request with its named issuer drawn
     */
    public static ConsultationRequest withNamedIssuer(ConsultationRequest request) {
        if (request.integrations().stream().anyMatch(FactSheet::isIdentitySource)) {
            return request;
        }
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("the description", request.description() == null ? "" : request.description());
        for (String goal : request.goals()) {
            fields.putIfAbsent("a goal (\"" + goal.strip() + "\")", goal);
        }
        for (Actor a : request.actors()) {
            fields.put("the actor " + a.name() + "'s description", a.description() == null ? "" : a.description());
        }
        for (NamedIssuer issuer : Vocabulary.STANDARD.namedIssuers()) {
            for (java.util.Map.Entry<String, String> field : fields.entrySet()) {
                Words w = Words.of(field.getValue());
                Optional<String> word = w.firstMatch(issuer.words());
                if (word.isPresent()) {
                    String clause = w.sentenceWith(word.get()).map(found -> clauseWith(found, word.get())).orElse(field.getValue().strip());
                    return request.toBuilder().integration(issuer.name(), "the accounts people sign in with, named in " + field.getKey()
                            + ": \"" + clause + "\"").build();
                }
            }
        }
        return request;
    }

    /**
     * Reads who signs in from the request's actors, description, goals and integrations.
     *
     * @param request the request
     * @return who signs in and how
     */
    public static SignIn of(ConsultationRequest request) {
        List<String> signing = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        for (Actor a : request.actors()) {
            Optional<String> activity = anonymousActivity(a.description()).or(() -> guestClause(request, a));
            if (machine(a)) {
                continue; // a machine client authenticates with its own credentials (client credentials, mutual TLS), never signs in
            }
            if (activity.isPresent()) {
                anonymous.add(a.name() + " (\"" + activity.get() + "\")");
            } else {
                signing.add(a.name());
            }
        }
        List<String> texts = new ArrayList<>();
        texts.add(request.description() == null ? "" : request.description());
        texts.addAll(request.goals());
        request.actors().forEach(a -> texts.add(a.name() + " " + (a.description() == null ? "" : a.description())));
        Route route = Route.OWN_ACCOUNTS;
        String evidence = "";
        for (String text : texts) {
            Words w = Words.of(text);
            for (String phrase : Vocabulary.STANDARD.signInWords()) {
                Optional<String> sentence = w.sentenceWith(phrase).map(found -> clauseWith(found, phrase));
                Optional<Route> found = sentence.flatMap(SignIn::routeOf);
                if (found.isPresent()) {
                    route = found.get();
                    evidence = sentence.get();
                    break;
                }
            }
            if (!evidence.isEmpty()) {
                break;
            }
        }
        boolean fromIntegration = false;
        if (evidence.isEmpty()) {
            for (Integration i : request.integrations()) {
                Optional<Route> found = FactSheet.isIdentitySource(i) ? routeOf(i.nameAndPurpose()) : Optional.empty();
                if (found.isPresent()) {
                    route = found.get();
                    evidence = i.name() + " (" + i.purpose() + ")";
                    fromIntegration = true;
                    break;
                }
            }
        }
        List<String> federated = new ArrayList<>();
        String chosen = "";
        boolean some = false;
        if (route != Route.OWN_ACCOUNTS) {
            // people a sentence signs in with credentials the system issues ("parents sign in with an email code") do not federate
            Words said = Words.of(String.join(". ", dev.architect.offline.internal.archetype.CapabilityShapes.sentences(evidence).stream()
                    .filter(sentence -> !Words.of(sentence).containsAny(Vocabulary.STANDARD.ownCredentials())).toList()));
            // an actor is named by its name or its head noun, either number: "counsellors sign in ..." names the Guidance counsellor
            signing.stream().filter(name -> said.contains(name.toLowerCase(Locale.ROOT)) || !headNoun(name).isEmpty() && said.contains(headNoun(name))).forEach(federated::add);
            Optional<String> organisation = said.firstMatch(Vocabulary.STANDARD.organisations());
            if (federated.isEmpty() && organisation.isPresent() && !said.containsAny(Vocabulary.STANDARD.everyone())) {
                // "Schools sign in through Google Workspace": the schools' own people federate; a parent holds no school account
                signing.stream().filter(name -> !ownAccount(request, name)).forEach(federated::add);
                chosen = federated.isEmpty() ? "" : "the actors who belong to the " + organisation.get() + " (" + String.join(", ", federated) + ") are";
                some = !said.containsAny(Vocabulary.STANDARD.everyone());
            }
            if (federated.isEmpty() && fromIntegration && !said.containsAny(FactSheet.PUBLIC_WORDS)) {
                // A directory whose purpose names no outside users holds the staff: they federate, the others keep accounts of their own
                signing.stream().filter(name -> dev.architect.offline.internal.catalog.ActorRoles.standard().isStaff(Words.of(name))).forEach(federated::add);
                chosen = federated.isEmpty() ? "" : "the staff among the actors who sign in (" + String.join(", ", federated) + ") are";
            }
            if (federated.isEmpty()) {
                federated.addAll(signing);
                chosen = "every actor who signs in (" + String.join(", ", federated) + ") is";
                // "Enterprise tenants need single sign-on" names a kind of user, not everyone: only some of them federate
                some = !said.containsAny(Vocabulary.STANDARD.everyone());
            }
        }
        Words all = Words.of(String.join(" ", texts));
        Optional<dev.architect.internal.facts.StatedFact> statedShare = dev.architect.internal.facts.StatedFacts.signedInShare(request);
        String sms = all.firstMatch(Vocabulary.STANDARD.smsCodes()).orElse("");
        Words said = Words.of(evidence);
        // Accounts an organisation gives its people at Google or Microsoft are accepted from those providers directly: the
        // organisation already runs them (and decides who has one), so every one of its people has one
        boolean direct = route == Route.SOCIAL && !federated.isEmpty()
                && (said.containsAny(Vocabulary.STANDARD.organisations()) || said.containsAny(Vocabulary.STANDARD.organisationProducts()));
        // An integration that identifies people itself (a card check, an LMS launch, a console's or a bank's account) signs
        // in everyone but the staff
        List<Integration> checks = request.integrations().stream()
                .filter(i -> Words.of(i.nameAndPurpose()).containsAny(Vocabulary.STANDARD.integrationSignIn())).limit(1).toList();
        if (checks.isEmpty()) {
            checks = request.integrations().stream().filter(SignIn::holdsPlatformAccounts).toList();
        }
        // A machine among the actors (a game server, a kiosk) holds no person's account at the integration
        List<String> via = checks.isEmpty() ? List.of() : signing.stream().filter(name -> !staff(request, name)
                && !dev.architect.offline.internal.catalog.ActorRoles.standard().isMachine(Words.of(name))).toList();
        if (!via.isEmpty() && checks.stream().allMatch(SignIn::holdsPlatformAccounts)) {
            // The platforms' accounts are checked by the application itself: no pool's social or federated provider bills them
            return new SignIn(signing, anonymous, Route.OWN_ACCOUNTS, List.of(), "", "", false, sms, false, via,
                    checks.stream().map(i -> i.name() + " (" + i.purpose() + ")").collect(java.util.stream.Collectors.joining(", ")), statedShare);
        }
        return new SignIn(signing, anonymous, route, federated, evidence, chosen, some && !direct, sms, direct, via,
                via.isEmpty() ? "" : checks.stream().map(i -> i.name() + " (" + i.purpose() + ")").collect(java.util.stream.Collectors.joining(", ")), statedShare);
    }

    /**
     * Whether an integration holds the accounts people sign in with at a consumer platform or a public identity scheme
     * ("Steam: login and microtransactions", "BankID: customer login"): it names the platform and says people sign in
     * through it; a platform named only for its store holds no one's sign-in.
     *
     * @param i the integration
     * @return whether people sign in with the accounts it holds
     */
    public static boolean holdsPlatformAccounts(Integration i) {
        Words w = Words.of(i.nameAndPurpose());
        return w.containsAny(Vocabulary.STANDARD.platformAccounts()) && w.containsAny(Vocabulary.STANDARD.platformLogin());
    }

    /**
     * The clause of a sentence that says how people sign in: "Clinics sign in through Google Workspace; pet owners book
     * visits" names the clinics' way, not the pet owners'.
     */
    private static String clauseWith(String sentence, String phrase) {
        for (String clause : sentence.split(";")) {
            if (Words.of(clause).contains(phrase)) {
                return clause.strip();
            }
        }
        return sentence;
    }

    /** Whether an actor, by its name and description, is one of the organisation's own staff. */
    private static boolean staff(ConsultationRequest request, String name) {
        return request.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .map(a -> dev.architect.offline.internal.catalog.ActorRoles.standard().isStaff(Words.of(a.name() + " "
                        + (a.description() == null ? "" : a.description())))).orElse(false);
    }

    /** The last word of an actor's name, which names what it is ("counsellor" of "Guidance counsellor"); blank when too short to say. */
    private static String headNoun(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("\\s+");
        String last = words[words.length - 1];
        return last.length() >= 4 ? last : "";
    }

    /**
     * Whether an actor is a machine rather than a person: its name names one ("Fridge logger"), or its description opens by
     * saying what it is ("a device that reports ...", "a machine client that ..."); a person who uses a device says so later.
     */
    static boolean machine(Actor a) {
        var roles = dev.architect.offline.internal.catalog.ActorRoles.standard();
        if (roles.isMachine(Words.of(a.name()))) {
            return true;
        }
        String[] opening = (a.description() == null ? "" : a.description()).strip().split("\\s+", 4);
        return opening.length >= 2 && (opening[0].equalsIgnoreCase("a") || opening[0].equalsIgnoreCase("an"))
                && roles.isMachine(Words.of(String.join(" ", java.util.Arrays.copyOfRange(opening, 1, Math.min(3, opening.length)))));
    }

    /** Whether an actor, by its name and description, stands outside the organisations whose people federate (a parent). */
    private static boolean ownAccount(ConsultationRequest request, String name) {
        return request.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .map(a -> Words.of(a.name() + " " + (a.description() == null ? "" : a.description())).containsAny(Vocabulary.STANDARD.ownAccounts()))
                .orElse(false);
    }

    /** The activity that shows an actor needs no account: every clause of its description is anonymous. */
    private static Optional<String> anonymousActivity(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String[] clauses = description.strip().split("\\s*(?:[,;]|\\band\\b|\\bor\\b|\\bthen\\b)\\s*");
        boolean any = false;
        for (String clause : clauses) {
            if (clause.isBlank()) {
                continue;
            }
            Words w = Words.of(clause);
            if (!w.containsAny(Vocabulary.STANDARD.anonymousActivities()) || w.containsAny(Vocabulary.STANDARD.personal())) {
                return Optional.empty();
            }
            any = true;
        }
        return any ? Optional.of(description.strip()) : Optional.empty();
    }

    /**
     * The request's clause saying an actor acts without an account ("Most shoppers check out as guests", "gives as a guest"):
     * the actor's own description, or a clause of the description or a goal that names the actor by its name or head noun,
     * holds a guest word in its own sense ("as a guest", not "as a guest of the faculty", and never "guest" alone: a guest
     * lecturer signs in), and no word for an account or signing in beside it: "book without an account, or sign in to save
     * addresses" offers both, so it says nothing sure and the actor keeps signing in.
     */
    private static Optional<String> guestClause(ConsultationRequest request, Actor a) {
        Vocabulary v = Vocabulary.STANDARD;
        String own = a.description() == null ? "" : a.description();
        List<String> texts = new ArrayList<>();
        texts.add(own);
        texts.add(request.description() == null ? "" : request.description());
        texts.addAll(request.goals());
        String head = headNoun(a.name());
        for (String text : texts) {
            for (String clause : dev.architect.offline.internal.archetype.CapabilityShapes.sentences(text)) {
                Words w = Words.of(clause);
                if (w.firstMatch(v.guestWords(), v.guestOtherSenses()).isEmpty() || w.firstMatch(v.accountWords(), v.guestWords()).isPresent()) {
                    continue;
                }
                if (text == own || w.contains(a.name().toLowerCase(Locale.ROOT)) || !head.isEmpty() && w.contains(head)) {
                    return Optional.of(clause);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Route> routeOf(String text) {
        Words w = Words.of(text);
        if (w.containsAny(Vocabulary.STANDARD.enterpriseIdentities())) {
            return Optional.of(Route.ENTERPRISE);
        }
        return w.containsAny(Vocabulary.STANDARD.socialIdentities()) ? Optional.of(Route.SOCIAL) : Optional.empty();
    }

    /**
     * An assumption the population rests on.
     *
     * @param id   its id in the cost plan's notes
     * @param text what is assumed, in words
     */
    public record Assumption(String id, String text) {
    }

    /**
     * The monthly users who sign in, with their basis and any assumption it rests on.
     *
     * @param users           monthly users signing in at the managed pool's own accounts or a social provider
     * @param federatedUsers  monthly users signing in over SAML or OIDC federation (billed at {@value #FEDERATED_KIND})
     * @param basis           the arithmetic in words, for the cost line
     * @param assumptions     the assumptions it rests on, as id and text
     */
    public record Population(double users, double federatedUsers, String basis, List<Assumption> assumptions) {

        public Population {
            assumptions = List.copyOf(assumptions);
        }

        /** Everyone who signs in. */
        public double total() {
            return users + federatedUsers;
        }
    }

    /**
     * The monthly users who sign in: the request's load.signedInShare when stated; else, when some actors only read
     * anonymously, {@value #SIGNED_IN_SHARE_BESIDE_ANONYMOUS} of monthly users (assumption as-signed-in-actors); else,
     * where the design serves public pages read without an account, {@code publicShare} of them (assumption
     * as-signed-in-share); else all of them. Those who sign in over SAML or OIDC are counted apart, split evenly between
     * the actors when only some federate (assumption as-federated-share). Those who sign in directly at the Google or
     * Microsoft accounts their organisation holds are no users of the pool: only the actors outside the organisation are,
     * each actor who signs in an equal share (assumption as-own-account-share).
     *
     * @param w            the workload: monthly users and any stated share
     * @param publicPages  whether the audience reads public pages without an account
     * @param publicShare  the share of such an audience that signs in
     * @return the population and its basis
     */
    public Population population(Workload w, boolean publicPages, double publicShare) {
        double mau = w.monthlyActiveUsers();
        List<Assumption> assumptions = new ArrayList<>();
        double share;
        String shareText;
        boolean someAnonymous = !anonymous.isEmpty() && !signingIn.isEmpty();
        if (w.signedInShare().isPresent()) {
            share = w.signedInShare().get();
            shareText = " x " + pct(share) + " who sign in (the request's load.signedInShare)";
        } else if (statedShare.isPresent()) {
            // The request's sentence says how many sign in: that share, given, wins over every assumption below
            share = statedShare.get().value();
            shareText = " x " + pct(share) + " who sign in (given: " + statedShare.get().evidence() + ")";
        } else if (someAnonymous) {
            share = SIGNED_IN_SHARE_BESIDE_ANONYMOUS;
            shareText = " x " + pct(share) + " who sign in (assumption as-signed-in-actors)";
            assumptions.add(new Assumption("as-signed-in-actors", String.join(", ", signingIn) + (signingIn.size() == 1 ? " signs" : " sign")
                    + " in; " + String.join(", ", anonymous) + " never " + (anonymous.size() == 1 ? "does" : "do") + ", so the identity provider "
                    + "does not bill them. The request does not say how many of its " + Numbers.format(mau) + " monthly users sign in: "
                    + pct(share) + " are taken to (state load.signedInShare to price the real number)"));
        } else if (publicPages) {
            share = publicShare;
            shareText = " x " + pct(share) + " who sign in (assumption as-signed-in-share)";
            assumptions.add(new Assumption("as-signed-in-share", "Public pages are cached at the edge and read without an account: "
                    + pct(publicShare) + " of monthly active users have one and sign in"));
        } else {
            share = 1;
            shareText = "";
        }
        double users = mau * share;
        String basis = Numbers.format(mau) + " monthly active users (the request's load.monthlyActiveUsers)" + shareText;
        if (!viaIntegration.isEmpty() && w.signedInShare().isEmpty() && statedShare.isEmpty()) {
            // The integration identifies these actors and the application opens their session: the pool bills only the rest
            List<String> pool = signingIn.stream().filter(name -> !viaIntegration.contains(name)).toList();
            double poolShare = pool.isEmpty() ? 0 : POOL_SHARE_BESIDE_INTEGRATION;
            users *= poolShare;
            basis += " x " + pct(poolShare) + " who sign in with the managed pool (assumption " + INTEGRATION_SIGN_IN + ")";
            assumptions.add(new Assumption(INTEGRATION_SIGN_IN, String.join(", ", viaIntegration) + (viaIntegration.size() == 1 ? " signs" : " sign")
                    + " in through " + integration + ": the application checks them there and opens its own session, so the managed "
                    + "identity provider holds no account for them and does not bill them" + (pool.isEmpty() ? "; no other actor signs in"
                    : "; " + String.join(", ", pool) + (pool.size() == 1 ? ", the organisation's staff, signs" : ", the organisation's staff, sign")
                    + " in with the managed pool, and the request does not say how many of its " + Numbers.format(mau) + " monthly users "
                    + (pool.size() == 1 ? "that is" : "they are") + ": " + pct(poolShare) + " are taken to be (state load.signedInShare to price the real number)")));
        }
        double federatedUsers = 0;
        if (direct) {
            // The organisation's people sign in at Google or Microsoft themselves: only the others are the pool's users
            List<String> own = ownAccounts();
            double ownShare = signingIn.isEmpty() ? 0 : (double) own.size() / signingIn.size();
            if (!own.isEmpty()) {
                assumptions.add(new Assumption(OWN_ACCOUNT_SHARE, String.join(", ", federated) + " sign in with the accounts their "
                        + "organisation holds at Google or Microsoft (" + quoted() + "), which the application accepts directly, so "
                        + "no pool bills them; " + String.join(", ", own) + " hold" + (own.size() == 1 ? "s" : "") + " no such account. "
                        + "The request does not say how many of those who sign in are " + String.join(", ", own) + ": each of the "
                        + signingIn.size() + " actors who sign in is taken as an equal share, so " + pct(ownShare) + " have accounts in the pool"));
            }
            basis += " x " + pct(ownShare) + " with accounts of their own (" + (own.isEmpty() ? "everyone who signs in does so at their "
                    + "organisation's Google or Microsoft accounts" : "assumption " + OWN_ACCOUNT_SHARE) + ")";
            return new Population(users * ownShare, 0, basis, assumptions);
        }
        boolean mixed = federated.size() < signingIn.size() || onlySome;
        if (route == Route.ENTERPRISE && !federated.isEmpty()) {
            double fedShare = mixed ? FEDERATED_SHARE_OF_MIXED : 1;
            federatedUsers = Numbers.round(users * fedShare, 0);
            users -= federatedUsers;
        }
        if (route == Route.ENTERPRISE && mixed && !federated.isEmpty()) {
            assumptions.add(new Assumption("as-federated-share", "Only some of those who sign in bring their own directory ("
                    + quoted() + "); the request does not say how many, so " + pct(FEDERATED_SHARE_OF_MIXED) + " of them, among "
                    + String.join(", ", federated) + ", are taken to sign in over SAML or OIDC federation and the rest with accounts of their own"));
        }
        if (route != Route.OWN_ACCOUNTS && !federatedChosen.isEmpty()) {
            assumptions.add(new Assumption("as-federated-actors", quoted() + " names no actor: " + federatedChosen
                    + " taken to sign in that way"));
        }
        return new Population(users, federatedUsers, basis, assumptions);
    }

    /** How the federated actors' sign-in is billed, in words, for the cost line; empty when nobody federates. */
    public String billing() {
        String who = (onlySome ? "some of " : "") + String.join(", ", federated);
        List<String> own = ownAccounts();
        String others = own.isEmpty() ? "" : "; " + String.join(", ", own) + (own.size() == 1 ? " signs" : " sign")
                + " in with an account of " + (own.size() == 1 ? "its" : "their") + " own (an email link or a password)";
        if (direct) {
            return String.join(", ", federated) + " sign in with the accounts their organisation holds at Google or Microsoft ("
                    + quoted() + "), accepted by the application directly over OpenID Connect, so the pool bills none of them" + others;
        }
        return switch (route) {
            case OWN_ACCOUNTS -> "";
            case SOCIAL -> who + " sign in with the identity they bring (" + quoted()
                    + "), through a social provider the managed pool has built in, billed as an ordinary monthly user" + others;
            case ENTERPRISE -> who + " sign in with the identity they bring (" + quoted()
                    + "), over SAML or OIDC federation, billed at the vendor's federation price" + others;
        };
    }

    /**
     * Whether those who federate over SAML or OIDC are the customers' people, each customer organisation bringing its own
     * directory ("Enterprise customers sign in with SAML", "Okta: enterprise single sign-on"), rather than the system
     * owner's staff ("our auctioneers sign in through Okta").
     *
     * @return whether the federated directories are the customers'
     */
    public boolean customerDirectories() {
        Words said = Words.of(evidence);
        return route == Route.ENTERPRISE && !federated.isEmpty() && (said.containsAny(Vocabulary.STANDARD.customers())
                || said.containsAny(Vocabulary.STANDARD.customerOrganisations())) && !said.containsAny(Vocabulary.STANDARD.ownStaff());
    }

    /**
     * Whether the request says those who sign in through the identity they bring are customers ("Enterprise customers sign
     * in with SAML"): they are then no workforce, whatever their roles are called.
     *
     * @return whether the federating people are named as customers
     */
    public boolean federatedAreCustomers() {
        return !federated.isEmpty() && Words.of(evidence).containsAny(Vocabulary.STANDARD.customers());
    }

    /** The actors who sign in with accounts of their own: those who sign in and are not federated. */
    public List<String> ownAccounts() {
        return signingIn.stream().filter(name -> !federated.contains(name)).toList();
    }

    private String quoted() {
        return "\"" + evidence.replaceAll("[.\\s]+$", "") + "\"";
    }

    private static String pct(double share) {
        return Numbers.format(Numbers.round(share * 100, 2)) + "%";
    }
}
