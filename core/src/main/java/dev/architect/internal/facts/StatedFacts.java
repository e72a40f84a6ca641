package dev.architect.internal.facts;

import dev.architect.internal.Numbers;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures the request states in its description or goals rather than in a field: concurrent connections ("800,000
 * concurrent players"), devices that report on an interval ("150,000 sensors report every 30 seconds"), retention per
 * class of data ("raw readings kept 2 years, hourly aggregates 20 years"), a spike factor ("traffic spikes 3x at
 * kick-off") and a count of users ("2 million players"). Each keeps the phrase it was read from, matched on whole
 * words and numbers, so a stated figure is used as stated instead of being replaced by an assumption.
 *
 * @param concurrentConnections clients connected at the busiest moment
 * @param deviceRate devices and how often each reports
 * @param retention how long each named class of data is kept, in the order stated
 * @param spikeFactor how far traffic rises over its usual level at the busiest moment
 * @param users people who use the system (a month)
 * @param messageRate records written a second stated outright ("4,000 messages a second", "2,500 readings/s"): the write rate
 * @param busiestStream the largest rate of anything the request says moves a second ("40,000 price changes a second"),
 *                      which a broker carrying it is sized for; it is not a write rate, nor requests
 * @param spikeOverPeak how far a stated spike rises over the stated peak itself ("a spike of 3x normal peak"), which the
 *                      peak does not yet carry
 * @param monthlyGrowth the share by which use grows each month ("growing 5% a month" is 0.05; a yearly rate is turned
 *                      into the monthly one that compounds to it)
 * @param fileMb the size of the files the system stores or serves, in MB ("2 MB photos", "an average episode is 50 MB")
 * @param downloads files downloaded a month with their size, when the request states both for the same files
 * @param volumes counts of things a month the request states ("2 million SMS a month", "300,000 identity checks a
 *                month"; a day's or a week's count is turned into the month's), each with its phrase
 * @param ratesPerItem how many of one thing each of another brings ("each load sends 3 SMS", "2 geocoding requests per
 *                     delivery"), which a stated count of the items turns into a count a month
 * @param crossRegionBackups where the request asks for a copy of the backups in another region ("backups must be copied to
 *                           a second region", "cross-region backups", "off-site backups"); its value is 1
 * @param mediaUploads files stored a month and their stated size ("3,000 calls a day are recorded; each recording is about
 *                     8 MB"), when both are stated for the same files
 * @param archiveAfterDays days after which stored files move to an archive or infrequent-access class ("recordings move to
 *                         archive after 90 days"), when stated
 * @param burstHours hours a month within which the request says its traffic comes ("almost all traffic comes between
 *                   08:30 and 09:15 on school days" is 0.75 hours x 21.73 weekdays = 16.3 hours)
 * @param readingsPerMessage readings one device message carries, when the request says so ("each turbine sends 300
 *                           sensor channels once a second", "each message carries 50 readings")
 * @param readingBytes the size of one reading in bytes, when the request states it ("12-byte readings")
 * @param liveUpdates things counted and how often each changes ("odds for 2,000 live events change several times a
 *                    second", "each of 300 live blogs gets an entry every 30 s"), the busiest the request states
 */
public record StatedFacts(Optional<StatedFact> concurrentConnections, Optional<DeviceRate> deviceRate, List<Retention> retention,
                          Optional<StatedFact> spikeFactor, Optional<StatedFact> users, Optional<StatedFact> messageRate,
                          Optional<StatedFact> spikeOverPeak, Optional<StatedFact> monthlyGrowth, Optional<StatedFact> fileMb,
                          Optional<Downloads> downloads, Optional<StatedFact> burstHours, List<StatedCount> volumes,
                          List<StatedRate> ratesPerItem, Optional<StatedFact> crossRegionBackups, Optional<MediaUploads> mediaUploads,
                          Optional<StatedFact> archiveAfterDays, Optional<StatedFact> busiestStream,
                          Optional<StatedFact> readingsPerMessage, Optional<StatedFact> readingBytes,
                          Optional<LiveUpdates> liveUpdates) {

    public StatedFacts {
        retention = List.copyOf(retention);
        volumes = List.copyOf(volumes);
        ratesPerItem = List.copyOf(ratesPerItem);
    }

    /**
     * A number as people write it: 800,000 / 800k / 1.5 million / 2M / a million / 3. Group 1 the digits, groups 2 and 3
     * the multiplier (attached or as a word).
     */
    /** A number as a request writes it ("9,000", "1.5 million", "40k"): digits in group 1, its multiplier in groups 2 and 3 ({@link #number}). */
    public static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:a|one)(?=\\s+(?:thousand|million|billion)\\b))(?:(k|m|mn|bn)\\b|\\s*(thousand|million|millions|billion|billions)\\b)?";

    /** People or clients that hold a connection. */
    private static final String CLIENTS = "(?:players|users|connections|clients|sessions|viewers|listeners|devices|subscribers|members|participants|"
            + "fans|spectators|drivers|riders|customers|visitors|gamers|attendees|learners|students|agents|sockets|websockets|"
            + "bidders|buyers|applicants|candidates|shoppers|readers|guests|traders|patients|tutors|teachers|couriers|people|phones|editors|punters|bettors|followers)";
    private static final Pattern CONNECTIONS_BEFORE = Pattern.compile("\\b" + NUMBER + "\\s+(?:peak\\s+)?(?:concurrent|simultaneous|concurrently\\s+connected)"
            + "(?:\\s+[a-z-]+){0,2}?\\s+" + CLIENTS + "\\b");
    private static final Pattern CONNECTIONS_ONLINE = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?" + CLIENTS
            + "\\s+(?:are\\s+|stay\\s+|remain\\s+)?(?:online|connected|playing)\\s+(?:at\\s+once|at\\s+the\\s+same\\s+time|simultaneously|concurrently|at\\s+peak)\\b");
    /**
     * "6,000 live bidders", "40,000 players connected at the evening peak", "up to 9,000 applicants online on the deadline
     * night": clients said to be live, online or connected at a moment. "Connected to the grid" or "online each month" names
     * no moment, so after the word only the end of the clause or a time qualifier may follow; "connected devices" is a
     * count of devices, not of connections held at once.
     */
    /** A word that opens when something happens: "at the evening peak", "on the deadline night", "during the final". */
    private static final String MOMENT = "(?:at|on|during|in\\s+the|over|through|throughout|around|before|when|while)\\b";
    private static final Pattern CONNECTIONS_LIVE = Pattern.compile("\\b" + NUMBER + "\\s+(?:live|online)\\s+(?:[a-z-]+\\s+)?" + CLIENTS + "\\b");
    private static final Pattern CONNECTIONS_AT_A_MOMENT = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?" + CLIENTS
            + "\\s+(?:are\\s+|stay\\s+|remain\\s+|will\\s+be\\s+)?(?:online|connected|live|logged\\s+in|signed\\s+in)"
            + "(?:\\s+" + MOMENT + "[^,.;:()]{0,40}?(?=\\s*(?:[,.;:)]|$))|\\s*(?=[,.;:)]|$)|(?=\\s+" + MOMENT + "))");
    /**
     * "28,000 chargers keep a websocket open", "every kiosk holds an MQTT connection": things said to hold a connection
     * open, whatever they are called; the count stands before them.
     */
    private static final Pattern CONNECTIONS_HELD = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\s+(?:each\\s+|all\\s+)?"
            + "(?:keep|hold|maintain|have|open)\\s+(?:a|an|one|their|its)?\\s*(?:open\\s+|persistent\\s+|live\\s+|long-lived\\s+)?"
            + "(?:websocket|web\\s+socket|mqtt|socket|sse|streaming|persistent|grpc\\s+stream)(?:\\s+connections?)?(?:\\s+open)?\\b");
    /**
     * "Up to 400,000 phones hold a connection at the evening peak", "80,000 clients keep connections open": a plain
     * connection kept or held names the connections held at once, whatever the protocol; "have a connection" does not
     * (a shop "has a connection to" its bank).
     */
    private static final Pattern CONNECTIONS_KEPT = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\s+(?:each\\s+|all\\s+)?"
            + "(?:keep|hold|maintain)\\s+(?:a|an|one|their|its)?\\s*(?:open\\s+|live\\s+|long-lived\\s+)?connections?\\b(?!\\s+(?:to|with)\\b)");
    /**
     * "900,000 connected customers": people said to be connected hold a connection each. Devices are left out: "2 million
     * connected devices" counts the devices a fleet has, not the connections held at one moment.
     */
    private static final Pattern CONNECTED_PEOPLE = Pattern.compile("\\b" + NUMBER + "\\s+(?:concurrently\\s+)?connected\\s+"
            + "(?:players|users|clients|viewers|listeners|subscribers|members|participants|fans|spectators|drivers|riders|customers|visitors|"
            + "gamers|attendees|learners|students|agents|bidders|buyers|shoppers|readers|guests|traders|patients|couriers|people|passengers|punters|bettors|followers)\\b");
    /**
     * "300,000 readers follow a live blog at once", "80,000 fans are following live": people said to follow or watch
     * something at one moment hold a connection each while they do.
     */
    private static final Pattern CONNECTIONS_FOLLOWING = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?" + CLIENTS
            + "\\s+(?:are\\s+)?(?:follow|follows|following|watch|watches|watching)(?:\\s+live\\b|\\b[^,.;:()]{0,40}?\\b(?:at\\s+once|"
            + "at\\s+the\\s+same\\s+time|simultaneously|concurrently)\\b)");
    private static final Pattern CONNECTIONS_AFTER = Pattern.compile("\\b(?:concurrent|simultaneous)\\s+(?:[a-z-]+\\s+)?" + CLIENTS
            + "\\s*(?::|=|of|at|reach|reaches|reaching|up\\s+to|peak\\s+at|peaking\\s+at)?\\s*(?:up\\s+to\\s+|about\\s+|around\\s+)?\\b" + NUMBER);

    private static final String UNIT = "(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?)";
    /** Words that describe the devices before their noun: "pressure, temperature and flow" sensors, "barrier" gates. */
    private static final String MODIFIERS = "(?:[a-z-]+,?\\s+(?:(?:and|or)\\s+)?){0,5}?";
    /** A report verb and its interval: "report occupancy every 10 seconds", "send a reading once a minute". */
    private static final String REPORTS = "\\s+(?:(?:that|which|each|all|will|must|should|can)\\s+)*"
            + "(?:report|send|publish|emit|transmit|push|upload|stream|post|ping)(?:s|es|ed|ing)?\\b(?:\\s+[a-z-]+,?){0,8}?\\s+"
            + "(?:every\\s+(?:" + NUMBER + "\\s*)?" + UNIT + "\\b|once\\s+(?:a|an|per|every)\\s+" + UNIT + "\\b|(\\d+|twice)\\s+(?:times\\s+)?(?:a|an|per)\\s+" + UNIT + "\\b)";
    private static final Pattern DEVICES = Pattern.compile("\\b" + NUMBER + "\\s+" + MODIFIERS + "([a-z-]+s)" + REPORTS);
    /** The report clause without its count ("gates report occupancy every 10 seconds"); the count stands earlier. */
    private static final Pattern DEVICES_LATER = Pattern.compile("\\b([a-z-]+s)" + REPORTS);
    /** A rate stated outright: "4,000 messages a second", "12k readings per second", "2,500 events/s". */
    private static final String PER_TIME = "(?:\\s+(?:a|an|per|each|every)\\s+|\\s*/\\s*)(seconds?|secs?|s|minutes?|mins?)\\b";
    private static final Pattern MESSAGE_RATE = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?(?:messages|msgs?|readings|events|measurements|"
            + "samples|updates|data\\s+points|telemetry\\s+points|pings|writes)" + PER_TIME);
    /**
     * Any stream stated as a rate, records or not ("40,000 price changes a second", "1,100 positions a minute"): a broker
     * carries it, but it sets neither the write rate nor the requests.
     */
    private static final Pattern STREAM_RATE = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?(?:messages|msgs?|readings|events|measurements|"
            + "samples|updates|data\\s+points|telemetry\\s+points|pings|writes|changes|ticks|quotes|notifications|heartbeats|positions|signals)" + PER_TIME);

    /** A live interval: seconds or minutes (a change a day is no live update). */
    private static final String LIVE_UNIT = "(seconds?|secs?|s|minutes?|mins?)";
    /**
     * "Odds for 2,000 live events change several times a second", "1,500 prices update twice a second": things counted,
     * each changing so many times a second or minute; "several", "a few" and "many" are {@link LiveUpdates#SEVERAL}.
     */
    private static final Pattern THINGS_CHANGE = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\s+(?:each\\s+)?"
            + "(?:change|changes|update|updates|move|moves|refresh|refreshes|tick|ticks)\\s+(?:about\\s+|around\\s+|roughly\\s+|up\\s+to\\s+)?"
            + "(several|a\\s+few|many|\\d+|twice|once)\\s+(?:times\\s+)?(?:a|an|per|every)\\s+" + LIVE_UNIT + "\\b");
    /** "Each of 300 live blogs gets an entry every 30 s": things counted, each updated once an interval. */
    private static final Pattern EACH_OF_THINGS = Pattern.compile("\\beach\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?" + NUMBER
            + "\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\s+(?:gets|receives|has|sees|posts|publishes|changes|updates|is\\s+updated)\\b(?:\\s+[a-z-]+){0,3}?"
            + "\\s+every\\s+(?:" + NUMBER + "\\s*)?" + LIVE_UNIT + "\\b");

    private static final String KEPT = "(?:(?:are|is|be|must\\s+be|should\\s+be|get|gets)\\s+)?(?:kept|retained|stored|held|archived|preserved)";
    /** A duration that ends its clause, so "growing 50 GB a month" is not read as 50 years. */
    private static final String DURATION = NUMBER + "\\s*(years?|yrs?|months?|days?)?(?=\\s*(?:[,.;:)]|and\\b|while\\b|but\\b|for\\b|$))";
    /** Up to three words naming a class of data; a word may carry an interval ("1-minute aggregates"). */
    private static final String DATA_CLASS = "((?:(?:\\d+-)?[a-z-]+\\s+){0,2}?(?:\\d+-)?[a-z-]+)";
    private static final Pattern RETENTION = Pattern.compile("\\b" + DATA_CLASS + "\\s+" + KEPT + "\\s+(?:for\\s+)?(?:up\\s+to\\s+)?" + DURATION);
    private static final Pattern RETENTION_KEEP = Pattern.compile("\\b(?:keep|keeps|retain|retains|store|stores)\\s+" + DATA_CLASS + "\\s+(?:for\\s+)?" + DURATION);
    /** "Retention: raw readings 2 years, ...". */
    private static final Pattern RETENTION_LABEL = Pattern.compile("\\bretention\\s*(?::|-|is|of)?\\s*" + DATA_CLASS + "\\s+(?:for\\s+)?" + DURATION);
    /** The next class of the same sentence: ", hourly aggregates 20 years", "and aggregates for 20". */
    private static final Pattern RETENTION_NEXT = Pattern.compile("^\\s*(?:,|;|and|while|but|with)\\s*(?:and\\s+|while\\s+|but\\s+)?" + DATA_CLASS + "\\s+(?:"
            + KEPT + "\\s+)?(?:for\\s+)?(?:up\\s+to\\s+)?" + DURATION);
    private static final List<String> FILLER = List.of("the", "a", "an", "all", "our", "their", "its", "and", "while", "but", "with", "data", "are", "is");

    private static final Pattern SPIKE = Pattern.compile("\\b(?:spikes?|spiking|surges?|surging|bursts?|peaks?|jumps?)\\s+(?:[a-z-]+\\s+){0,3}?"
            + "(\\d+(?:\\.\\d+)?)\\s*(?:x|times|fold)\\b|\\b(\\d+(?:\\.\\d+)?)\\s*(?:x|times|fold)\\s+(?:[a-z-]+\\s+){0,2}?(?:spikes?|surges?|bursts?|peaks?|the\\s+(?:usual|normal|average))\\b");

    /** "traffic doubles at kick-off". */
    private static final Pattern SPIKE_WORD = Pattern.compile("\\b(?:traffic|load|requests|usage|demand)\\s+(doubles|triples|quadruples)\\b");
    private static final String PEOPLE = "(?:users|players|customers|members|readers|subscribers|students|patients|riders|employees|visitors|listeners|"
            + "viewers|learners|citizens|residents|shoppers|guests|travellers|travelers|clients|gamers|fans|accounts|tenants|staff)";
    private static final Pattern USERS = Pattern.compile("\\b" + NUMBER + "\\s+((?:monthly\\s+|registered\\s+|active\\s+|monthly\\s+active\\s+)?)" + PEOPLE + "\\b");
    private static final Pattern NOT_MONTHLY = Pattern.compile("^\\s*(?:are\\s+|stay\\s+|remain\\s+)?(?:a\\s+day|per\\s+day|daily|a\\s+week|per\\s+week|weekly|online|connected|at\\s+once|concurrently|simultaneously)\\b");

    /** Nothing stated. */
    public static StatedFacts none() {
        return new StatedFacts(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The last request read and what it states: an immutable request and its immutable facts, compared by identity. */
    private record LastRead(ConsultationRequest request, StatedFacts facts) {
    }

    private static volatile LastRead lastRead;

    /**
     * Reads the request's description and goals. The offline architect reads them once per consultation and passes the
     * facts on; {@link dev.architect.figures.Workload#of}, whose public signature cannot carry them, asks again for the same
     * request, and gets the facts of the last request read (the same object: a request is immutable) instead of a
     * second parse.
     *
     * @param request the request
     * @return what they state; empty parts where they are silent
     */
    public static StatedFacts read(ConsultationRequest request) {
        LastRead last = lastRead;
        if (last != null && last.request() == request) {
            return last.facts();
        }
        StatedFacts facts = parse(request);
        lastRead = new LastRead(request, facts);
        return facts;
    }

    private static StatedFacts parse(ConsultationRequest request) {
        List<Text> texts = descriptionAndGoals(request);
        Optional<StatedFact> connections = Optional.empty();
        Optional<DeviceRate> devices = Optional.empty();
        Optional<StatedFact> spike = Optional.empty();
        Optional<StatedFact> users = Optional.empty();
        Optional<StatedFact> messages = Optional.empty();
        Optional<StatedFact> busiest = Optional.empty();
        Optional<StatedFact> overPeak = Optional.empty();
        Optional<StatedFact> growth = Optional.empty();
        Optional<StatedFact> burst = Optional.empty();
        Optional<StatedFact> backupCopy = Optional.empty();
        Optional<StatedFact> archiveAfter = Optional.empty();
        Optional<StatedFact> perMessage = Optional.empty();
        Optional<StatedFact> readingBytes = Optional.empty();
        Optional<LiveUpdates> live = Optional.empty();
        List<StatedCount> stored = new ArrayList<>();
        List<Sized> sizes = new ArrayList<>();
        List<Counted> counts = new ArrayList<>();
        List<StatedCount> volumes = new ArrayList<>();
        List<StatedRate> rates = new ArrayList<>();
        List<Retention> retention = new ArrayList<>();
        for (Text t : texts) {
            if (connections.isEmpty()) {
                connections = connections(t);
            }
            if (devices.isEmpty()) {
                devices = devices(t);
            }
            if (perMessage.isEmpty()) {
                perMessage = readingsPerMessage(t);
            }
            if (readingBytes.isEmpty()) {
                readingBytes = readingBytes(t);
            }
            Optional<LiveUpdates> updates = liveUpdates(t);
            if (updates.isPresent() && (live.isEmpty() || updates.get().perSecond() > live.get().perSecond())) {
                live = updates;
            }
            if (spike.isEmpty() && overPeak.isEmpty()) {
                Optional<StatedFact> found = spike(t);
                if (found.isPresent() && overThePeak(t, found.get())) {
                    overPeak = found;
                } else {
                    spike = found;
                }
            }
            // A stream an integration feeds in ("the exchange pushes 12,000 order book updates per second", its purpose "order
            // book stream") is consumed by the part that subscribes to it, not written record by record: it sizes the broker
            // (the busiest stream below) but is no write rate of the system's own
            Optional<StatedFact> rate = largestRate(t, MESSAGE_RATE, m -> fedByIntegration(m, request.integrations()).isEmpty());
            if (rate.isPresent() && (messages.isEmpty() || rate.get().value() > messages.get().value())) {
                messages = rate;
            }
            // The largest rate stated anywhere: the broker carries them all, so it is sized for the busiest
            Optional<StatedFact> stream = largestRate(t, STREAM_RATE);
            if (stream.isPresent() && (busiest.isEmpty() || stream.get().value() > busiest.get().value())) {
                busiest = stream;
            }
            if (users.isEmpty()) {
                users = users(t);
            }
            if (growth.isEmpty()) {
                growth = monthlyGrowth(t);
            }
            if (burst.isEmpty()) {
                burst = burstHours(t);
            }
            if (backupCopy.isEmpty()) {
                backupCopy = crossRegionBackups(t);
            }
            if (archiveAfter.isEmpty()) {
                archiveAfter = archiveAfterDays(t);
            }
            stored.addAll(storedCounts(t));
            sizes.addAll(sizes(t));
            volumes.addAll(volumes(t));
            rates.addAll(rates(t));
            counts.addAll(downloadCounts(t));
            for (Retention r : retention(t)) {
                if (retention.stream().noneMatch(x -> x.dataClass().equals(r.dataClass()))) {
                    retention.add(r);
                }
            }
        }
        // An integration's purpose may say how many of its messages each item brings ("2 SMS reminders per discharge"): the
        // rate stands there, the items' count in the description
        for (int i = 0; i < request.integrations().size(); i++) {
            rates.addAll(rates(new Text("integrations[" + i + "].purpose", request.integrations().get(i).purpose())));
        }
        // A retention the constraints state ("raw GPS traces are kept 90 days") is the request's word on that class of data
        // as much as one in the description: each class it names is kept for its own period
        for (int i = 0; i < request.constraints().size(); i++) {
            for (Retention r : retention(new Text("constraints[" + i + "]", request.constraints().get(i)))) {
                if (retention.stream().noneMatch(x -> x.dataClass().equals(r.dataClass()))) {
                    retention.add(r);
                }
            }
        }
        // Senders counted in the description, their reports stated in a goal ("450,000 drivers are online at peak" and the goal
        // "each driver app sends its GPS position every 4 seconds"): the goal is read after the description it follows
        for (int i = 1; i < texts.size() && devices.isEmpty(); i++) {
            Text first = texts.get(0);
            Text goal = texts.get(i);
            devices = devices(new Text(first.field() + " and " + goal.field(), first.original() + " " + goal.original()));
        }
        // Reports on an interval whose senders the request does not count ("couriers' phones send their position every 4
        // seconds") are sent by some of the connections held at the peak ("400,000 phones hold a connection")
        if (devices.isEmpty() && connections.isPresent()) {
            StatedFact held = connections.get();
            devices = texts.stream().map(StatedFacts::uncountedReport).flatMap(Optional::stream).findFirst()
                    .map(u -> u.fromConnections(held));
        }
        // Readings a message stated apart from the devices' interval ("each message carries 50 readings") go with it
        if (devices.isPresent() && devices.get().readingsPerMessage() == 1 && perMessage.isPresent() && perMessage.get().value() > 1) {
            DeviceRate d = devices.get();
            devices = Optional.of(new DeviceRate(d.devices(), d.intervalSeconds(), perMessage.get().value(), d.phrase(), d.field(), d.countBasis(),
                    d.assumedShare(), d.noun()));
        }
        Optional<Downloads> downloads = counts.stream().flatMap(c -> sizes.stream().filter(z -> c.generic() || z.noun().equals(c.noun()))
                .map(z -> new Downloads(c.fact().value(), c.fact(), z.fact().value(), z.fact()))).findFirst();
        return new StatedFacts(connections, devices, retention, spike, users, messages, overPeak, growth,
                sizes.stream().map(Sized::fact).findFirst(), downloads, burst, volumes, rates, backupCopy, media(volumes, stored, sizes), archiveAfter, busiest,
                perMessage, readingBytes, live);
    }

    /** One text of the request, lower-cased for matching; phrases are cut from the original. */
    private record Text(String field, String original, String lower) {
        Text(String field, String original) {
            this(field, original == null ? "" : original, original == null ? "" : original.toLowerCase(Locale.ROOT));
        }

        String phrase(Matcher m) {
            return original.substring(m.start(), m.end()).trim();
        }
    }

    /** The description and each goal (split goals rejoined), as the texts the figures are read from. */
    private static List<Text> descriptionAndGoals(ConsultationRequest request) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text("description", request.description()));
        List<String> goals = rejoined(request.goals());
        for (int i = 0; i < goals.size(); i++) {
            texts.add(new Text("goals[" + i + "]", goals.get(i)));
        }
        return texts;
    }

    /** A goal that is a bare count of one to three digits, the part of a number before a thousands comma. */
    private static final Pattern THOUSANDS_HEAD = Pattern.compile("\\s*[0-9]{1,3}(?:,[0-9]{3})*\\s*");
    /** A goal that starts with the three digits after a thousands comma ("000 concurrent editors"). */
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("[0-9]{3}(?:,[0-9]{3})*\\b.*", Pattern.DOTALL);

    /**
     * The goals with a number a YAML flow list split at its thousands comma put back together: {@code [fast strokes,
     * 250,000 concurrent editors]} reads as "fast strokes", "250" and "000 concurrent editors", and the count the request
     * states is 250,000, not none.
     *
     * @param goals the goals as read
     * @return the goals with each split number whole again, each in the place of its first part
     */
    static List<String> rejoined(List<String> goals) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            String goal = goals.get(i) == null ? "" : goals.get(i);
            while (i + 1 < goals.size() && THOUSANDS_HEAD.matcher(goal).matches() && goals.get(i + 1) != null
                    && THOUSANDS_TAIL.matcher(goals.get(i + 1).strip()).matches()) {
                goal = goal.strip() + "," + goals.get(++i).strip();
            }
            out.add(goal);
        }
        return out;
    }

    private static Optional<StatedFact> connections(Text t) {
        for (Pattern p : List.of(CONNECTIONS_BEFORE, CONNECTIONS_ONLINE, CONNECTIONS_LIVE, CONNECTIONS_AT_A_MOMENT, CONNECTIONS_HELD, CONNECTIONS_KEPT,
                CONNECTED_PEOPLE, CONNECTIONS_FOLLOWING)) {
            Matcher m = p.matcher(t.lower());
            // No count is a count of none: a list split at a thousands comma leaves "000 concurrent editors"
            if (m.find() && number(m, 1) > 0) {
                return Optional.of(new StatedFact(number(m, 1), t.phrase(m), t.field()));
            }
        }
        Matcher m = CONNECTIONS_AFTER.matcher(t.lower());
        if (m.find() && number(m, m.groupCount() - 2) > 0) {
            return Optional.of(new StatedFact(number(m, m.groupCount() - 2), t.phrase(m), t.field()));
        }
        return Optional.empty();
    }

    /** The busiest live updates a text states per thing ({@link #THINGS_CHANGE}, {@link #EACH_OF_THINGS}). */
    private static Optional<LiveUpdates> liveUpdates(Text t) {
        Optional<LiveUpdates> busiest = Optional.empty();
        Matcher m = THINGS_CHANGE.matcher(t.lower());
        while (m.find()) {
            String times = m.group(4);
            boolean worded = !times.equals("twice") && !times.equals("once") && !Character.isDigit(times.charAt(0));
            double n = worded ? LiveUpdates.SEVERAL : times.equals("twice") ? 2 : times.equals("once") ? 1 : Double.parseDouble(times);
            busiest = busier(busiest, new LiveUpdates(number(m, 1), n, seconds(m.group(5)), worded, t.phrase(m), t.field()));
        }
        Matcher each = EACH_OF_THINGS.matcher(t.lower());
        while (each.find()) {
            double every = each.group(4) == null ? 1 : number(each, 4);
            if (every > 0) {
                busiest = busier(busiest, new LiveUpdates(number(each, 1), 1, every * seconds(each.group(7)), false, t.phrase(each), t.field()));
            }
        }
        return busiest;
    }

    private static Optional<LiveUpdates> busier(Optional<LiveUpdates> known, LiveUpdates found) {
        return found.things() > 0 && (known.isEmpty() || found.perSecond() > known.get().perSecond()) ? Optional.of(found) : known;
    }

    /** What one device message carries, counted: "300 sensor channels", "40 readings", "12 values". */
    private static final String READINGS = "(?:channels|readings|measurements|values|samples|signals|metrics|tags|data\\s+points|points|variables|parameters)";
    /** An interval as {@link #REPORTS} states it: every [N] unit, once a unit, N times a unit. */
    private static final String EVERY = "(?:every\\s+(?:" + NUMBER + "\\s*)?" + UNIT + "\\b|once\\s+(?:a|an|per|every)\\s+" + UNIT
            + "\\b|(\\d+|twice)\\s+(?:times\\s+)?(?:a|an|per)\\s+" + UNIT + "\\b)";
    /** "each turbine sends 300 sensor channels": the device's noun and the readings one of its messages carries. */
    private static final Pattern EACH_SENDS = Pattern.compile("\\b(?:each|every)\\s+([a-z-]+)\\s+(?:report|send|publish|emit|transmit|push|upload|stream|post)"
            + "(?:s|es)?\\s+(?:about\\s+|around\\s+|roughly\\s+|up\\s+to\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z-]+\\s+){0,2}?" + READINGS + "\\b");
    /** The interval that follows {@link #EACH_SENDS} in its clause: "... once a second", "... every 10 seconds". */
    private static final Pattern EACH_INTERVAL = Pattern.compile("^(?:\\s+[a-z-]+){0,3}?\\s+" + EVERY);
    /**
     * "Each robot reports its position and battery 5 times a second", "every smart lock sends a heartbeat every 5 minutes",
     * "each charger sends a status notification and meter values over OCPP 1.6 every 30 seconds": one device said to report
     * on an interval, its count stated where the devices are named. What it reports may run to ten words or version
     * numbers, within its clause.
     */
    private static final Pattern EACH_REPORTS = Pattern.compile("\\b(?:each|every)\\s+(?:[a-z-]+(?:'s|\u2019s|'|\u2019)?\\s+){0,2}?([a-z-]+)\\s+(?:(?:will|must|should|can)\\s+)?"
            + "(?:report|send|publish|emit|transmit|push|upload|stream|post|ping)(?:s|es|ed|ing)?\\b(?:\\s+(?:[a-z-]+|\\d+(?:\\.\\d+)*),?){0,10}?\\s+" + EVERY);
    /** "50 readings per message", "300 channels in each message". */
    private static final Pattern PER_MESSAGE = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z-]+\\s+){0,2}?" + READINGS
            + "\\s+(?:per|in\\s+each|in\\s+every|in\\s+one|to\\s+a|a)\\s+(?:device\\s+)?(?:message|batch|packet|payload|frame|record)\\b");
    /** "each message carries 50 readings", "each gateway batch holds 200 readings", "messages of 300 channels". */
    private static final Pattern MESSAGE_CARRIES = Pattern.compile("\\b(?:(?:each|every|one|a)\\s+(?:[a-z-]+\\s+)?(?:message|batch|packet|payload|frame)\\s+"
            + "(?:carries|holds|contains|bundles|packs|has|batches|groups)|(?:messages|batches|packets|payloads|frames)\\s+of)\\s+(?:about\\s+|around\\s+|up\\s+to\\s+)?"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z-]+\\s+){0,2}?" + READINGS + "\\b");
    /** "12-byte readings", "readings of 16 bytes", "each reading is about 20 bytes". */
    private static final Pattern BYTES_BEFORE = Pattern.compile("\\b(\\d+)\\s*-?\\s*bytes?\\s+(?:[a-z-]+\\s+)?(?:readings|values|samples|measurements|points|channels)\\b");
    private static final Pattern BYTES_AFTER = Pattern.compile("\\b(?:readings?|values?|samples?|measurements?|points?|channels?)\\s+(?:is|are|of|takes?|averages?|weighs?)\\s+"
            + "(?:about\\s+|around\\s+|roughly\\s+|some\\s+|up\\s+to\\s+)?(\\d+)\\s*bytes?\\b");

    /** Readings one device message carries, as the request states them. */
    private static Optional<StatedFact> readingsPerMessage(Text t) {
        for (Pattern p : List.of(EACH_SENDS, PER_MESSAGE, MESSAGE_CARRIES)) {
            Matcher m = p.matcher(t.lower());
            while (m.find()) {
                double n = Double.parseDouble(m.group(p == EACH_SENDS ? 2 : 1).replace(",", ""));
                if (n >= 1) {
                    return Optional.of(new StatedFact(n, t.phrase(m), t.field()));
                }
            }
        }
        return Optional.empty();
    }

    /** The size of one reading in bytes, as the request states it. */
    private static Optional<StatedFact> readingBytes(Text t) {
        for (Pattern p : List.of(BYTES_BEFORE, BYTES_AFTER)) {
            Matcher m = p.matcher(t.lower());
            while (m.find()) {
                double n = Double.parseDouble(m.group(1));
                if (n > 0) {
                    return Optional.of(new StatedFact(n, t.phrase(m), t.field()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "9,000 wind turbines ... Each turbine sends 300 sensor channels once a second": devices named with their count, then
     * said each to send several readings on an interval; one message a device an interval, carrying the readings.
     */
    private static Optional<DeviceRate> eachSends(Text t) {
        Matcher m = EACH_SENDS.matcher(t.lower());
        while (m.find()) {
            Matcher every = EACH_INTERVAL.matcher(t.lower().substring(m.end()));
            if (!every.find()) {
                continue;
            }
            Optional<NamedCount> named = nearestCount(t, anyNumber(m.group(1)), m.start());
            double seconds = interval(every, 1);
            double readings = Double.parseDouble(m.group(2).replace(",", ""));
            if (named.isPresent() && seconds > 0 && readings >= 1) {
                String clause = t.original().substring(m.start(), m.end() + every.end()).trim();
                return Optional.of(new DeviceRate(named.get().count(), seconds, readings, named.get().phrase() + " ... " + clause, t.field())
                        .named(named.get().noun()));
            }
        }
        return Optional.empty();
    }

    /** A singular noun as a pattern of it in either number: "battery" matches "batteries", "lock" "locks". */
    private static String anyNumber(String noun) {
        return noun.endsWith("y") ? Pattern.quote(noun.substring(0, noun.length() - 1)) + "(?:y|ies)" : Pattern.quote(noun) + "(?:s|es)?";
    }

    /** A count of devices and the words that state it ("9,000 wind turbines"). */
    private record NamedCount(double count, String phrase) {

        /** The devices' noun: the last word of the phrase ("9,000 wind turbines" is "turbines"), with its modifiers when they name the kind. */
        String noun() {
            String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
            return words[words.length - 1];
        }
    }

    /** The mention of the devices nearest before a clause about them: their count and its words, when positive. */
    private static Optional<NamedCount> nearestCount(Text t, String noun, int before) {
        Matcher count = Pattern.compile("\\b" + NUMBER + "\\s+" + MODIFIERS + noun + "\\b").matcher(t.lower().substring(0, before));
        NamedCount nearest = null;
        while (count.find()) {
            nearest = new NamedCount(number(count, 1), t.phrase(count));
        }
        return Optional.ofNullable(nearest).filter(n -> n.count() > 0);
    }

    /** The word just before a report clause in the same sentence ("driver" of "driver apps send ..."), possessive dropped. */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("\\b([a-z-]+)(?:'s|\u2019s|'|\u2019)?\\s+$");

    private static String qualifierBefore(Text t, int start) {
        Matcher m = QUALIFIER_BEFORE.matcher(t.lower().substring(0, start));
        return m.find() ? m.group(1) : "";
    }

    /**
     * The count of the senders a report clause names: the noun itself counted earlier ("40,000 gates ... gates report"), else
     * a word that qualifies it, nearest first, counted earlier in its own form ("450,000 drivers are online ... each driver app
     * sends its position": the apps are one a driver). Words that qualify nothing ("the", "our") are skipped.
     *
     * @param noun the senders' noun as a pattern
     */
    private static Optional<NamedCount> countOfSenders(Text t, String noun, String qualifiers, int before) {
        Optional<NamedCount> own = nearestCount(t, noun, before);
        if (own.isPresent()) {
            return own;
        }
        List<String> words = new ArrayList<>(List.of(qualifiers.replaceAll("(?:'s|\u2019s|'|\u2019)(?=\\s|$)", "").trim().split("\\s+")));
        java.util.Collections.reverse(words);
        for (String word : words) {
            if (word.length() > 2 && !FILLER.contains(word) && !NOT_QUALIFIERS.contains(word)) {
                Optional<NamedCount> counted = nearestCount(t, anyNumber(word), before);
                if (counted.isPresent()) {
                    return counted;
                }
            }
        }
        return Optional.empty();
    }

    /** Words before a sender's noun that do not name whose it is. */
    private static final java.util.Set<String> NOT_QUALIFIERS = java.util.Set.of("each", "every", "one", "single", "connected", "mobile", "smart",
            "new", "other", "these", "those", "this", "that", "some", "many", "most", "your", "his", "her", "them", "then", "also");

    private static Optional<DeviceRate> devices(Text t) {
        Optional<DeviceRate> each = eachSends(t);
        if (each.isPresent()) {
            return each;
        }
        Matcher m = DEVICES.matcher(t.lower());
        while (m.find()) {
            double count = number(m, 1);
            double seconds = interval(m, 5);
            if (count > 0 && seconds > 0) {
                return Optional.of(new DeviceRate(count, seconds, t.phrase(m), t.field()).named(m.group(4)));
            }
        }
        // "40,000 barrier gates ... Gates report occupancy every 10 seconds": the count is where the devices are named.
        Matcher later = DEVICES_LATER.matcher(t.lower());
        while (later.find()) {
            String noun = later.group(1);
            Optional<NamedCount> named = countOfSenders(t, Pattern.quote(noun), qualifierBefore(t, later.start()), later.start());
            double seconds = interval(later, 2);
            if (named.isPresent() && seconds > 0) {
                String phrase = named.get().phrase() + " ... " + t.phrase(later);
                return Optional.of(new DeviceRate(named.get().count(), seconds, phrase, t.field()).named(named.get().noun()));
            }
        }
        // "3,000 autonomous picking robots ... Each robot reports its position and battery 5 times a second"
        Matcher one = EACH_REPORTS.matcher(t.lower());
        while (one.find()) {
            String qualifiers = t.lower().substring(one.start(), one.start(1)).replaceFirst("^(?:each|every)\\s+", "");
            Optional<NamedCount> named = countOfSenders(t, anyNumber(one.group(1)), qualifiers, one.start());
            double seconds = interval(one, 2);
            if (named.isPresent() && seconds > 0) {
                return Optional.of(new DeviceRate(named.get().count(), seconds, named.get().phrase() + " ... " + t.phrase(one), t.field())
                        .named(named.get().noun()));
            }
        }
        return Optional.empty();
    }

    /**
     * Share of the connections held at the peak taken to be the senders of reports on an interval, when the request says
     * whose devices report ("couriers' phones send their position every 4 seconds") but counts only the connections:
     * those senders are one group among the people connected (the others watch, order or answer), an assumption
     * ({@value DeviceRate#REPORTING_SHARE}).
     */
    public static final double REPORTING_SHARE_OF_CONNECTIONS = 0.2;

    /** "couriers' phones", "the driver's app": the owner a possessive names before the devices. */
    private static final Pattern POSSESSOR = Pattern.compile("\\b[a-z-]+(?:'s|'|\u2019s|\u2019)\\s+$");

    /**
     * Reports on an interval whose senders the text does not count.
     *
     * @param noun the senders' plural noun ("phones")
     * @param owner whose they are ("couriers'"), empty when not said
     * @param seconds seconds between two reports of one sender
     * @param phrase the report clause with its owner
     * @param field where it stands
     */
    private record UncountedReport(String noun, String owner, double seconds, String phrase, String field) {

        /**
         * The senders counted from the connections held at the peak: all of them when the connections are held by the
         * senders themselves ("400,000 phones hold a connection" and "phones send ..."), else the assumed share of them
         * that report.
         */
        DeviceRate fromConnections(StatedFact held) {
            boolean same = owner.isEmpty() && Pattern.compile("\\b" + Pattern.quote(noun) + "\\b").matcher(held.phrase().toLowerCase(Locale.ROOT)).find();
            double share = same ? 1 : REPORTING_SHARE_OF_CONNECTIONS;
            double devices = Numbers.round(held.value() * share, 0);
            String basis = Numbers.format(held.value()) + " connections held at the peak (" + held.field() + " \"" + held.phrase() + "\")"
                    + (same ? "" : " x " + Numbers.format(share) + ", the share of them that are " + (owner.isEmpty() ? "" : owner + " ") + noun
                    + " sending reports (assumption " + DeviceRate.REPORTING_SHARE + ")");
            return new DeviceRate(devices, seconds, 1, phrase, field, basis, same ? 0 : share);
        }
    }

    /** The first report clause whose senders are not counted before it: "couriers' phones send their position every 4 seconds". */
    private static Optional<UncountedReport> uncountedReport(Text t) {
        Matcher later = DEVICES_LATER.matcher(t.lower());
        while (later.find()) {
            String noun = later.group(1);
            double seconds = interval(later, 2);
            if (seconds <= 0 || countOfSenders(t, Pattern.quote(noun), qualifierBefore(t, later.start()), later.start()).isPresent()) {
                continue;
            }
            Matcher owner = POSSESSOR.matcher(t.lower().substring(0, later.start()));
            String whose = owner.find() ? t.original().substring(owner.start(), later.start()).trim() : "";
            int from = whose.isEmpty() ? later.start() : owner.start();
            return Optional.of(new UncountedReport(noun, whose, seconds, t.original().substring(from, later.end()).trim(), t.field()));
        }
        return Optional.empty();
    }

    /** Seconds between two reports, from the interval groups of {@link #REPORTS} starting at {@code first}. */
    private static double interval(Matcher m, int first) {
        if (m.group(first + 3) != null) {         // every [N] unit
            double n = m.group(first) == null ? 1 : number(m, first);
            return n * seconds(m.group(first + 3));
        }
        if (m.group(first + 4) != null) {         // once a unit
            return seconds(m.group(first + 4));
        }
        double times = m.group(first + 5).equals("twice") ? 2 : Double.parseDouble(m.group(first + 5));
        return seconds(m.group(first + 6)) / times;  // N times a unit
    }

    /** The largest rate a text states of what {@code rate} names, a second. */
    private static Optional<StatedFact> largestRate(Text t, Pattern rate) {
        return largestRate(t, rate, m -> true);
    }

    private static Optional<StatedFact> largestRate(Text t, Pattern rate, java.util.function.Predicate<String> kept) {
        Matcher m = rate.matcher(t.lower());
        Optional<StatedFact> largest = Optional.empty();
        while (m.find()) {
            if (!kept.test(m.group())) {
                continue;
            }
            double perSecond = number(m, 1) / seconds(m.group(4));
            if (largest.isEmpty() || perSecond > largest.get().value()) {
                largest = Optional.of(new StatedFact(Numbers.round(perSecond, 2), t.phrase(m), t.field()));
            }
        }
        return largest;
    }

    /** The nouns of a stated rate that say it is a stream of changes or messages, which an outside party can feed in. */
    private static final java.util.Set<String> FED_NOUNS = java.util.Set.of("messages", "msgs", "msg", "updates", "events");
    /** Words of a stated rate that say nothing of what is streamed. */
    private static final java.util.Set<String> RATE_WORDS = java.util.Set.of("about", "around", "some", "roughly", "up", "to", "over",
            "per", "a", "an", "each", "every", "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins",
            "thousand", "million", "millions", "billion", "k", "m", "mn", "bn", "new", "incoming", "inbound", "live", "real-time", "peak");

    /**
     * The integration that feeds a stated rate in, when the rate streams changes or messages (not readings or measurements)
     * and the words of what changes ("order book" of "12,000 order book updates per second") stand in an integration's name
     * or purpose ("exchange connection: order book stream"). Empty for a rate no integration names: the system's own
     * writes, or its devices' reports.
     *
     * @param phrase       the rate as matched, lower case
     * @param integrations the request's integrations
     * @return the integration's name, or empty
     */
    static Optional<String> fedByIntegration(String phrase, List<dev.architect.request.Integration> integrations) {
        String[] words = phrase.replaceAll("[^a-z0-9 -]", " ").trim().split("\\s+");
        boolean stream = java.util.Arrays.stream(words).anyMatch(FED_NOUNS::contains);
        if (!stream || integrations == null) {
            return Optional.empty();
        }
        List<String> things = java.util.Arrays.stream(words).filter(w -> w.length() >= 4 && !w.matches("[0-9-]+") && !FED_NOUNS.contains(w)
                && !RATE_WORDS.contains(w)).toList();
        for (dev.architect.request.Integration i : integrations) {
            String said = " " + (i.name() + " " + (i.purpose() == null ? "" : i.purpose())).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
            if (!things.isEmpty() && things.stream().allMatch(w -> said.contains(" " + w + " "))) {
                return Optional.of(i.name());
            }
        }
        return Optional.empty();
    }

    /** "a spike of 3x normal peak", "bursts to 2x the peak": the factor multiplies the peak, not the usual load. */
    private static final Pattern OF_THE_PEAK = Pattern.compile("^\\s*(?:over\\s+|above\\s+|of\\s+|on\\s+top\\s+of\\s+)?(?:the\\s+|our\\s+)?"
            + "(?:normal|usual|regular|daily|expected|stated|everyday)?\\s*peak\\b");

    private static boolean overThePeak(Text t, StatedFact spike) {
        int end = t.original().indexOf(spike.phrase()) + spike.phrase().length();
        return OF_THE_PEAK.matcher(t.lower().substring(end)).find();
    }

    /**
     * A period of weeks or more named in the rest of a multiple's sentence: a calendar month by its capitalised name ("in
     * December"), a season of the year, or weeks, months or a season ("in the weeks before the holidays"), each after a word
     * of time ("in", "during", "over"), so a season that only qualifies a thing ("when the summer season's permits are
     * released") is no period of the multiple. A multiple of
     * such a period compares months with months, so it is a season's (month multiplier), never the day's peak over its average.
     */
    private static final Pattern SEASON_PERIOD = Pattern.compile("\\b(?:in|during|over|throughout|across|through|for|each|every|all)\\s+"
            + "(?:the\\s+)?(?:[A-Za-z0-9-]+\\s+)?(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|[Ss]ummers?|[Ww]inters?|[Ss]pring|[Aa]utumns?|weeks|months|quarters?|seasons?)\\b(?!'s|\u2019s)");

    /** Whether the words after a multiple, to the end of its sentence, name a period of weeks or more. */
    private static boolean ofASeason(Text t, Matcher m) {
        String rest = t.original().substring(m.end()).split("(?<!\\d)[.;!?](?!\\d)", 2)[0];
        return SEASON_PERIOD.matcher(rest).find();
    }

    private static Optional<StatedFact> spike(Text t) {
        Matcher m = SPIKE.matcher(t.lower());
        while (m.find()) {
            double factor = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
            if (factor > 1 && factor <= 100 && !ofASeason(t, m)) {
                return Optional.of(new StatedFact(factor, t.phrase(m), t.field()));
            }
        }
        Matcher word = SPIKE_WORD.matcher(t.lower());
        if (word.find() && !ofASeason(t, word)) {
            double factor = switch (word.group(1)) {
                case "doubles" -> 2;
                case "triples" -> 3;
                default -> 4;
            };
            return Optional.of(new StatedFact(factor, t.phrase(word), t.field()));
        }
        return periodicPeak(t);
    }

    /** A count of days or hours as written: "5", "five". */
    private static final String SMALL_COUNT = "(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)";
    private static final List<String> COUNT_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve");
    /**
     * "60% of the month's invoices arrive in the last five working days", "half of all filings come during the final 3 days of
     * the quarter": a share of a period's traffic said to come within a window of it.
     */
    private static final Pattern PERIODIC_PEAK = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b)\\s+of\\s+"
            + "((?:[a-z'\u2019-]+\\s+){0,5}?)(?:[a-z-]+\\s+){0,3}?(?:in|during|within|over|on)\\s+(?:the\\s+|its\\s+|their\\s+)?"
            + "(?:last|final|first|closing|opening|busiest)\\s+" + SMALL_COUNT + "\\s+(working\\s+|business\\s+|calendar\\s+)?(days?|hours?)\\b"
            + "(?:\\s+of\\s+(?:the|each|every|a)\\s+(month|quarter|year|week))?");

    /**
     * The rate within a stated window of a period over the period's average rate: the share of the period's traffic over the
     * share of the period's time the window is. "60% of the month's invoices arrive in the last five working days" is 0.6 x
     * 21.73 working days a month / 5 = 2.61 times the average working day's rate. Windows of working days are counted
     * against the period's working days, hours against its hours; a window that is not narrower than its share is no peak.
     */
    private static Optional<StatedFact> periodicPeak(Text t) {
        Matcher m = PERIODIC_PEAK.matcher(t.lower());
        while (m.find()) {
            double share = Double.parseDouble(m.group(1)) / 100;
            String countWord = m.group(3);
            int index = COUNT_WORDS.indexOf(countWord);
            double window = index >= 0 ? index + 1 : switch (countWord) {
                case "fourteen" -> 14;
                case "fifteen" -> 15;
                case "twenty" -> 20;
                case "thirty" -> 30;
                default -> Double.parseDouble(countWord);
            };
            String said = m.group(2) + " " + (m.group(6) == null ? "" : m.group(6));
            String period = m.group(6) != null ? m.group(6) : said.contains("year") || said.contains("annual") ? "year"
                    : said.contains("quarter") ? "quarter" : said.contains("week") ? "week" : "month";
            boolean working = m.group(4) != null && !m.group(4).startsWith("calendar");
            double periodDays = switch (period) {
                case "year" -> working ? 365 * 5 / 7.0 : 365;
                case "quarter" -> working ? 365 * 5 / 7.0 / 4 : 365 / 4.0;
                case "week" -> working ? 5 : 7;
                default -> working ? 365 * 5 / 7.0 / 12 : 365 / 12.0;
            };
            double windowDays = m.group(5).startsWith("hour") ? window / 24 : window;
            double factor = Numbers.round(share * periodDays / windowDays, 2);
            if (share > 0 && share <= 1 && windowDays > 0 && windowDays < periodDays && factor > 1 && factor <= 100) {
                return Optional.of(new StatedFact(factor, t.phrase(m), t.field()));
            }
        }
        return Optional.empty();
    }

    /** A rate of growth: "growing 5% a month", "grows by about 40% a year", "10% month-over-month growth". */
    private static final Pattern GROWTH = Pattern.compile("\\b(?:grow|grows|growing|grew|growth\\s+of|increasing|increases|rising|rises)\\s+(?:by\\s+)?"
            + "(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|over\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b)\\s*(?:a|an|per|each|every)\\s+"
            + "(month|year|quarter|week)\\b|\\b(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b)\\s*(monthly|yearly|annual|quarterly|weekly|month-over-month|"
            + "month-on-month|year-over-year|year-on-year)\\s+growth\\b");

    /** Months in each period a growth rate is stated per. */
    private static double months(String period) {
        return switch (period.substring(0, Math.min(4, period.length()))) {
            case "year", "annu" -> 12;
            case "quar" -> 3;
            case "week" -> 12 / 52.0;
            default -> 1;
        };
    }

    private static Optional<StatedFact> monthlyGrowth(Text t) {
        Matcher m = GROWTH.matcher(t.lower());
        while (m.find()) {
            double percent = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(3));
            String period = m.group(2) != null ? m.group(2) : m.group(4);
            // The monthly rate that compounds to the stated one over its period
            double monthly = Math.pow(1 + percent / 100, 1 / months(period)) - 1;
            if (percent > 0 && monthly <= 1) {
                return Optional.of(new StatedFact(Numbers.round(monthly, 6), t.phrase(m), t.field()));
            }
        }
        return Optional.empty();
    }

    /** A time of day: "8", "08:30", "9am", "9:15 pm". */
    private static final String CLOCK = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";
    /** Traffic said to come within a window of the day: "almost all traffic comes between 08:30 and 09:15 on school days". */
    private static final Pattern BURST = Pattern.compile("\\b(?:traffic|requests|load|usage|logins|sign-ins|check-ins|bookings|orders|visits|peak|busiest|rush)"
            + "\\b[^.;:]{0,60}?\\b(?:between|from)\\s+" + CLOCK + "\\s+(?:and|to|-)\\s+" + CLOCK + "([^.;]{0,40})");
    /** Words that say the window recurs on working days only. */
    private static final Pattern WORKING_DAYS = Pattern.compile("\\b(?:school|week|working|business|work)\\s*days?\\b|\\bweekdays\\b|\\bmonday\\s+to\\s+friday\\b");

    private static double clock(Matcher m, int group) {
        double hour = Double.parseDouble(m.group(group)) + (m.group(group + 1) == null ? 0 : Double.parseDouble(m.group(group + 1)) / 60);
        String half = m.group(group + 2);
        return half != null && half.startsWith("p") && hour < 12 ? hour + 12 : hour;
    }

    private static Optional<StatedFact> burstHours(Text t) {
        Matcher m = BURST.matcher(t.lower());
        while (m.find()) {
            double from = clock(m, 1);
            double to = clock(m, 4);
            double hours = to > from ? to - from : to + 12 - from;  // "between 11 and 1": past noon
            if (from < 24 && to < 24 && hours > 0 && hours <= 12) {
                double days = WORKING_DAYS.matcher(m.group(7)).find() ? 365 * 5 / 7.0 / 12 : 365 / 12.0;
                return Optional.of(new StatedFact(Numbers.round(hours * days, 2), t.phrase(m), t.field()));
            }
        }
        return Optional.empty();
    }

    /** A size and a unit: "50 MB", "1.2 GB", "300 KB", "1.5 TB" (a scientific or media file can weigh terabytes). */
    /** A size, or the upper end of a range of sizes ("20-40 MB", "20 to 40 MB": 40 MB, as "up to 40 MB" reads). */
    private static final String SIZE = "(?:\\d+(?:\\.\\d+)?\\s*(?:-|\u2013|to)\\s*)?(\\d+(?:\\.\\d+)?)\\s*(kb|mb|gb|tb)\\b";
    /** Words after a size that do not name a file: "50 GB a month", "2 GB of data", "1 GB per user". */
    private static final java.util.Set<String> NOT_FILES = java.util.Set.of("a", "an", "the", "of", "per", "each", "every", "and", "or", "to", "in",
            "on", "at", "for", "from", "with", "is", "are", "was", "were", "data", "storage", "memory", "ram", "disk", "logs", "log", "total",
            "month", "monthly", "day", "daily", "year", "yearly", "growth", "more", "free", "limit", "cap", "quota", "plan", "database",
            // a whole collection is a volume, not one file: "the archive is 1.2 TB", "a library of 3 TB"
            "archive", "archives", "library", "collection", "catalogue", "catalog", "warehouse", "lake", "history", "backup", "backups");
    /** "a 40 MB episode", "2 MB photos". */
    private static final Pattern SIZE_BEFORE = Pattern.compile("\\b" + SIZE + "\\s+([a-z][a-z-]*)\\b");
    /** "an average episode is 50 MB", "photos average 2 MB", "each scan is about 300 KB". */
    private static final Pattern SIZE_AFTER = Pattern.compile("\\b([a-z][a-z-]*)\\s+(?:is|are|averages|average|weighs|weigh|runs|run)\\s+"
            + "(?:about\\s+|around\\s+|roughly\\s+|some\\s+|typically\\s+|on\\s+average\\s+)?" + SIZE);
    /** Words that say a size is about, not exact: "episodes (about 60 MB", "photos of around 4 MB". */
    private static final String ABOUT = "(?:about\\s+|around\\s+|roughly\\s+|some\\s+|typically\\s+|on\\s+average\\s+|up\\s+to\\s+|approximately\\s+|~\\s*)?";
    /** "episodes (about 60 MB of audio each)", "scans (300 KB)": the size in brackets after the files it sizes. */
    private static final Pattern SIZE_IN_BRACKETS = Pattern.compile("\\b([a-z][a-z-]*)\\s*\\(\\s*" + ABOUT + SIZE);
    /** "photos of 4 MB", "videos of about 2 GB": the files, then their size. */
    private static final Pattern SIZE_OF = Pattern.compile("\\b([a-z][a-z-]*)\\s+of\\s+" + ABOUT + SIZE);
    /** "60 MB of audio each", "2 GB of video apiece": a size per item whose files are named after it. */
    private static final Pattern SIZE_EACH = Pattern.compile("\\b" + SIZE + "\\s+of\\s+([a-z][a-z-]*)\\s+(?:each|apiece)\\b"
            + "(?!\\s+(?:month|day|week|year|hour|minute|second)s?\\b)");
    /**
     * "1,200 studies a day arrive, each about 250 MB", "500 photos a week are uploaded, each 4 MB", "around 120 filings on a
     * normal day, each up to 50 MB": a count per period (the period may be qualified), then the size of each of the things
     * counted, in the same clause.
     */
    private static final Pattern SIZE_AFTER_COUNT = Pattern.compile("\\b([a-z][a-z-]*)\\s+(?:a|an|per|each|every|on\\s+an?(?:\\s+[a-z]+)?)\\s+(day|week|month|year)\\b"
            + "(?:\\s+[a-z'-]+){0,6}?\\s*,?\\s+each\\s+(?:is\\s+|one\\s+|weighing\\s+|of\\s+)?" + ABOUT + SIZE);
    /** Words before "of" that name an amount, not files: "a total of 50 GB", "a volume of 2 GB", "an average of 3 MB". */
    private static final java.util.Set<String> AMOUNTS = java.util.Set.of("volume", "size", "sizes", "maximum", "minimum", "max", "min", "average",
            "bandwidth", "throughput", "traffic", "egress", "transfer", "upload", "uploads", "download", "downloads", "budget", "allowance",
            "excess", "chunks", "chunk", "blocks", "block", "parts", "part", "batches", "batch", "increments", "steps", "units", "unit");

    /** "download about 400 million episodes a month", "play 2 million tracks a day". */
    private static final Pattern DOWNLOADED = Pattern.compile("\\b(?:download|downloads|downloaded|stream|streams|streamed|play|plays|played|"
            + "watch|watches|watched|fetch|fetches|fetched|serve|serves|served|deliver|delivers|delivered)\\s+(?:about\\s+|around\\s+|roughly\\s+|"
            + "some\\s+|up\\s+to\\s+|over\\s+|nearly\\s+)?" + NUMBER + "\\s+([a-z][a-z-]*)\\s+(?:a|an|per|each|every)\\s+(month|day|week)\\b");
    /** "400 million downloads a month", "2 million plays per day": a count of downloads whatever the files. */
    private static final Pattern DOWNLOAD_COUNT = Pattern.compile("\\b" + NUMBER + "\\s+(downloads|plays|streams)\\s+(?:a|an|per|each|every)\\s+(month|day|week)\\b");

    /** A stated file size, with the noun it sizes in the singular. */
    private record Sized(String noun, StatedFact fact) {
    }

    /** A stated count of downloads a month, with the noun counted in the singular; generic when it counts downloads of any file. */
    private record Counted(String noun, boolean generic, StatedFact fact) {
    }

    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.matches(".*(?:ch|sh|x|z|ss)es")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static double megabytes(String digits, String unit) {
        double n = Double.parseDouble(digits);
        return switch (unit) {
            case "kb" -> n / 1000;
            case "gb" -> n * 1000;
            case "tb" -> n * 1_000_000;
            default -> n;
        };
    }

    private static List<Sized> sizes(Text t) {
        List<Sized> out = new ArrayList<>();
        Matcher before = SIZE_BEFORE.matcher(t.lower());
        while (before.find()) {
            if (!NOT_FILES.contains(before.group(3))) {
                out.add(new Sized(singular(before.group(3)), new StatedFact(megabytes(before.group(1), before.group(2)), t.phrase(before), t.field())));
            }
        }
        Matcher after = SIZE_AFTER.matcher(t.lower());
        while (after.find()) {
            if (!NOT_FILES.contains(after.group(1))) {
                out.add(new Sized(singular(after.group(1)), new StatedFact(megabytes(after.group(2), after.group(3)), t.phrase(after), t.field())));
            }
        }
        // The size in brackets after its files, "episodes (about 60 MB of audio each)": the files are the word before the
        // bracket; a size read here is not read again as "60 MB of audio each"
        java.util.Set<Integer> read = new java.util.HashSet<>();
        for (Pattern p : List.of(SIZE_IN_BRACKETS, SIZE_OF)) {
            Matcher m = p.matcher(t.lower());
            while (m.find()) {
                if (!NOT_FILES.contains(m.group(1)) && !AMOUNTS.contains(m.group(1))) {
                    read.add(m.start(2));
                    out.add(new Sized(singular(m.group(1)), new StatedFact(megabytes(m.group(2), m.group(3)), t.phrase(m), t.field())));
                }
            }
        }
        Matcher each = SIZE_EACH.matcher(t.lower());
        while (each.find()) {
            String noun = each.group(3);
            if (!read.contains(each.start(1)) && !NOT_FILES.contains(noun) && !AMOUNTS.contains(noun)) {
                out.add(new Sized(singular(noun), new StatedFact(megabytes(each.group(1), each.group(2)), t.phrase(each), t.field())));
            }
        }
        Matcher counted = SIZE_AFTER_COUNT.matcher(t.lower());
        while (counted.find()) {
            String noun = counted.group(1);
            if (!read.contains(counted.start(3)) && !NOT_FILES.contains(noun) && !AMOUNTS.contains(noun)) {
                out.add(new Sized(singular(noun), new StatedFact(megabytes(counted.group(3), counted.group(4)), t.phrase(counted), t.field())));
            }
        }
        return out;
    }

    /** A count of things per period: "2 million SMS a month", "about 40,000 minutes of video calls per week", "200 deliveries/day". */
    private static final Pattern VOLUME = Pattern.compile("\\b" + NUMBER + "\\s+((?:[a-z-]+\\s+){0,3}?[a-z-]+)(?:\\s+(?:a|an|per|each|every|on\\s+an?)\\s+|\\s*/\\s*)(month|day|week|weekday)\\b"
            + "|\\b" + NUMBER + "\\s+((?:[a-z-]+\\s+){0,3}?[a-z-]+)\\s+(daily|weekly|monthly)\\b");
    /** The verbs by which people hold one thing each per period ("have a daily alert", "get a weekly digest"). */
    private static final String HOLD = "(?:have|has|get|gets|receive|receives|are\\s+sent|is\\s+sent|subscribe\\s+to|subscribed\\s+to|sign\\s+up\\s+for|signed\\s+up\\s+for)";
    /** A count whose period stands before its noun: "3,000 daily orders", "40k weekly loads". */
    private static final Pattern VOLUME_BEFORE = Pattern.compile("\\b" + NUMBER + "\\s+(daily|weekly|monthly)\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\b");

    /** A count of things a year: "18,000 applications a year", "about 2 million claims annually"; the month's is a twelfth. */
    private static final Pattern VOLUME_YEAR = Pattern.compile("\\b" + NUMBER + "\\s+((?:[a-z-]+\\s+){0,3}?[a-z-]+)\\s+"
            + "(?:(?:a|an|per|each|every)\\s+year|annually|yearly)\\b");

    /**
     * A count of people who each have one thing per period: "2.5 million have a daily job alert", "40,000 members get a
     * weekly digest", "300 tenants receive a monthly statement"; the things counted are the people's, one each a period.
     */
    private static final Pattern VOLUME_HELD = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?" + HOLD
            + "\\s+(?:a|an|one)\\s+(daily|weekly|monthly)\\s+((?:[a-z-]+\\s+){0,2}[a-z-]+)");
    /** Words after a held thing that end its name: "a daily job alert that ..." counts job alerts. */
    private static final java.util.Set<String> AFTER_HELD = java.util.Set.of("and", "or", "that", "which", "who", "with", "by", "at", "in",
            "on", "from", "to", "for", "of", "must", "is", "are", "will", "sent", "each", "every");

    /**
     * A season named as when things happen ("in the season", "during the filing season", "each season"): a season comes once
     * a year, so a count stated for it is the year's. Not a season named as a thing ("season tickets") nor seasons counted
     * ("two seasons a year": then a season is not a year, see {@link #SEASONS_A_YEAR}).
     */
    private static final Pattern SEASON = Pattern.compile("\\b(?:in|during|over|across|throughout|through|each|every|per|a)\\s+"
            + "(?:the\\s+|each\\s+|every\\s+|a\\s+|our\\s+)?(?:[a-z-]+\\s+)?season\\b(?!\\s+tickets?\\b|'s|\u2019s)");
    /** Seasons counted per year: a request that has several a year states no yearly count by naming one. */
    private static final Pattern SEASONS_A_YEAR = Pattern.compile("\\bseasons\\s+(?:a|per|each|every)\\s+year\\b");
    /** A count in the same sentence as a season (a dot only inside a number): the number, then the noun's words. */
    private static final Pattern COUNTED = Pattern.compile("(?<![\\w,.])" + NUMBER + "\\s+([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3})");
    /** Words that end a counted noun ("7 million e-mails and 2.5 million texts") or, first, say it is no thing counted. */
    private static final java.util.Set<String> NOUN_ENDS = java.util.Set.of("and", "or", "with", "in", "to", "for", "of", "a", "an",
            "the", "that", "which", "who", "per", "each", "every", "at", "on", "by", "from", "during", "before", "after", "than", "are", "is",
            "were", "was", "we", "our", "they", "it", "get", "gets", "have", "has", "must", "will", "can");
    /** Nouns that measure time or share, not things counted. */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "percent", "times", "ms", "gb", "tb", "mb", "kb", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    /** Words before a count that make it a population held ("our 40 staff"), not things that happen. */
    private static final Pattern HELD_BEFORE = Pattern.compile("(?:\\b(?:our|their|its|his|her|the|these|those|all)|'s|\u2019s)\\s*$");
    /** Words before a count that make it a peak ("up to 350,000 citizens"), not a total. */
    private static final Pattern PEAK_BEFORE = Pattern.compile("\\b(?:up\\s+to|peaks?\\s+(?:of|at)|as\\s+many\\s+as)\\s*$");
    /** Words after a counted noun that make it a number present at once, not things that happen. */
    private static final Pattern AT_ONCE = Pattern.compile("\\b(?:at\\s+the\\s+same\\s+time|at\\s+once|concurrently|simultaneously|online)\\b");

    /**
     * Counts stated for a season that comes once a year ("in the season we send about 7 million e-mails and 2.5 million text
     * messages"): each count in the season's sentence whose noun is a thing (not a time, a share or a month) and is not a
     * population ("our 40 staff"), and that no period follows ("9,000 requests per second" is a rate, read elsewhere). Each
     * is the year's count; nothing when the request has several seasons a year.
     */
    private static List<StatedCount> seasonVolumes(Text t) {
        List<StatedCount> out = new ArrayList<>();
        if (SEASONS_A_YEAR.matcher(t.lower()).find()) {
            return out;
        }
        for (String sentence : t.lower().split("(?<!\\d)[.;!?](?!\\d)|\\.(?=\\s)")) {
            if (!SEASON.matcher(sentence).find()) {
                continue;
            }
            int offset = t.lower().indexOf(sentence);
            Matcher m = COUNTED.matcher(sentence);
            while (m.find()) {
                List<String> noun = wordsBefore(m.group(4), NOUN_ENDS);
                // The rest of the count's own clause: up to a comma or the next number ("..., and up to 20,000 skiers at the same time")
                String rest = sentence.substring(m.start(4) + String.join(" ", noun).length()).split(",|\\d", 2)[0];
                if (noun.isEmpty() || MEASURES.contains(noun.get(0)) || MEASURES.contains(noun.get(noun.size() - 1))
                        || HELD_BEFORE.matcher(sentence.substring(0, m.start())).find() || PEAK_BEFORE.matcher(sentence.substring(0, m.start())).find()
                        || AT_ONCE.matcher(rest).find()
                        || rest.matches("\\s*(?:/|(?:a|an|per|each|every)\\s+(?:second|minute|hour|day|week|month|year|season)\\b|"
                        + "(?:daily|weekly|monthly|yearly|annually|hourly)\\b).*")) {
                    continue;
                }
                String kept = String.join(" ", noun);
                String phrase = t.original().substring(offset + m.start(), offset + m.start(4) + kept.length()).trim();
                out.add(StatedCount.of(number(m, 1), StatedCount.Period.SEASON, kept, phrase, t.field()));
            }
        }
        return out;
    }

    /** The words of a run up to the first that ends it: "e-mails and 2.5 million" gives [e-mails]. */
    private static List<String> wordsBefore(String run, java.util.Set<String> ends) {
        List<String> out = new ArrayList<>();
        for (String word : run.split("\\s+")) {
            if (ends.contains(word)) {
                break;
            }
            out.add(word);
        }
        return out;
    }

    /** "each inspector files ", "every courier delivers about ": one of a kind of person or thing, then a verb, just before a count. */
    private static final Pattern EACH_BEFORE = Pattern.compile("\\b(?:each|every|per)\\s+([a-z-]+)\\s+(?:[a-z-]+\\s+){1,2}?(?:about\\s+|around\\s+|up\\s+to\\s+)?$");

    /**
     * A count stated for one of a kind ("each inspector files 30 reports a day") and how many of that kind the request counts
     * elsewhere ("there are 400 inspectors"): exactly one count of the kind's plural, else none (the count is then no
     * volume of the system, never one person's count taken as everyone's).
     *
     * @param phrase the words naming one of the kind, as written
     * @param plural the kind in the plural
     * @param counted how many of the kind the request counts, when it counts them exactly once
     */
    private record PerPerson(String phrase, String plural, Optional<Double> counted) {
    }

    private static Optional<PerPerson> perPerson(Text t, int countAt) {
        String before = t.lower().substring(0, countAt);
        int sentence = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")), before.lastIndexOf(", "));
        Matcher each = EACH_BEFORE.matcher(before.substring(sentence + 1));
        if (!each.find()) {
            return Optional.empty();
        }
        String one = each.group(1);
        String plural = one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies" : one.matches(".*(?:ch|sh|x|s)") ? one + "es" : one + "s";
        Matcher people = Pattern.compile("(?<![\\w,.])" + NUMBER + "\\s+(?:[a-z-]+\\s+)?" + plural + "\\b").matcher(t.lower());
        List<Double> found = new ArrayList<>();
        while (people.find()) {
            found.add(number(people, 1));
        }
        String phrase = t.original().substring(sentence + 1 + each.start(), sentence + 1 + each.start() + each.group().stripTrailing().length()).strip();
        return Optional.of(new PerPerson(phrase, plural, found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty()));
    }

    private static List<StatedCount> volumes(Text t) {
        List<StatedCount> out = new ArrayList<>();
        Matcher held = VOLUME_HELD.matcher(t.lower());
        java.util.Set<Integer> heldAt = new java.util.HashSet<>();
        while (held.find()) {
            List<String> noun = wordsBefore(held.group(5), AFTER_HELD);
            if (!noun.isEmpty()) {
                heldAt.add(held.start());
                String kept = String.join(" ", noun);
                String phrase = t.original().substring(held.start(), held.start(5) + kept.length()).trim();
                out.add(StatedCount.of(number(held, 1), StatedCount.Period.of(held.group(4)), kept, phrase, t.field()));
            }
        }
        Matcher m = VOLUME.matcher(t.lower());
        while (m.find()) {
            boolean after = m.group(1) != null;
            if (heldAt.contains(m.start())) {
                continue; // "2.5 million have a daily" counts what they have, read above
            }
            double n = number(m, after ? 1 : 6);
            String period = after ? m.group(5) : m.group(10);
            String noun = after ? m.group(4) : m.group(9);
            // "each inspector files 30 reports a day": one person's count, times the people the request counts, or nothing
            Optional<PerPerson> each = perPerson(t, m.start());
            if (each.isPresent()) {
                Optional<Double> people = each.get().counted();
                if (people.isPresent()) {
                    out.add(StatedCount.of(n * people.get(), StatedCount.Period.of(period), noun,
                            each.get().phrase() + " " + t.phrase(m) + "\" x \"" + Numbers.format(people.get()) + " " + each.get().plural(), t.field()));
                }
                continue;
            }
            out.add(StatedCount.of(n, StatedCount.Period.of(period), noun, t.phrase(m), t.field()));
        }
        Matcher before = VOLUME_BEFORE.matcher(t.lower());
        while (before.find()) {
            out.add(StatedCount.of(number(before, 1), StatedCount.Period.of(before.group(4)), before.group(5), t.phrase(before), t.field()));
        }
        Matcher year = VOLUME_YEAR.matcher(t.lower());
        while (year.find()) {
            out.add(StatedCount.of(number(year, 1), StatedCount.Period.YEAR, year.group(4), t.phrase(year), t.field()));
        }
        out.addAll(seasonVolumes(t));
        return out;
    }


    /**
     * "Only about 10% of visitors sign in", "5 percent of our readers have an account": the share of the people who sign in,
     * stated in a sentence.
     */
    private static final Pattern SIGNED_IN_SHARE = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per\\s+cent\\b)\\s+of\\s+"
            + "(?:the\\s+|our\\s+|its\\s+|their\\s+|all\\s+|those\\s+)?(?:[a-z-]+\\s+){0,2}?[a-z-]+\\s+(?:ever\\s+|actually\\s+|will\\s+|would\\s+)?"
            + "(?:sign\\s+in|signs\\s+in|log\\s+in|logs\\s+in|are\\s+signed\\s+in|are\\s+logged\\s+in|have\\s+an\\s+account|hold\\s+an\\s+account|"
            + "create\\s+an\\s+account|register)\\b");

    /**
     * The share of the monthly users who sign in, when a sentence of the description or a goal states it ("only about 10%
     * of visitors sign in"): the value is the share (0.1), the phrase the words read.
     *
     * @param request the request
     * @return the stated share with its phrase, or empty
     */
    public static Optional<StatedFact> signedInShare(ConsultationRequest request) {
        List<Text> texts = descriptionAndGoals(request);
        for (Text t : texts) {
            Matcher m = SIGNED_IN_SHARE.matcher(t.lower());
            while (m.find()) {
                double percent = Double.parseDouble(m.group(1));
                if (percent > 0 && percent <= 100) {
                    return Optional.of(new StatedFact(percent / 100, t.phrase(m), t.field()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How many of a kind of people the request says there are: "850 member growers", "our 1,200 riders". A count followed by
     * a period ("300 riders a day") is a volume, not the population, and is not read.
     *
     * @param request the request
     * @param plural  the people's noun in the plural, lower case ("growers")
     * @return the count with its phrase, or empty
     */
    public static Optional<StatedFact> population(ConsultationRequest request, String plural) {
        Pattern counted = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?" + Pattern.quote(plural)
                + "\\b(?!\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|year|hour)\\b)");
        List<Text> texts = descriptionAndGoals(request);
        for (Text t : texts) {
            Matcher m = counted.matcher(t.lower());
            if (m.find()) {
                return Optional.of(new StatedFact(number(m, 1), t.phrase(m), t.field()));
            }
        }
        return Optional.empty();
    }

    /** Words of a counted phrase that name no thing: "18,000 new applications a year" counts applications. */
    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("of", "the", "new", "more", "than", "about", "around", "up",
            "to", "over", "nearly", "some", "roughly", "a", "an", "per", "each", "every", "month", "day", "week", "year", "annually", "yearly");

    /**
     * Words that say use comes in bursts or seasons, so a month's use is not its peak / 3 all month: a deadline, a season,
     * spikes, evenings, the closing minutes of an auction.
     */
    private static final Pattern SEASONAL = Pattern.compile("\\b(?:deadlines?|seasons?|seasonal|seasonally|annual|annually|yearly|once\\s+a\\s+year|"
            + "spikes?|spiky|spiking|bursts?|bursty|surges?|surging|rush|evenings?|weekends?|closing\\s+minutes|last\\s+minutes|final\\s+minutes|"
            + "end\\s+of\\s+term|term\\s+start|enrol(?:l)?ment\\s+period|registration\\s+period|open\\s+enrol(?:l)?ment|black\\s+friday|flash\\s+sales?)\\b");

    /**
     * Whether the request says its use comes in bursts or seasons, in its description or goals.
     *
     * @param request the request
     * @return the phrase that says so, or empty
     */
    public static Optional<String> seasonal(ConsultationRequest request) {
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        for (String text : texts) {
            Matcher m = SEASONAL.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** Whether a capability word names the counted thing: "applications" the applications, "bidding" the bids. */
    private static boolean names(java.util.Set<String> capabilityWords, String counted) {
        return capabilityWords.contains(counted) || counted.length() >= 3 && capabilityWords.stream()
                .anyMatch(w -> w.startsWith(counted) && w.endsWith("ing") && w.length() - counted.length() <= 4);
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "for", "from", "in", "on", "with", "by", "at", "into", "through");

    /**
     * The stated counts of what a capability does: those whose counted noun is a word of a capability's name ("18,000
     * applications a year" and the capability "application forms"). A count of something no capability names (SMS a
     * vendor sends, identity checks) is not the system's own traffic.
     *
     * @param capabilities the capabilities as the request names them
     * @return the counts a month, each with its phrase
     */
    public List<StatedFact> actionVolumes(List<String> capabilities) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String c : capabilities) {
            for (String word : c.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.length() > 2 && !NOT_COUNTED.contains(word)) {
                    named.add(singular(word));
                }
            }
        }
        List<StatedFact> out = new ArrayList<>();
        for (StatedCount c : volumes) {
            StatedFact v = c.fact();
            String words = v.phrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z -]", " ");
            for (String word : words.trim().split("\\s+")) {
                if (PREPOSITIONS.contains(word)) {
                    break;  // "SMS reminders for appointments" counts reminders, not appointments
                }
                if (!NOT_COUNTED.contains(word) && names(named, singular(word))) {
                    out.add(v);
                    break;
                }
            }
        }
        return out;
    }

    /** "each load sends 3 SMS status updates", "every delivery gets 2 geocoding requests". */
    private static final Pattern RATE_EACH = Pattern.compile("\\b(?:each|every)\\s+([a-z-]+)\\s+(?:[a-z-]+\\s+){1,3}?(\\d+(?:\\.\\d+)?|one|two|three|four|five|a|an)\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\b");
    /** "3 SMS per load", "2 geocoding requests for each delivery". */
    private static final Pattern RATE_PER = Pattern.compile("\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five)\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:per|for\\s+each|for\\s+every)\\s+([a-z-]+)\\b");
    /** "1,350 discharges a day, two texts each": the count of the items, then how many of a thing each brings. */
    private static final Pattern RATE_AFTER = Pattern.compile("\\b" + NUMBER + "\\s+((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+(?:a|an|per|each|every)\\s+"
            + "(?:day|week|month|year)\\s*(?:,\\s*|\\s+and\\s+|\\s+with\\s+)(\\d+(?:\\.\\d+)?|one|two|three|four|five)\\s+"
            + "((?:[a-z-]+\\s+){0,2}?[a-z-]+)\\s+each\\b");
    private static final List<String> SMALL = List.of("one", "two", "three", "four", "five");

    private static double small(String digits) {
        if (digits.equals("a") || digits.equals("an")) {
            return 1;
        }
        int word = SMALL.indexOf(digits);
        return word >= 0 ? word + 1 : Double.parseDouble(digits);
    }

    private static List<StatedRate> rates(Text t) {
        List<StatedRate> out = new ArrayList<>();
        Matcher each = RATE_EACH.matcher(t.lower());
        while (each.find()) {
            out.add(new StatedRate(small(each.group(2)), each.group(3), singular(each.group(1)), t.phrase(each), t.field()));
        }
        Matcher after = RATE_AFTER.matcher(t.lower());
        while (after.find()) {
            String[] items = after.group(4).split("\\s+");
            out.add(new StatedRate(small(after.group(5)), after.group(6), singular(items[items.length - 1]), t.phrase(after), t.field()));
        }
        Matcher per = RATE_PER.matcher(t.lower());
        while (per.find()) {
            // "3 SMS per load" but not a period ("40,000 loads per week"), which is a count a month
            if (!List.of("day", "week", "month", "year", "hour", "minute", "second").contains(per.group(3))) {
                out.add(new StatedRate(small(per.group(1)), per.group(2), singular(per.group(3)), t.phrase(per), t.field()));
            }
        }
        return out;
    }

    /** A verb that says the counted things are stored as files: "3,000 calls a day are recorded", "inspectors upload 500 photos a day". */
    private static final Pattern STORED_AFTER = Pattern.compile("^\\s*(?:are|is|get|gets|will\\s+be|must\\s+be)\\s+(?:all\\s+)?(?:recorded|uploaded|scanned|stored|"
            + "captured|filmed|photographed|archived|attached|saved)\\b");
    private static final Pattern STORED_BEFORE = Pattern.compile("\\b(?:record|records|upload|uploads|scan|scans|store|stores|capture|captures|film|films|"
            + "attach|attaches|save|saves)\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+|up\\s+to\\s+|over\\s+|nearly\\s+)?$");

    /** Counts whose clause says their things are stored as files. */
    private static List<StatedCount> storedCounts(Text t) {
        List<StatedCount> out = new ArrayList<>();
        for (StatedCount c : volumes(t)) {
            int at = t.original().indexOf(c.phrase());
            if (at < 0) {
                continue;
            }
            String after = t.lower().substring(at + c.phrase().length());
            String before = t.lower().substring(Math.max(0, at - 30), at);
            if (STORED_AFTER.matcher(after).find() || STORED_BEFORE.matcher(before).find()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Media stored a month: a count of the sized files themselves ("12,000 photos a week" with "4 MB photos"), else a count
     * whose clause says it is stored ("3,000 calls a day are recorded") with the one size stated ("each recording is 8 MB").
     */
    private static Optional<MediaUploads> media(List<StatedCount> volumes, List<StatedCount> stored, List<Sized> sizes) {
        for (StatedCount c : volumes) {
            for (Sized z : sizes) {
                if (c.counts(z.noun())) {
                    return Optional.of(new MediaUploads(c, z.fact()));
                }
            }
        }
        if (!stored.isEmpty() && sizes.size() == 1) {
            // Another count per period beside the size ("records 8 surveys a month ... a trace file of about 2.5 TB, about 20
            // lines a month") leaves open which count the sized files are: then none is taken, and the stated growth stands
            StatedCount counted = stored.get(0);
            StatedFact size = sizes.get(0).fact();
            boolean rival = volumes.stream().anyMatch(v -> !v.phrase().equals(counted.phrase()) && v.field().equals(size.field()));
            if (!rival) {
                return Optional.of(new MediaUploads(counted, size));
            }
        }
        return Optional.empty();
    }

    /** "recordings move to archive after 90 days", "photos are archived after 6 months", "moved to infrequent access after 30 days". */
    private static final Pattern ARCHIVE_AFTER = Pattern.compile("\\b(?:(?:move|moves|moved|go|goes|transition|transitions|transitioned|tier|tiers|tiered)\\s+"
            + "(?:in)?to\\s+(?:an?\\s+|the\\s+)?(?:archive|archival|cold|cool|glacier|infrequent[- ]access)(?:\\s+(?:storage|tier|class))?|archived)\\s+after\\s+"
            + "(\\d+)\\s*(days?|weeks?|months?|years?)\\b");

    /**
     * "renders are rarely read after a year", "traces are rarely accessed after the first 6 months", "rarely read after the
     * first year" (one of the unit when no count is said): the request's own words
     * for when its files go cold, which a lifecycle rule acts on as it does on a stated move to the archive.
     */
    private static final Pattern RARELY_READ_AFTER = Pattern.compile("\\brarely\\s+(?:read|accessed|opened|downloaded|viewed|used)\\s+(?:again\\s+)?"
            + "after\\s+(?:the\\s+first\\s+|their\\s+first\\s+|its\\s+first\\s+)?(?:(\\d+)\\s*|an?\\s+|one\\s+)?(days?|weeks?|months?|years?)\\b");

    /**
     * "editors work on rushes for the first 45 days; after that footage is rarely read": a first period of use, then the
     * content named rarely read, in the next clause.
     */
    private static final Pattern FIRST_THEN_RARELY = Pattern.compile("\\bfor\\s+(?:the|their|its)\\s+first\\s+(\\d+)\\s*(days?|weeks?|months?|years?)\\b"
            + "[^.]{0,20}?\\bafter\\s+(?:that|this|which)\\b[^.;]{0,60}?\\brarely\\s+(?:read|accessed|opened|downloaded|viewed|used)\\b");

    private static Optional<StatedFact> archiveAfterDays(Text t) {
        Matcher m = ARCHIVE_AFTER.matcher(t.lower());
        Matcher rarely = RARELY_READ_AFTER.matcher(t.lower());
        Matcher firstThen = FIRST_THEN_RARELY.matcher(t.lower());
        if (!m.find()) {
            m = rarely.find() ? rarely : firstThen.find() ? firstThen : null;
        }
        if (m != null) {
            double n = m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
            String unit = m.group(2);
            double days = unit.startsWith("y") ? n * 365 : unit.startsWith("m") ? n * 365 / 12 : unit.startsWith("w") ? n * 7 : n;
            return Optional.of(new StatedFact(Numbers.round(days, 0), t.phrase(m), t.field()));
        }
        return Optional.empty();
    }

    /** Backups asked for in another region: "backups must be copied to a second region", "cross-region backups", "off-site backups". */
    private static final Pattern BACKUP_COPY = Pattern.compile("\\b(?:backups?|snapshots?)\\b[^.;]{0,60}?\\b(?:in|to|into)\\s+(?:an?\\s+)?(?:another|second|secondary|"
            + "different|separate|other|paired|remote)\\s+(?:cloud\\s+|azure\\s+|aws\\s+)?regions?\\b|\\bcross-region\\s+(?:backups?|backup\\s+cop(?:y|ies)|snapshots?)\\b"
            + "|\\b(?:off-site|offsite|geo-redundant)\\s+(?:backups?|backup\\s+cop(?:y|ies))\\b");
    /** A word that denies the clause it stands in ("no backups in another region"). */
    private static final Pattern DENIED = Pattern.compile("\\b(?:no|not|never|without|nor)\\b[^.;,]*$");

    private static Optional<StatedFact> crossRegionBackups(Text t) {
        Matcher m = BACKUP_COPY.matcher(t.lower());
        while (m.find()) {
            String before = t.lower().substring(Math.max(0, m.start() - 40), m.start());
            if (!DENIED.matcher(before + t.lower().substring(m.start(), m.end())).find()) {
                return Optional.of(new StatedFact(1, t.phrase(m), t.field()));
            }
        }
        return Optional.empty();
    }

    /** Months' share of a period a count is stated per: a week is 52 / 12 of a month, a day 365 / 12. */
    private static double perMonth(String period) {
        return StatedCount.Period.of(period).perMonth();
    }

    private static List<Counted> downloadCounts(Text t) {
        List<Counted> out = new ArrayList<>();
        Matcher m = DOWNLOADED.matcher(t.lower());
        while (m.find()) {
            out.add(new Counted(singular(m.group(4)), false, new StatedFact(Numbers.round(number(m, 1) * perMonth(m.group(5)), 0), t.phrase(m), t.field())));
        }
        Matcher any = DOWNLOAD_COUNT.matcher(t.lower());
        while (any.find()) {
            out.add(new Counted(any.group(4), true, new StatedFact(Numbers.round(number(any, 1) * perMonth(any.group(5)), 0), t.phrase(any), t.field())));
        }
        return out;
    }

    private static Optional<StatedFact> users(Text t) {
        Matcher m = USERS.matcher(t.lower());
        while (m.find()) {
            String before = t.lower().substring(Math.max(0, m.start() - 12), m.start());
            boolean daily = before.matches(".*\\b(?:daily|concurrent|simultaneous)\\s*$");
            if (!daily && !NOT_MONTHLY.matcher(t.lower().substring(m.end())).find()) {
                return Optional.of(new StatedFact(number(m, 1), t.phrase(m), t.field()));
            }
        }
        return Optional.empty();
    }

    private static List<Retention> retention(Text t) {
        List<Retention> out = new ArrayList<>();
        for (Pattern p : List.of(RETENTION, RETENTION_KEEP, RETENTION_LABEL)) {
            Matcher m = p.matcher(t.lower());
            int from = 0;
            while (from < t.lower().length() && m.find(from)) {
                String unit = m.group(5);
                add(out, t, m.group(1), number(m, 2), unit, t.phrase(m));
                from = m.end();
                // The classes that follow in the same sentence keep the unit of the first one.
                Matcher next = RETENTION_NEXT.matcher(t.lower().substring(from));
                while (next.find()) {
                    unit = next.group(5) != null ? next.group(5) : unit;
                    String phrase = t.original().substring(from + next.start(), from + next.end()).trim().replaceFirst("^[,;]\\s*", "");
                    add(out, t, next.group(1), number(next, 2), unit, phrase);
                    from += next.end();
                    next = RETENTION_NEXT.matcher(t.lower().substring(from));
                }
            }
        }
        return out;
    }

    private static void add(List<Retention> out, Text t, String words, double value, String unit, String phrase) {
        List<String> kept = new ArrayList<>();
        for (String w : words.trim().split("\\s+")) {
            if (!FILLER.contains(w)) {
                kept.add(w);
            }
        }
        if (kept.isEmpty() || value <= 0) {
            return;
        }
        String dataClass = String.join(" ", kept);
        double years = unit == null || unit.startsWith("y") ? value : unit.startsWith("m") ? value / 12 : value / 365;
        if (out.stream().noneMatch(r -> r.dataClass().equals(dataClass))) {
            out.add(new Retention(dataClass, kind(kept), years, phrase, t.field()));
        }
    }

    private static Retention.Kind kind(List<String> words) {
        if (words.stream().anyMatch(w -> w.startsWith("aggregat") || w.startsWith("rollup") || w.startsWith("roll-up") || w.startsWith("summar")
                || w.startsWith("downsampl") || w.equals("hourly") || w.equals("daily") || w.equals("monthly") || w.startsWith("averag")
                || w.equals("mean") || w.equals("means"))) {
            return Retention.Kind.AGGREGATE;
        }
        String joined = String.join(" ", words);
        if (joined.contains("full resolution") || joined.contains("high resolution") || words.stream().anyMatch(w -> w.equals("raw") || w.equals("full-resolution") || w.equals("high-resolution") || w.equals("full-fidelity")
                || w.equals("unaggregated") || w.startsWith("reading") || w.startsWith("measurement") || w.startsWith("sample")
                || w.startsWith("event") || w.startsWith("telemetry") || w.startsWith("message"))) {
            return Retention.Kind.RAW;
        }
        return Retention.Kind.OTHER;
    }

    /** "about 40 requests per second", "2,400 API calls a minute", "300 queries/s": a rate of requests, its unit in group 4. */
    private static final Pattern REQUEST_RATE = Pattern.compile("\\b" + NUMBER + "\\s+(?:[a-z-]+\\s+){0,2}?(?:requests|calls|hits|queries|page\\s+views)"
            + "\\s*(?:per|a|an|each|every|/)\\s*(second|sec|s|minute|min|hour|day)\\b");
    /** "40 rps", "40 req/s". */
    private static final Pattern RPS = Pattern.compile("\\b" + NUMBER + "\\s*(?:rps|req/s)\\b");

    /**
     * The rates of requests one text states, each a second with its phrase: "about 40 requests per second" is 40,
     * "2,400 requests a minute" 40, "40 rps" 40. The reader of a stated usual rate ({@code LoadCalendar#baseline}) picks
     * among them; nothing here says whether a rate is a peak or the usual load.
     *
     * @param field where the text stands, {@code description} or {@code goals[1]}
     * @param text  the text
     * @return its request rates in the order stated; empty when it states none
     */
    public static List<StatedFact> requestRates(String field, String text) {
        Text t = new Text(field, text);
        List<StatedFact> out = new ArrayList<>();
        Matcher m = REQUEST_RATE.matcher(t.lower());
        while (m.find()) {
            out.add(new StatedFact(Numbers.round(number(m, 1) / seconds(m.group(4)), 4), t.phrase(m), field));
        }
        Matcher r = RPS.matcher(t.lower());
        while (r.find()) {
            out.add(new StatedFact(number(r, 1), t.phrase(r), field));
        }
        return out;
    }

    /**
     * The number in the group, with its multiplier in the next two groups.
     *
     * @param m     a match of a pattern holding {@link #NUMBER}
     * @param group the group {@link #NUMBER}'s digits stand in
     * @return the number, its multiplier applied
     */
    public static double number(Matcher m, int group) {
        String digits = m.group(group);
        double n = digits.equals("a") || digits.equals("one") ? 1 : Double.parseDouble(digits.replace(",", ""));
        String suffix = m.group(group + 1) != null ? m.group(group + 1) : m.group(group + 2);
        if (suffix == null) {
            return n;
        }
        return n * switch (suffix) {
            case "k", "thousand" -> 1_000;
            case "m", "mn", "million", "millions" -> 1_000_000;
            default -> 1_000_000_000;
        };
    }

    private static double seconds(String unit) {
        if (unit.startsWith("d")) {
            return 86_400;
        }
        if (unit.startsWith("h")) {
            return 3_600;
        }
        if (unit.startsWith("m")) {
            return 60;
        }
        return 1;
    }

    /** The class whose growth dominates storage: raw data, else the first class stated. */
    public Optional<Retention> rawRetention() {
        return retention.stream().filter(r -> r.kind() == Retention.Kind.RAW).findFirst()
                .or(() -> retention.stream().filter(r -> r.kind() != Retention.Kind.AGGREGATE).findFirst());
    }

    /** The aggregates' retention, when stated. */
    public Optional<Retention> aggregateRetention() {
        return retention.stream().filter(r -> r.kind() == Retention.Kind.AGGREGATE).findFirst();
    }

    /**
     * Bytes of one reading inside a message that carries several, where the request states none: a channel id, a
     * timestamp offset, a value and its quality flag, about 16 bytes packed (assumption as-reading-size).
     */
    public static final double READING_BYTES = 16;
    /** Words that count readings rather than messages: "2.7 million readings a second". */
    private static final Pattern COUNTS_READINGS = Pattern.compile("\\b(?:readings|measurements|samples|values|channels|data\\s+points|telemetry\\s+points)\\b");

    /**
     * Readings one device message carries: the devices' own ("each turbine sends 300 sensor channels"), else a grouping
     * stated apart ("each message carries 50 readings"), else one.
     *
     * @return readings a message, at least 1
     */
    public double readingsPerDeviceMessage() {
        return deviceRate.map(DeviceRate::readingsPerMessage).filter(n -> n > 1)
                .or(() -> readingsPerMessage.map(StatedFact::value).filter(n -> n >= 1)).orElse(1.0);
    }

    /**
     * Where the readings a message carries were read from, when the request states more than one.
     *
     * @return the phrase and its field, or empty when a message carries one reading
     */
    public Optional<String> readingsPerMessageEvidence() {
        if (readingsPerDeviceMessage() <= 1) {
            return Optional.empty();
        }
        return deviceRate.filter(d -> d.readingsPerMessage() > 1).map(d -> d.field() + " \"" + d.phrase() + "\"")
                .or(() -> readingsPerMessage.map(StatedFact::evidence));
    }

    /**
     * The size of one device message in KB: a message of one reading is a small message of {@code smallKb}; one carrying
     * several is its readings' bytes (as stated, else {@link #READING_BYTES} each), never less than {@code smallKb}.
     *
     * @param smallKb the size a small message is taken at
     * @return KB a message
     */
    public double messageKb(double smallKb) {
        double n = readingsPerDeviceMessage();
        if (n <= 1) {
            return smallKb;
        }
        return Numbers.round(Math.max(smallKb, n * readingBytesOrAssumed() / 1000), 4);
    }

    /**
     * Bytes of a reading: as the request states it, else {@link #READING_BYTES}.
     *
     * @return bytes a reading
     */
    public double readingBytesOrAssumed() {
        return readingBytes.map(StatedFact::value).orElse(READING_BYTES);
    }

    /** A rate stated in readings, as messages when the request says how many readings a message carries. */
    private StatedFact asMessages(StatedFact rate) {
        double n = readingsPerDeviceMessage();
        if (n <= 1 || !COUNTS_READINGS.matcher(rate.phrase().toLowerCase(Locale.ROOT)).find()) {
            return rate;
        }
        return new StatedFact(Numbers.round(rate.value() / n, 2), rate.phrase(), rate.field());
    }

    /** The arithmetic of a rate stated outright, in messages: {@code 2,700,000 readings/s (...) / 300 readings a message (...) = 9,000}. */
    private String messagesText(StatedFact rate) {
        StatedFact messages = asMessages(rate);
        if (messages == rate) {
            return Numbers.format(rate.value()) + " writes/s (" + rate.evidence() + ")";
        }
        return Numbers.format(rate.value()) + " readings/s (" + rate.evidence() + ") / " + Numbers.format(readingsPerDeviceMessage())
                + " readings a message (" + readingsPerMessageEvidence().orElseThrow() + ") = " + Numbers.format(messages.value()) + " writes/s";
    }

    /**
     * The write rate the request states: devices times their reporting interval, else messages a second stated outright
     * (readings a second stated outright are turned into messages where the request says how many a message carries).
     *
     * @return the rate with the arithmetic and phrase as its evidence, or empty when neither is stated
     */
    public Optional<StatedFact> writeRate() {
        return deviceRate().map(d -> new StatedFact(d.writesPerSecond(), d.phrase(), d.field()))
                .or(() -> messageRate.map(this::asMessages));
    }

    /**
     * Where the stated write rate came from, with its arithmetic.
     *
     * @return the evidence, or empty when no write rate is stated
     */
    public Optional<String> writeRateEvidence() {
        return deviceRate().map(DeviceRate::evidence)
                .or(() -> messageRate().map(this::messagesText));
    }

    /**
     * A stated rate of messages a second with where it came from.
     *
     * @param perSecond messages a second
     * @param basis the arithmetic and the phrase: {@code 1,100 devices / 10 s = 110 writes/s (description "...")}
     */
    public record MessageRate(double perSecond, String basis) {
    }

    /**
     * The busiest stream of messages the request states: the devices' reports (count / interval) or a rate stated outright,
     * whichever is larger; a broker that carries them is sized for it. Readings stated a second are counted in the
     * messages that carry them where the request says how many a message carries.
     *
     * @return the rate with its arithmetic and phrase; empty when neither is stated
     */
    public Optional<MessageRate> largestMessageRate() {
        Optional<MessageRate> devices = deviceRate().map(d -> new MessageRate(d.writesPerSecond(), "Given: " + d.evidence()));
        Optional<MessageRate> stated = busiestStream.map(m -> {
            StatedFact messages = asMessages(m);
            return new MessageRate(messages.value(), "Given: " + (messages == m ? Numbers.format(m.value()) + " messages/s (" + m.evidence() + ")"
                    : messagesText(m).replace(" writes/s", " messages/s")));
        });
        if (devices.isEmpty() || stated.isPresent() && stated.get().perSecond() > devices.get().perSecond()) {
            return stated;
        }
        return devices;
    }

    /** The longest stated retention, in whole years. */
    public Optional<Integer> longestRetentionYears() {
        return retention.stream().map(Retention::wholeYears).max(Integer::compare);
    }
}
