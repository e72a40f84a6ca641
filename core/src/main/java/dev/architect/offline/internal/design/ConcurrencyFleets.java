package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DailyLoadShape;
import dev.architect.dossier.DecisionTopic;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts sized by how many clients are on them at once rather than by requests a second ({@code concurrency-fleets.yaml}):
 * dedicated game servers by matches, sync nodes by editors, media servers by participants, device gateways by the
 * devices holding a socket. Read and checked when loaded; a bad entry fails naming it.
 */
final class ConcurrencyFleets {

    static final String RESOURCE = "/dev/architect/offline/concurrency-fleets.yaml";

    /** What one instance of a fleet holds. */
    enum Unit {
        MATCHES("matches"), PARTICIPANTS("participants"), EDITORS("editors"), CONNECTIONS("connections"), DEVICES("devices");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        /** The plural noun the sizing text uses. */
        String word() {
            return word;
        }
    }

    /** Who is counted to get a fleet's units. */
    enum Holders {
        /** The concurrent users, players or connections the request states. */
        PEOPLE,
        /** The devices that hold a connection, day and night. */
        DEVICES
    }

    /** Where a fleet's instances run. */
    enum Platform {
        /** The platform the deployment decision chose for the services. */
        APPLICATION,
        /** Virtual machines or a node pool of its own. */
        NODES
    }

    /**
     * How many people one unit holds (a match), read from the request where it says so.
     *
     * @param nouns      what the group is called, singular
     * @param teams      whether "5v5" gives the group as the two teams' sum
     * @param assumed    the size when the request states none
     * @param assumption its id
     * @param basis      why that size
     */
    record Group(List<String> nouns, boolean teams, double assumed, String assumption, String basis) {
    }

    /**
     * The units on at the busiest moment when the request states no concurrency.
     *
     * @param shareOfMonthlyUsers the share of monthly users on at once
     * @param assumption          its id
     * @param basis               why that share
     */
    record Unstated(double shareOfMonthlyUsers, String assumption, String basis) {
    }

    /**
     * The decision whose chosen option must have one of the shapes for the part to carry the load.
     *
     * @param topic  the decision topic
     * @param shapes the shapes
     */
    record OnlyWhen(DecisionTopic topic, List<String> shapes) {
    }

    /**
     * One fleet.
     *
     * @param serves       the unit one instance holds
     * @param heldBy       who is counted
     * @param group        people a unit holds, when a unit is a group
     * @param perInstance  units one instance holds at full load
     * @param machine      the machine that figure is for
     * @param source       an https page, or the id of the assumption that says it is an estimate
     * @param basis        why
     * @param platform     where its instances run
     * @param headroom     the share kept free above the peak
     * @param standbyReady instances a warm standby region keeps ready
     * @param unstated     the units from monthly users when no concurrency is stated
     * @param onlyWhen     the decision that must choose one of its shapes, or null
     * @param autoscaler   what adds and removes a NODES fleet's servers with the people on it, or null where nothing does
     */
    record Fleet(Unit serves, Holders heldBy, Group group, double perInstance, String machine, String source, String basis,
                 Platform platform, double headroom, int standbyReady, Unstated unstated, OnlyWhen onlyWhen, String autoscaler) {

        /** Whether the capacity per instance is an estimate (an assumption id), not a cited page. */
        boolean estimated() {
            return !source.startsWith("https://");
        }
    }

    /**
     * The words by which a request says a thing holds a connection.
     *
     * @param verbs   the verbs
     * @param objects what is held
     */
    record Holding(List<String> verbs, List<String> objects) {
    }

    /** The file's shape. */
    record File(Map<String, Fleet> fleets, Holding holding) {
    }

    private final Map<String, Fleet> fleets;
    private final Pattern everyHolder;
    private final Pattern holds;

    private ConcurrencyFleets(Map<String, Fleet> fleets, Holding holding) {
        this.fleets = fleets;
        String verbs = alternatives(holding.verbs());
        String objects = alternatives(holding.objects());
        this.holds = Pattern.compile("\\b(?:" + verbs + ")\\b" + CLAUSE + "\\b(?:" + objects + ")\\b");
        this.everyHolder = Pattern.compile("\\b(?:every|each)\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:" + verbs + ")\\b" + CLAUSE + "\\b(?:" + objects + ")\\b");
    }

    /** Up to 60 characters of one clause: a full stop ends it, a dot inside a version ("OCPP 1.6J") does not. */
    private static final String CLAUSE = "(?:[^.;:]|\\.(?=\\S)){0,60}?";

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q")).toList());
    }

    private static final class Holder {
        static final ConcurrencyFleets STANDARD = DataFiles.shipped(RESOURCE, "concurrency fleets", ConcurrencyFleets::read);
    }

    static ConcurrencyFleets standard() {
        return Holder.STANDARD;
    }

    /** The fleet of a part, when the file lists it. */
    Optional<Fleet> of(String partId) {
        return Optional.ofNullable(fleets.get(partId));
    }

    /**
     * Reads the file; an unknown key, a part no archetype has, a non-positive capacity, a headroom outside 0 to 1, a
     * source that is neither an https page nor an assumption id, or a blank basis fails naming the entry.
     */
    static ConcurrencyFleets read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "concurrency fleets");
        Map<String, Fleet> by = new LinkedHashMap<>();
        (file.fleets() == null ? Map.<String, Fleet>of() : file.fleets()).forEach((id, f) -> {
            String at = where + ": fleets." + id;
            if (Archetypes.standard().archetypes().stream().noneMatch(a -> a.components().stream().anyMatch(c -> c.id().equals(id))
                    || a.kinds().stream().anyMatch(k -> k.components() != null && k.components().stream().anyMatch(c -> c.id().equals(id))))) {
                throw new IllegalStateException(at + ": no archetype has a component '" + id + "'");
            }
            if (f == null || f.serves() == null || f.heldBy() == null || f.platform() == null) {
                throw new IllegalStateException(at + ": serves, heldBy and platform are required");
            }
            if (!(f.perInstance() > 0) || Double.isInfinite(f.perInstance())) {
                throw new IllegalStateException(at + ".perInstance must be a positive number");
            }
            if (!(f.headroom() >= 0 && f.headroom() <= 1)) {
                throw new IllegalStateException(at + ".headroom must be between 0 and 1");
            }
            if (f.standbyReady() < 0) {
                throw new IllegalStateException(at + ".standbyReady must be 0 or more");
            }
            if (f.source() == null || !(f.source().startsWith("https://") || f.source().matches("as-[a-z0-9-]+"))) {
                throw new IllegalStateException(at + ".source must be an https page or an assumption id (as-...)");
            }
            text(at + ".basis", f.basis());
            text(at + ".machine", f.machine());
            if (f.unstated() == null || !(f.unstated().shareOfMonthlyUsers() > 0) || f.unstated().shareOfMonthlyUsers() > 1) {
                throw new IllegalStateException(at + ".unstated.shareOfMonthlyUsers must be above 0 and at most 1");
            }
            assumptionId(at + ".unstated.assumption", f.unstated().assumption());
            text(at + ".unstated.basis", f.unstated().basis());
            if (f.group() != null) {
                if (f.group().nouns() == null || f.group().nouns().isEmpty() || !(f.group().assumed() >= 2)) {
                    throw new IllegalStateException(at + ".group needs nouns and an assumed size of at least 2");
                }
                assumptionId(at + ".group.assumption", f.group().assumption());
                text(at + ".group.basis", f.group().basis());
            }
            if (f.autoscaler() != null && (f.autoscaler().isBlank() || f.platform() != Platform.NODES || f.heldBy() != Holders.PEOPLE)) {
                throw new IllegalStateException(at + ".autoscaler is said only of a NODES fleet held by PEOPLE, and not blank");
            }
            if (f.onlyWhen() != null && (f.onlyWhen().topic() == null || f.onlyWhen().shapes() == null || f.onlyWhen().shapes().isEmpty())) {
                throw new IllegalStateException(at + ".onlyWhen needs a topic and its shapes");
            }
            by.put(id, f);
        });
        Holding holding = file.holding();
        if (holding == null || holding.verbs() == null || holding.verbs().isEmpty() || holding.objects() == null || holding.objects().isEmpty()) {
            throw new IllegalStateException(where + ": holding needs verbs and objects");
        }
        return new ConcurrencyFleets(by, holding);
    }

    private static void text(String at, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(at + " must be given");
        }
    }

    private static void assumptionId(String at, String value) {
        if (value == null || !value.matches("as-[a-z0-9-]+")) {
            throw new IllegalStateException(at + " must be an assumption id (as-...)");
        }
    }

    /** A figure read from the request or assumed, with where it came from. */
    record Count(double value, String provenance) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million))?";

    /**
     * People one group holds, where the request says so: "5v5" or "3 vs 3" (the teams' sum, when the fleet counts
     * teams), "matches of 6 players", "10 players per match", "10-player matches"; else the fleet's assumption.
     */
    static Count groupSize(Group g, ConsultationRequest request) {
        String nouns = String.join("|", g.nouns().stream().map(n -> Pattern.quote(n) + "|" + Pattern.quote(Names.plural(n))).toList());
        List<Pattern> sizes = List.of(
                Pattern.compile("\\b(?:" + nouns + ")\\s+of\\s+(?:about\\s+|up\\s+to\\s+)?(\\d{1,4})\\s+(?:players|people|participants|members)\\b"),
                Pattern.compile("\\b(\\d{1,4})\\s+(?:players|people|participants)\\s+(?:per|a|each|in\\s+(?:a|each|every))\\s+(?:" + nouns + ")\\b"),
                Pattern.compile("\\b(\\d{1,4})-(?:player|person)\\s+(?:" + nouns + ")\\b"));
        // "5v5" written together names two teams; spaced ("20 vs 1") only when the sides are equal, else it is a ratio
        Pattern teams = Pattern.compile("\\b(\\d{1,2})(?:v|\\s+vs\\.?\\s+|\\s+versus\\s+)(\\d{1,2})\\b");
        for (Field f : fields(request)) {
            String text = f.text().toLowerCase(Locale.ROOT);
            for (Pattern p : sizes) {
                Matcher m = p.matcher(text);
                if (m.find() && Integer.parseInt(m.group(1)) >= 2) {
                    return new Count(Integer.parseInt(m.group(1)), "given: " + f.name() + " \"" + m.group() + "\"");
                }
            }
            Matcher t = teams.matcher(text);
            while (g.teams() && t.find()) {
                if (t.group().contains(" ") && !t.group(1).equals(t.group(2))) {
                    continue;
                }
                int sum = Integer.parseInt(t.group(1)) + Integer.parseInt(t.group(2));
                return new Count(sum, "given: " + f.name() + " \"" + t.group() + "\", " + t.group(1) + " + " + t.group(2) + " players");
            }
        }
        return new Count(g.assumed(), "assumed: " + g.assumption());
    }

    /**
     * The devices the request counts as holding a connection, where it names the thing that holds it ("every charger holds
     * a websocket", an actor that "keeps an OCPP websocket open") and states how many of it there are ("14,000 public
     * charge points"); empty when it does not.
     */
    Optional<Count> holdersCounted(ConsultationRequest request) {
        List<String> holders = new ArrayList<>();
        String description = request.description() == null ? "" : request.description().toLowerCase(Locale.ROOT);
        Matcher every = everyHolder.matcher(description);
        while (every.find()) {
            holders.add(every.group(1).trim());
        }
        for (dev.architect.request.Actor a : request.actors()) {
            if (a.description() != null && holds.matcher(a.description().toLowerCase(Locale.ROOT)).find()) {
                holders.add(a.name().toLowerCase(Locale.ROOT).trim());
            }
        }
        // The fleet is the largest count of the thing stated: "waves of at most 500 chargers" is a share of "14,000 charge points"
        Optional<Count> largest = Optional.empty();
        for (String holder : holders) {
            // the count may carry a few adjectives ("60,000 smart parcel lockers")
            Pattern counted = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?" + Pattern.quote(holder).replace(" ", "\\E\\s+\\Q")
                    + "(?:s|es)?\\b");
            Matcher m = counted.matcher(description);
            while (m.find()) {
                double n = Double.parseDouble(m.group(1).replace(",", ""))
                        * (m.group(2) == null ? 1 : m.group(2).equals("thousand") ? 1_000 : 1_000_000);
                if (largest.isEmpty() || n > largest.get().value()) {
                    largest = Optional.of(new Count(n, "given: description \"" + m.group() + "\", each holding a connection"));
                }
            }
        }
        return largest;
    }

    /**
     * What a request says of the clients on its concurrency-sized parts.
     *
     * @param devices the devices it counts as holding a connection, when it does
     * @param groups  people a group holds, by the part's id, for each fleet whose unit is a group
     */
    record Said(Optional<Count> devices, Map<String, Count> groups) {
    }

    /** Reads what a request says of the clients on every listed fleet. */
    Said said(ConsultationRequest request) {
        Map<String, Count> groups = new LinkedHashMap<>();
        fleets.forEach((id, f) -> {
            if (f.group() != null) {
                groups.put(id, groupSize(f.group(), request));
            }
        });
        return new Said(holdersCounted(request), groups);
    }

    private record Field(String name, String text) {
    }

    private static List<Field> fields(ConsultationRequest request) {
        List<Field> out = new ArrayList<>();
        if (request.description() != null) {
            out.add(new Field("description", request.description()));
        }
        for (int i = 0; i < request.goals().size(); i++) {
            out.add(new Field("goals[" + i + "]", request.goals().get(i)));
        }
        return out;
    }

    /**
     * A fleet sized: instances at peak in the serving region and in all, instance-months billed, and the formula with each
     * figure's provenance.
     *
     * @param perRegion  instances at peak in the region that serves (each, when active-active)
     * @param total      instances at peak over every region
     * @param months     instance-months billed a month
     * @param units      the units at peak, over every region
     * @param text       the line's basis: the formula with provenance
     */
    record Sized(int perRegion, int total, double months, double units, String text) {
    }

    /** The shape of the regions and of the day a fleet is sized into. */
    record Frame(CostPlanner.RecoveryMode mode, int regions, int minimum, double peakToAverage, DailyLoadShape.Shape day, boolean scales) {
    }

    /**
     * Sizes a fleet: units = concurrency / people a group (when a unit is a group); per region = ceil(units in the region
     * x (1 + headroom) / perInstance), at least the minimum; standby regions as the recovery mode says; instance-months
     * = (peak count x peak hours + the count the average concurrency needs x the other hours) / 730 where the platform
     * scales, the peak count all month where it does not or where the holders are devices.
     */
    static Sized size(Fleet f, Count concurrency, Optional<Count> group, Frame frame) {
        double units = group.map(g -> concurrency.value() / g.value()).orElse(concurrency.value());
        String unitsText = group.map(g -> Numbers.format(concurrency.value()) + " at peak (" + concurrency.provenance() + ") / "
                + Numbers.format(g.value()) + " a " + f.group().nouns().get(0) + " (" + g.provenance() + ") = "
                + Numbers.format(Numbers.round(units, 2)) + " " + f.serves().word())
                .orElse(Numbers.format(concurrency.value()) + " " + f.serves().word() + " at peak (" + concurrency.provenance() + ")");
        boolean split = frame.mode() == CostPlanner.RecoveryMode.ACTIVE_ACTIVE;
        double share = split ? units / frame.regions() : units;
        int n = count(share, f, frame.minimum());
        String capacity = Numbers.format(f.perInstance()) + " " + f.serves().word() + " per " + f.machine() + " instance ("
                + (f.estimated() ? "assumed: " + f.source() : "source: " + f.source()) + ")";
        String formula = "max(" + frame.minimum() + ", ceil(" + Numbers.format(Numbers.round(share, 2)) + " " + f.serves().word()
                + (split ? " in each of " + frame.regions() + " regions" : "") + " x (1 + " + Numbers.format(f.headroom()) + " headroom) / "
                + capacity + ")) = " + Numbers.format(n);
        int standby = Math.min(n, f.standbyReady());
        int total;
        String placed;
        switch (frame.mode()) {
            case ACTIVE_ACTIVE -> {
                total = n * frame.regions();
                placed = Numbers.format(n) + " in each of " + frame.regions() + " active regions";
            }
            case WARM_STANDBY -> {
                total = n + standby * (frame.regions() - 1);
                placed = Numbers.format(n) + " in the first region + " + standby + " kept ready in each of " + (frame.regions() - 1) + " standby "
                        + (frame.regions() == 2 ? "region" : "regions");
            }
            case PILOT_LIGHT -> {
                total = n;
                placed = Numbers.format(n) + " in the first region; none in the pilot-light regions";
            }
            default -> {
                total = n;
                placed = Numbers.format(n) + " in the one region";
            }
        }
        String text = Numbers.format(total) + " instances: " + unitsText + "; " + formula + "; " + placed;
        boolean follows = frame.scales() || f.autoscaler() != null;
        if (f.heldBy() == Holders.DEVICES || !follows || frame.peakToAverage() <= 1) {
            String why = f.heldBy() == Holders.DEVICES ? "devices hold their sockets day and night, so the peak count runs all month"
                    : !follows ? "the peak count runs all month on instances provisioned for it" : "";
            return new Sized(n, total, total, units, text + (why.isEmpty() ? "" : "; " + why));
        }
        double average = share / frame.peakToAverage();
        int off = count(average, f, frame.minimum());
        int offTotal = switch (frame.mode()) {
            case ACTIVE_ACTIVE -> off * frame.regions();
            case WARM_STANDBY -> off + Math.min(off, f.standbyReady()) * (frame.regions() - 1);
            default -> off;
        };
        if (offTotal >= total) {
            return new Sized(n, total, total, units, text);
        }
        double peakHours = frame.day().peakHoursAMonth(CostPlanner.HOURS_PER_MONTH);
        double otherHours = Numbers.round(CostPlanner.HOURS_PER_MONTH - peakHours, 2);
        double months = Numbers.round((total * peakHours + offTotal * otherHours) / CostPlanner.HOURS_PER_MONTH, 2);
        String scaler = frame.scales() || f.autoscaler() == null ? "the platform scales" : f.autoscaler() + " follows the day";
        return new Sized(n, total, months, units, text + "; billed as " + scaler + ": " + Numbers.format(total) + " for the " + Numbers.format(peakHours)
                + " peak hours (" + frame.day().hoursText() + ", " + frame.day().source() + ") + " + Numbers.format(offTotal) + " for the other " + Numbers.format(otherHours)
                + " hours, for " + Numbers.format(Numbers.round(average, 2)) + " " + f.serves().word() + " on average" + (split ? " in each region" : "")
                + " (peak / " + Numbers.format(frame.peakToAverage()) + "): (" + Numbers.format(total) + " x " + Numbers.format(peakHours) + " + " + Numbers.format(offTotal) + " x "
                + Numbers.format(otherHours) + ") / " + Numbers.format(CostPlanner.HOURS_PER_MONTH) + " = " + Numbers.format(months) + " instance-months");
    }

    private static int count(double units, Fleet f, int minimum) {
        // rounded first, so 4,200.0000001 does not become an instance more
        return Math.max(minimum, (int) Math.ceil(Numbers.round(units * (1 + f.headroom()) / f.perInstance(), 6)));
    }
}
