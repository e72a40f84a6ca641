package dev.architect.figures;

import dev.architect.dossier.Assumption;
import dev.architect.internal.Numbers;
import dev.architect.internal.facts.RegimeNames;
import dev.architect.internal.facts.Retention;
import dev.architect.internal.facts.StatedFact;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.offline.internal.catalog.DailyLoadShape;
import dev.architect.offline.internal.catalog.Geography;
import dev.architect.offline.internal.catalog.LoadCalendar;
import dev.architect.offline.internal.catalog.PhysicalCounts;
import dev.architect.offline.internal.catalog.RegimeEvidence;
import dev.architect.request.Audience;
import dev.architect.request.CapabilityLoad;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Load;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of a request with every gap filled: each figure the request left out is replaced by a stated value
 * and recorded as an {@link Assumption} whose topic is the request field (e.g. {@code load.peakRequestsPerSecond}).
 * Derived load figures (average, reads and writes at peak) are computed here so every part of the design uses the
 * same numbers. Build one with {@link #of(ConsultationRequest)}.
 *
 * @param system the system name
 * @param capabilities what the system must do, as the request lists it
 * @param peakRps requests a second at peak
 * @param readWriteRatio reads per write
 * @param averageRps requests a second on average
 * @param peakReads reads a second at peak
 * @param peakWrites writes a second at peak
 * @param monthlyActiveUsers distinct users in a month
 * @param audience how widely the users are spread
 * @param initialGb data held at launch, in GB
 * @param growthGbPerMonth data added each month, in GB
 * @param retentionYears how long data is kept, in years
 * @param p99Ms the p99 latency target, in milliseconds
 * @param availabilityPercent the availability target, in percent
 * @param rpoMinutes the most data loss tolerated, in minutes
 * @param rtoMinutes the longest time to recover, in minutes
 * @param teamSize engineers on the team
 * @param expertise technologies the team knows
 * @param cloud where the system runs
 * @param regions the regions it runs in
 * @param budgetUsd the monthly budget in US dollars, or empty
 * @param compliance the regulations it must meet
 * @param assumptions the assumption stated for each figure the request left out
 * @param capabilityLoads the load the request states for some capabilities, as it states it
 * @param signedInShare the share of monthly active users who sign in, when the request states it
 * @param loadBasis where the peak, reads and writes came from when a write rate the description states set them
 * @param streamWrites writes a second of the devices' or messages' stream the request states ("2.7 million readings a
 *        second"), included in {@code peakWrites}; 0 where it states none
 * @param averageBasis how the average was arrived at: the peak over the usual day's curve (its hours) or the stated spike
 *        factor, the usual month below a stated window, a window that recurs every month included
 * @param windowRequests requests a stated window that does not recur every month adds to a month it falls in, on top of the
 *        usual month ("results day", "two weeks in January"); 0 where none is stated
 * @param windowsAYear how many months a year carry that window; 0 where none is stated
 * @param loadMonths how the average runs over the calendar months when the request states seasons; flat otherwise, and
 *        {@code averageRps} is then January's
 */
public record Workload(
        String system,
        List<String> capabilities,
        double peakRps,
        double readWriteRatio,
        double averageRps,
        double peakReads,
        double peakWrites,
        long monthlyActiveUsers,
        Audience audience,
        double initialGb,
        double growthGbPerMonth,
        int retentionYears,
        int p99Ms,
        double availabilityPercent,
        int rpoMinutes,
        int rtoMinutes,
        int teamSize,
        List<String> expertise,
        Cloud cloud,
        List<String> regions,
        Optional<Double> budgetUsd,
        List<ComplianceRegime> compliance,
        List<Assumption> assumptions,
        List<CapabilityLoad> capabilityLoads,
        Optional<Double> signedInShare,
        Optional<String> loadBasis,
        double streamWrites,
        String averageBasis,
        double windowRequests,
        double windowsAYear,
        LoadMonths loadMonths) {

    /**
     * Peak over average of this workload's traffic: the spike the request states ("traffic jumps 6x"), else the usual
     * day's {@link #PEAK_TO_AVERAGE}. Every monthly figure divides the peak by it, so all of them share one average.
     *
     * @return the ratio
     */
    public double peakToAverage() {
        return averageRps > 0 ? Numbers.round(peakRps / averageRps, 2) : PEAK_TO_AVERAGE;
    }

    /**
     * The people's requests a second at peak: the peak less the stream of devices' or messages' writes the request
     * states, which arrives through the ingestion path rather than as requests people make (200 requests/s beside 2.7
     * million readings a second). The whole peak where no stream is stated.
     *
     * @return requests a second at peak, the stated stream left out
     */
    public double userRequestsPerSecond() {
        return Numbers.round(peakRps - streamWrites, 2);
    }

    /**
     * The requests one stated action brings: one where the request counts things read (look-ups, checks, verifications:
     * count-directions.yaml), else {@link #REQUESTS_PER_ACTION}.
     */
    private static double requestsPerAction(ConsultationRequest request, StatedFacts stated, StatedFact action) {
        return stated.volumes().stream().filter(c -> c.phrase().equals(action.phrase()) && c.field().equals(action.field())).findFirst()
                .map(c -> dev.architect.offline.internal.catalog.CountDirections.standard().of(request, c))
                .filter(d -> d == dev.architect.offline.internal.catalog.CountDirections.Direction.READ).map(d -> 1.0).orElse(REQUESTS_PER_ACTION);
    }

    /** Peak traffic over the average of a day. */
    public static final double PEAK_TO_AVERAGE = 3;
    /** Requests one stated action brings (an application, an order, a booking: its pages, saves, uploads and status checks). */
    public static final double REQUESTS_PER_ACTION = 20;
    /** The assumption whose value is the arithmetic of an average taken from stated counts of actions. */
    public static final String AVERAGE_FROM_ACTIONS = "as-requests-per-action";
    /**
     * The assumption whose value is the requests a monthly user makes in a month (visits x requests a visit of the kind of
     * use the request describes, from usage-profiles.yaml): the basis of a peak derived from users and the floor of an
     * average from actions.
     */
    public static final String REQUESTS_PER_USER = "as-requests-per-user-month";
    /** Size of a stored write, when growth is derived from the write rate. */
    public static final double KB_PER_WRITE = 1;
    /** Reads per write of people's own traffic when a stated peak holds only the devices' writes: a typical web ratio. */
    private static final double PEOPLE_READS_PER_WRITE = 10;
    /** Reads per write assumed when devices write the load and the request states no ratio. */
    public static final double DEVICE_READS_PER_WRITE = 0.1;
    /** Share by which the load fields' writes may fall short of a stated write rate before the stated rate replaces them. */
    public static final double RATE_TOLERANCE = 0.001;
    /** Seconds in a month of 730 hours, the month the price table uses. */
    public static final double SECONDS_PER_MONTH = 730 * 3600;

    /**
     * Copies the lists, so the value stays immutable.
     *
     * @param system the system name
     * @param capabilities what the system must do, as the request lists it
     * @param peakRps requests a second at peak
     * @param readWriteRatio reads per write
     * @param averageRps requests a second on average
     * @param peakReads reads a second at peak
     * @param peakWrites writes a second at peak
     * @param monthlyActiveUsers distinct users in a month
     * @param audience how widely the users are spread
     * @param initialGb data held at launch, in GB
     * @param growthGbPerMonth data added each month, in GB
     * @param retentionYears how long data is kept, in years
     * @param p99Ms the p99 latency target, in milliseconds
     * @param availabilityPercent the availability target, in percent
     * @param rpoMinutes the most data loss tolerated, in minutes
     * @param rtoMinutes the longest time to recover, in minutes
     * @param teamSize engineers on the team
     * @param expertise technologies the team knows
     * @param cloud where the system runs
     * @param regions the regions it runs in
     * @param budgetUsd the monthly budget in US dollars, or empty
     * @param compliance the regulations it must meet
     * @param assumptions the assumption stated for each figure the request left out
     * @param capabilityLoads the load the request states for some capabilities, as it states it
     * @param signedInShare the share of monthly active users who sign in, when the request states it
     * @param loadBasis where the peak, reads and writes came from when a write rate the description states set them
     * @param streamWrites writes a second of the stream the request states, included in {@code peakWrites}; 0 for none
     * @param averageBasis how the average was arrived at, for the text
     * @param windowRequests requests a stated window adds to a month it falls in; 0 for none
     * @param windowsAYear how many months a year carry that window; 0 for none
     * @param loadMonths how the average runs over the calendar months; {@link LoadMonths#FLAT} for the same every month
     */
    public Workload {
        java.util.Objects.requireNonNull(averageBasis, "averageBasis");
        java.util.Objects.requireNonNull(loadMonths, "loadMonths");
        if (!(windowRequests >= 0) || Double.isInfinite(windowRequests) || !(windowsAYear >= 0) || windowsAYear > 12) {
            throw new IllegalArgumentException("a window's requests must be finite and 0 or more, in 0 to 12 months a year, but were "
                    + windowRequests + " in " + windowsAYear);
        }
        if (!(streamWrites >= 0) || streamWrites > peakWrites + RATE_TOLERANCE * peakWrites) {
            throw new IllegalArgumentException("the stated stream's writes must be between 0 and the peak writes " + peakWrites
                    + " but were " + streamWrites);
        }
        java.util.Objects.requireNonNull(signedInShare, "signedInShare");
        java.util.Objects.requireNonNull(loadBasis, "loadBasis");
        capabilities = List.copyOf(capabilities);
        capabilityLoads = List.copyOf(capabilityLoads);
        expertise = List.copyOf(expertise);
        regions = List.copyOf(regions);
        compliance = List.copyOf(compliance);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * A workload whose load is the same every calendar month.
     *
     * @param system the system name
     * @param capabilities what the system must do, as the request lists it
     * @param peakRps requests a second at peak
     * @param readWriteRatio reads per write
     * @param averageRps requests a second on average
     * @param peakReads reads a second at peak
     * @param peakWrites writes a second at peak
     * @param monthlyActiveUsers distinct users in a month
     * @param audience how widely the users are spread
     * @param initialGb data held at launch, in GB
     * @param growthGbPerMonth data added each month, in GB
     * @param retentionYears how long data is kept, in years
     * @param p99Ms the p99 latency target, in milliseconds
     * @param availabilityPercent the availability target, in percent
     * @param rpoMinutes the most data loss tolerated, in minutes
     * @param rtoMinutes the longest time to recover, in minutes
     * @param teamSize engineers on the team
     * @param expertise technologies the team knows
     * @param cloud where the system runs
     * @param regions the regions it runs in
     * @param budgetUsd the monthly budget in US dollars, or empty
     * @param compliance the regulations it must meet
     * @param assumptions the assumption stated for each figure the request left out
     * @param capabilityLoads the load the request states for some capabilities, as it states it
     * @param signedInShare the share of monthly active users who sign in, when the request states it
     * @param loadBasis where the peak, reads and writes came from when a write rate the description states set them
     * @param streamWrites writes a second of the stream the request states, included in {@code peakWrites}; 0 for none
     * @param averageBasis how the average was arrived at, for the text
     * @param windowRequests requests a stated window adds to a month it falls in; 0 for none
     * @param windowsAYear how many months a year carry that window; 0 for none
     */
    public Workload(String system, List<String> capabilities, double peakRps, double readWriteRatio, double averageRps,
            double peakReads, double peakWrites, long monthlyActiveUsers, Audience audience, double initialGb,
            double growthGbPerMonth, int retentionYears, int p99Ms, double availabilityPercent, int rpoMinutes,
            int rtoMinutes, int teamSize, List<String> expertise, Cloud cloud, List<String> regions,
            Optional<Double> budgetUsd, List<ComplianceRegime> compliance, List<Assumption> assumptions,
            List<CapabilityLoad> capabilityLoads, Optional<Double> signedInShare, Optional<String> loadBasis, double streamWrites,
            String averageBasis, double windowRequests, double windowsAYear) {
        this(system, capabilities, peakRps, readWriteRatio, averageRps, peakReads, peakWrites, monthlyActiveUsers, audience, initialGb,
                growthGbPerMonth, retentionYears, p99Ms, availabilityPercent, rpoMinutes, rtoMinutes, teamSize, expertise, cloud, regions,
                budgetUsd, compliance, assumptions, capabilityLoads, signedInShare, loadBasis, streamWrites, averageBasis, windowRequests,
                windowsAYear, LoadMonths.FLAT);
    }

    /**
     * A workload whose average is the peak over {@link #peakToAverage()}, with no stated window.
     *
     * @param system the system name
     * @param capabilities what the system must do, as the request lists it
     * @param peakRps requests a second at peak
     * @param readWriteRatio reads per write
     * @param averageRps requests a second on average
     * @param peakReads reads a second at peak
     * @param peakWrites writes a second at peak
     * @param monthlyActiveUsers distinct users in a month
     * @param audience how widely the users are spread
     * @param initialGb data held at launch, in GB
     * @param growthGbPerMonth data added each month, in GB
     * @param retentionYears how long data is kept, in years
     * @param p99Ms the p99 latency target, in milliseconds
     * @param availabilityPercent the availability target, in percent
     * @param rpoMinutes the most data loss tolerated, in minutes
     * @param rtoMinutes the longest time to recover, in minutes
     * @param teamSize engineers on the team
     * @param expertise technologies the team knows
     * @param cloud where the system runs
     * @param regions the regions it runs in
     * @param budgetUsd the monthly budget in US dollars, or empty
     * @param compliance the regulations it must meet
     * @param assumptions the assumption stated for each figure the request left out
     * @param capabilityLoads the load the request states for some capabilities, as it states it
     * @param signedInShare the share of monthly active users who sign in, when the request states it
     * @param loadBasis where the peak, reads and writes came from when a write rate the description states set them
     * @param streamWrites writes a second of the stream the request states, included in {@code peakWrites}; 0 for none
     */
    public Workload(String system, List<String> capabilities, double peakRps, double readWriteRatio, double averageRps,
            double peakReads, double peakWrites, long monthlyActiveUsers, Audience audience, double initialGb,
            double growthGbPerMonth, int retentionYears, int p99Ms, double availabilityPercent, int rpoMinutes,
            int rtoMinutes, int teamSize, List<String> expertise, Cloud cloud, List<String> regions,
            Optional<Double> budgetUsd, List<ComplianceRegime> compliance, List<Assumption> assumptions,
            List<CapabilityLoad> capabilityLoads, Optional<Double> signedInShare, Optional<String> loadBasis, double streamWrites) {
        this(system, capabilities, peakRps, readWriteRatio, averageRps, peakReads, peakWrites, monthlyActiveUsers, audience, initialGb,
                growthGbPerMonth, retentionYears, p99Ms, availabilityPercent, rpoMinutes, rtoMinutes, teamSize, expertise, cloud, regions,
                budgetUsd, compliance, assumptions, capabilityLoads, signedInShare, loadBasis, streamWrites,
                Numbers.format(peakRps) + " / " + Numbers.format(averageRps > 0 ? Numbers.round(peakRps / averageRps, 2) : PEAK_TO_AVERAGE)
                        + " (peak-to-average ratio)", 0, 0);
    }

    /**
     * A workload with no load stated per capability.
     *
     * @param system the system name
     * @param capabilities what the system must do, as the request lists it
     * @param peakRps requests a second at peak
     * @param readWriteRatio reads per write
     * @param averageRps requests a second on average
     * @param peakReads reads a second at peak
     * @param peakWrites writes a second at peak
     * @param monthlyActiveUsers distinct users in a month
     * @param audience how widely the users are spread
     * @param initialGb data held at launch, in GB
     * @param growthGbPerMonth data added each month, in GB
     * @param retentionYears how long data is kept, in years
     * @param p99Ms the p99 latency target, in milliseconds
     * @param availabilityPercent the availability target, in percent
     * @param rpoMinutes the most data loss tolerated, in minutes
     * @param rtoMinutes the longest time to recover, in minutes
     * @param teamSize engineers on the team
     * @param expertise technologies the team knows
     * @param cloud where the system runs
     * @param regions the regions it runs in
     * @param budgetUsd the monthly budget in US dollars, or empty
     * @param compliance the regulations it must meet
     * @param assumptions the assumption stated for each figure the request left out
     */
    public Workload(String system, List<String> capabilities, double peakRps, double readWriteRatio, double averageRps,
            double peakReads, double peakWrites, long monthlyActiveUsers, Audience audience, double initialGb,
            double growthGbPerMonth, int retentionYears, int p99Ms, double availabilityPercent, int rpoMinutes,
            int rtoMinutes, int teamSize, List<String> expertise, Cloud cloud, List<String> regions,
            Optional<Double> budgetUsd, List<ComplianceRegime> compliance, List<Assumption> assumptions) {
        this(system, capabilities, peakRps, readWriteRatio, averageRps, peakReads, peakWrites, monthlyActiveUsers,
                audience, initialGb, growthGbPerMonth, retentionYears, p99Ms, availabilityPercent, rpoMinutes, rtoMinutes,
                teamSize, expertise, cloud, regions, budgetUsd, compliance, assumptions, List.of(), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * The stated load of a capability.
     *
     * @param capability a name {@code capabilities} lists
     * @return its load, or empty when the request states none
     */
    public Optional<CapabilityLoad> capabilityLoad(String capability) {
        return capabilityLoads.stream().filter(l -> l.name().equals(capability)).findFirst();
    }

    /**
     * Reads, once per JVM, the data file a workload reads (the usage profiles), so that a first workload does not read
     * it between a consultation's model calls.
     */
    public static void readFiles() {
        UsageProfile.table();
    }

    /**
     * Resolves a request's figures, stating an assumption for each one it lacks.
     *
     * @param request the request
     * @return the workload
     */
    public static Workload of(ConsultationRequest request) {
        Gaps gaps = new Gaps();
        List<String> capabilities = request.capabilities().isEmpty()
                ? gaps.list("capabilities", List.of("accounts", "records"),
                        "The system manages user accounts and one kind of core record; name the capabilities for a real decomposition")
                : request.capabilities();

        Load load = request.load();
        // Figures the description or goals state in words are kept as stated, never replaced by an assumption.
        StatedFacts stated = StatedFacts.read(request);
        Double givenPeak = load == null ? null : load.peakRequestsPerSecond();
        Long givenUsers = load != null && load.monthlyActiveUsers() != null ? load.monthlyActiveUsers()
                : stated.users().map(u -> (long) u.value()).orElse(null);
        // Devices that report on an interval, or messages a second stated outright, are the write rate.
        Optional<Double> devices = stated.writeRate().map(StatedFact::value);
        // Reports whose senders the request does not count are sent by a share of the connections it states: an assumption
        stated.deviceRate().filter(dev.architect.internal.facts.DeviceRate::countAssumed).ifPresent(d -> gaps.assumptions.add(new Assumption(
                dev.architect.internal.facts.DeviceRate.REPORTING_SHARE, "load.reportingDevices", "The request states how often \"" + d.phrase()
                + "\" but not how many send; they are taken as " + Numbers.format(d.assumedShare() * 100)
                + "% of the connections held at the peak, one group among the people connected (the others watch, order or answer): "
                + d.evidence(), Numbers.format(d.devices()) + " devices")));
        double readingsPerMessage = stated.readingsPerDeviceMessage();
        if (givenPeak != null && devices.isPresent() && readingsPerMessage > 1
                && givenPeak >= devices.get() * readingsPerMessage * (1 - RATE_TOLERANCE)) {
            // A stated peak that counts the devices' readings one by one (2,700,200 beside 2,700,000 readings/s) holds them as
            // the messages that carry them: the readings come out and the messages go in
            double readings = Numbers.round(devices.get() * readingsPerMessage, 2);
            double inMessages = Numbers.round(givenPeak - readings + devices.get(), 2);
            gaps.assumptions.add(new Assumption("as-peak-in-messages", "load.peakMessagesPerSecond", "load.peakRequestsPerSecond "
                    + Numbers.format(givenPeak) + " counts the devices' " + Numbers.format(readings) + " readings/s one by one; they arrive "
                    + Numbers.format(readingsPerMessage) + " to a message (" + stated.readingsPerMessageEvidence().orElseThrow() + "), "
                    + Numbers.format(devices.get()) + " messages/s, so the peak is " + Numbers.format(givenPeak) + " - " + Numbers.format(readings)
                    + " + " + Numbers.format(devices.get()) + " = " + Numbers.format(inMessages) + " requests/s", Numbers.format(inMessages) + " requests/s"));
            givenPeak = inMessages;
        }
        // A stated spike factor is how far the peak stands above the usual load; else the usual day's curve of who makes the
        // load gives it (consumers' evenings 3, a workforce's business day 3.62, an audience across time zones 1.67)
        DailyLoadShape.Shape day = DailyLoadShape.standard().peopleCurve(DailyLoadShape.standard().makers(request, stated),
                load != null && load.audience() != null ? load.audience()
                        : Geography.standard().spreadOverContinents(request).isPresent() ? Audience.GLOBAL : Audience.REGIONAL);
        double peakToAverage = stated.spikeFactor().map(StatedFact::value).orElse(day.peakToAverage());
        String usualDay = stated.spikeFactor().map(f -> "the stated spike factor " + Numbers.format(f.value()) + " (" + f.evidence() + ")")
                .orElse("the usual day's peak-to-average " + day.peakToAverageText());
        Double givenRatio = load == null ? null : load.readWriteRatio();
        UsageProfile.Recognised usage = UsageProfile.of(request);
        double peak;
        if (givenPeak != null) {
            peak = givenPeak;
        } else if (devices.isPresent()) {
            // Devices that report on an interval are the write rate; reads come on top at the stated or assumed ratio.
            double ratio = givenRatio != null ? givenRatio : DEVICE_READS_PER_WRITE;
            peak = Numbers.round(devices.get() * (1 + ratio), 2);
        } else if (givenUsers != null) {
            // The month's requests follow how the product is used (a reader's few visits, a staff tool's working days),
            // and the peak stands peakToAverage above that month's average.
            double average = givenUsers * usage.profile().requestsPerUserAMonth() / SECONDS_PER_MONTH;
            peak = Numbers.round(average * peakToAverage, 2);
            gaps.assumptions.add(usageAssumption(usage));
            gaps.note("load.peakRequestsPerSecond", Numbers.format(peak) + " requests/s",
                    "Peak traffic derived from " + Numbers.format(givenUsers) + " monthly users x "
                            + Numbers.format(usage.profile().requestsPerUserAMonth()) + " requests each a month (assumption "
                            + REQUESTS_PER_USER + ") = " + Numbers.format(Numbers.round(givenUsers * usage.profile().requestsPerUserAMonth(), 0))
                            + " requests / " + Numbers.format(SECONDS_PER_MONTH) + " s = " + plain(Numbers.round(average, 4))
                            + " requests/s on average, peak " + Numbers.format(peakToAverage) + "x the average");
        } else {
            peak = gaps.number("load.peakRequestsPerSecond", 50, " requests/s",
                    "Peak traffic is modest, about 50 requests/s; state it to size the system properly");
        }
        double ratio;
        if (givenRatio != null) {
            ratio = givenRatio;
        } else if (devices.isPresent() && givenPeak != null && givenPeak > devices.get()) {
            // The stated peak and the devices' write rate together give the reads: no ratio needs assuming.
            double deviceWrites = devices.get();
            ratio = Numbers.round((givenPeak - deviceWrites) / deviceWrites, 4);
        } else if (devices.isPresent()) {
            ratio = gaps.number("load.readWriteRatio", DEVICE_READS_PER_WRITE, " reads per write",
                    "Device readings dominate: about one dashboard or API read for every 10 readings written");
        } else {
            ratio = gaps.number("load.readWriteRatio", PEOPLE_READS_PER_WRITE, " reads per write", "A typical web workload: 10 reads for every write");
        }
        long users = givenUsers != null ? givenUsers : (long) gaps.number("load.monthlyActiveUsers", 10_000, " users",
                "About 10,000 people use the system in a month; prices per-user services such as the identity provider");
        // Regions on two continents, or words such as "worldwide" or "anywhere", say the users are spread; only where
        // nothing in the request speaks to it is one region assumed.
        Audience audience = load != null && load.audience() != null ? load.audience()
                : Geography.standard().spreadOverContinents(request).isPresent() ? Audience.GLOBAL
                : gaps.value("load.audience", Audience.REGIONAL, Audience.REGIONAL.label(),
                        "Users are in one region, so no CDN is needed for latency alone");

        double writes = Numbers.round(peak / (1 + ratio), 2);
        double reads = Numbers.round(peak - writes, 2);
        Optional<String> loadBasis = Optional.empty();
        double peopleWrites = 0;
        if (devices.isPresent()) {
            double deviceWrites = devices.get();
            String evidence = stated.writeRateEvidence().orElseThrow();
            if (peak < deviceWrites * (1 - RATE_TOLERANCE)) {
                // A stated peak below the devices' own messages cannot hold them: they come on top of the request traffic the
                // peak and ratio describe. The stated write rate is used as stated, never cut to what the load fields imply.
                loadBasis = Optional.of(Numbers.format(writes) + " writes/s and " + Numbers.format(reads) + " reads/s from load.peakRequestsPerSecond "
                        + Numbers.format(peak) + " at " + Numbers.format(ratio) + " reads per write, plus the devices' " + evidence);
                writes = Numbers.round(writes + deviceWrites, 2);
                peak = Numbers.round(writes + reads, 2);
                ratio = Numbers.round(reads / writes, 4);
            } else {
                // The peak holds the devices' stream and people's traffic beside it. Stated writes above the devices' leave
                // people the rest, as stated. Devices that reach the stated writes leave them none, yet people write (tasks,
                // orders, settings): their part is the peak less the stream, never more, split at the request's reads per
                // write, or a typical web ratio where the request's is the devices' (below it).
                double peopleRatio = Math.max(ratio, PEOPLE_READS_PER_WRITE);
                double theirs = Numbers.round(peak - deviceWrites, 2);
                double own = Numbers.round(theirs / (1 + peopleRatio), 2);
                double ratioBefore = ratio;
                if (writes <= deviceWrites * (1 + RATE_TOLERANCE) && own > writes - deviceWrites) {
                    peopleWrites = own;
                    writes = Numbers.round(deviceWrites + own, 2);
                    reads = Numbers.round(peak - writes, 2);
                    ratio = writes > 0 ? Numbers.round(reads / writes, 4) : ratio;
                    loadBasis = Optional.of(evidence + ", and people's part of the " + Numbers.format(peak) + " requests/s at peak: "
                            + Numbers.format(peak) + " - " + Numbers.format(deviceWrites) + " = " + Numbers.format(theirs) + " requests/s at "
                            + Numbers.format(peopleRatio) + " reads per write = " + Numbers.format(own) + " writes/s and "
                            + Numbers.format(reads) + " reads/s (" + peopleRatioText(ratioBefore, peopleRatio) + ")");
                }
            }
        }
        if (givenPeak != null && devices.isPresent()) {
            peakAgainstDevices(givenPeak, givenRatio, devices.get(), writes, peopleWrites, stated.writeRateEvidence().orElseThrow())
                    .ifPresent(gaps.assumptions::add);
        }
        double average = Numbers.round(peak / peakToAverage, 2);
        String averageBasis = Numbers.format(peak) + " / " + Numbers.format(peakToAverage) + ", " + usualDay;
        // Windows the request states ("results day", "two weeks in January"): the shortest holds the stated peak, and the
        // usual month runs below it
        List<LoadCalendar.Window> windows = LoadCalendar.standard().windows(request);
        Optional<LoadCalendar.Window> peakWindow = windows.stream().findFirst();
        // Counts of what the capabilities do, stated a day, week, month or year ("18,000 applications a year"), give the
        // month's traffic of a system whose use comes in bursts or seasons (a deadline, evening spikes): the peak then sizes
        // capacity only, and the month is not billed at peak / 3. Elsewhere the usual day's shape stands.
        Optional<String> season = StatedFacts.seasonal(request);
        // a multiple of named months ("load doubles in December") is a season too: the month's traffic follows the counts
        Optional<LoadCalendar.Season> calendarSeason = LoadCalendar.standard().season(request);
        List<StatedFact> actions = season.isPresent() || calendarSeason.isPresent() || stated.spikeFactor().isPresent() || stated.burstHours().isPresent() || peakWindow.isPresent()
                ? stated.actionVolumes(capabilities) : List.of();
        // a look-up, check or verification the request counts ("1.5 million checks a day") is one request, not a visit's 20
        java.util.Map<StatedFact, Double> perAction = new java.util.LinkedHashMap<>();
        actions.forEach(a -> perAction.put(a, requestsPerAction(request, stated, a)));
        double actionRequests = actions.stream().mapToDouble(a -> a.value() * perAction.get(a)).sum();
        double fromActions = Numbers.round(actionRequests / SECONDS_PER_MONTH, 4);
        double usualShape = peakToAverage;
        // A usual rate the request states ("almost the whole year is quiet: about 40 requests per second") is the usual
        // month's average, as stated: neither the peak over a ratio nor a floor from counted actions or users
        double peakNow = peak;
        Optional<LoadCalendar.Baseline> baseline = LoadCalendar.standard().baseline(request).filter(b -> b.requestsPerSecond() < peakNow);
        // whether the average is the year's mean (from users or counted actions) rather than the peak's day
        boolean yearMean = false;
        if (baseline.isPresent()) {
            LoadCalendar.Baseline b = baseline.get();
            averageBasis = plain(b.requestsPerSecond()) + " requests/s as stated, the usual load (" + b.describe() + "), not the peak "
                    + Numbers.format(peak) + " / " + Numbers.format(peakToAverage) + " = " + plain(average);
            average = b.requestsPerSecond();
            usualShape = peak / average;
        } else if (fromActions > 0 || peakWindow.isPresent() && stated.spikeFactor().isEmpty()) {
            // Counted actions are only part of the traffic (browsing, reading, autosaves, polling): the monthly users give a
            // floor, and the usual day's peak / 3 a ceiling, so the month is neither a handful of requests nor billed at peak.
            double perUser = usage.profile().requestsPerUserAMonth();
            double fromUsers = Numbers.round(users * perUser / SECONDS_PER_MONTH, 4);
            double ceiling = Numbers.round(Math.min(average, peak / day.peakToAverage()), 4);
            double chosen = Math.min(Math.max(fromActions, fromUsers), ceiling);
            if (chosen < average) {
                boolean mixed = perAction.values().stream().anyMatch(x -> x != REQUESTS_PER_ACTION);
                String counted = String.join(" + ", actions.stream().map(v -> Numbers.format(v.value()) + " a month (stated: " + v.evidence() + ")"
                        + (mixed ? " x " + Numbers.format(perAction.get(v)) + (perAction.get(v) == 1 ? " request each (a look-up, read: one request)"
                        : " requests each") : "")).toList());
                String byActions = (mixed ? counted : counted + " x " + Numbers.format(REQUESTS_PER_ACTION) + " requests each") + " = "
                        + Numbers.format(actionRequests) + " requests a month / " + Numbers.format(SECONDS_PER_MONTH)
                        + " s = " + plain(fromActions) + " requests/s";
                String byUsers = Numbers.format(users) + " monthly users x " + Numbers.format(perUser) + " requests each (assumption "
                        + REQUESTS_PER_USER + ") = " + Numbers.format(Numbers.round(users * perUser, 0)) + " requests a month / "
                        + Numbers.format(SECONDS_PER_MONTH) + " s = " + plain(fromUsers) + " requests/s";
                String won = chosen == ceiling && ceiling < Math.max(fromActions, fromUsers) ? "the ceiling peak " + Numbers.format(peak) + " / "
                        + Numbers.format(day.peakToAverage()) + " = " + plain(ceiling) + " requests/s won"
                        : fromUsers >= fromActions ? "the users basis won" : "the actions basis won";
                String arithmetic = (actions.isEmpty() ? "the users basis (" + byUsers + ")" : "the larger of the stated actions (" + byActions
                        + ") and the users floor (" + byUsers + ")") + ", at most peak / " + Numbers.format(day.peakToAverage()) + ": " + won + ", "
                        + plain(chosen) + " requests/s on average";
                String bursts = peakWindow.map(x -> "a window: " + x.describe()).or(() -> season.map(word -> "the request's word \"" + word + "\""))
                        .or(() -> calendarSeason.map(x -> "a season: " + x.evidence()))
                        .or(() -> stated.spikeFactor().map(StatedFact::evidence)).orElseGet(() -> stated.burstHours().map(StatedFact::evidence).orElseThrow());
                if (gaps.assumptions.stream().noneMatch(a -> a.id().equals(REQUESTS_PER_USER))) {
                    gaps.assumptions.add(usageAssumption(usage));
                }
                gaps.assumptions.add(new Assumption(AVERAGE_FROM_ACTIONS, "load.averageRequestsPerSecond", "Use comes in bursts or seasons (" + bursts
                        + "), so the month's traffic follows what the system does, not the peak: " + (actions.isEmpty()
                        ? "its monthly users' requests" : "each stated action brings about " + Numbers.format(REQUESTS_PER_ACTION)
                        + " requests (pages, saves, uploads, status checks)" + (perAction.containsValue(1.0) ? ", and each look-up or check it counts one" : "")) + "; the peak of " + Numbers.format(peak)
                        + " requests/s sizes capacity only, and the average is " + arithmetic + " instead of " + Numbers.format(average) + " (peak / "
                        + Numbers.format(peakToAverage) + ")", arithmetic));
                average = chosen;
                usualShape = peak / average;
                yearMean = true;
                averageBasis = arithmetic + " (assumption " + AVERAGE_FROM_ACTIONS + ")";
            }
        }
        // The window holding the peak adds its own volume in the months it falls in: a window of the curve's peak hours or
        // less runs at the peak, a longer one follows the usual day's curve up to the peak; every month carries a weekly or
        // monthly window, a yearly one only its months
        double windowRequests = 0;
        double windowsAYear = 0;
        if (peakWindow.isPresent()) {
            LoadCalendar.Window win = peakWindow.get();
            double level = win.hours() <= day.peakHoursPerDay() ? peak : Numbers.round(peak / day.peakToAverage(), 2);
            double extra = Numbers.round(win.hours() * 3600 * Math.max(0, level - average), 0);
            String levelText = win.hours() <= day.peakHoursPerDay() ? "at the peak " + Numbers.format(peak) + " requests/s (no longer than the curve's "
                    + Numbers.format(day.peakHoursPerDay()) + " peak hours)" : "on the usual day's curve up to the peak, " + Numbers.format(peak) + " / "
                    + Numbers.format(day.peakToAverage()) + " = " + Numbers.format(level) + " requests/s";
            String windowText = Numbers.format(win.hours()) + " h x 3,600 s x (" + Numbers.format(level) + " - " + plain(average) + ") = "
                    + Numbers.format(extra) + " requests more each time";
            if (win.everyMonth()) {
                double monthly = Numbers.round(average + extra * win.perYear() / 12 / SECONDS_PER_MONTH, 4);
                averageBasis = averageBasis + "; plus the window " + win.describe() + ", " + levelText + ": " + windowText + " x "
                        + Numbers.format(win.perYear()) + " a year / 12 months / " + Numbers.format(SECONDS_PER_MONTH) + " s = " + plain(monthly)
                        + " requests/s on average in every month";
                average = monthly;
                usualShape = peak / average;
            } else {
                windowRequests = extra;
                windowsAYear = win.perYear();
                averageBasis = averageBasis + ", the usual month; the window " + win.describe() + " runs " + levelText + ": " + windowText
                        + ", " + Numbers.format(win.perYear()) + " a year, added in the months it falls in, not every month";
            }
        }

        // Seasons the request states ("July and August carry five times the traffic of November") spread the load over the
        // calendar months; the cost's month 1 is January, so the workload's average is January's
        LoadMonths loadMonths = LoadMonths.FLAT;
        Optional<LoadCalendar.Season> seasons = LoadCalendar.standard().season(request);
        if (seasons.isPresent()) {
            LoadCalendar.Season x = seasons.get();
            List<Double> factors = x.monthFactors();
            double sum = factors.stream().mapToDouble(Double::doubleValue).sum();
            double base;
            String how;
            if (baseline.isPresent()) {
                base = average;
                how = "the stated usual rate " + plain(average) + " requests/s is the base months'";
            } else if (yearMean) {
                base = Numbers.round(average * 12 / sum, 4);
                how = "the average " + plain(average) + " requests/s is the year's mean, so the base months carry " + plain(average) + " x 12 / "
                        + Numbers.format(sum) + " (the twelve months' factors) = " + plain(base) + " requests/s";
            } else {
                base = Numbers.round(average / x.factor(), 4);
                how = "the peak falls in the busiest months, whose average is " + plain(average) + " requests/s, so the base months carry "
                        + plain(average) + " / " + Numbers.format(x.factor()) + " = " + plain(base) + " requests/s";
            }
            double january = factors.get(0);
            List<Double> relative = factors.stream().map(f -> Numbers.round(f / january, 4)).toList();
            List<String> names = x.high().stream().map(Workload::monthName).toList();
            List<Integer> left = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                if (!x.high().contains(m) && !x.base().contains(m)) {
                    left.add(m);
                }
            }
            String baseText = x.base().isEmpty() ? "the months it leaves out (it names no month to compare with: assumption "
                    + LoadCalendar.SEASON_BASE + ")" : String.join(", ", x.base().stream().map(Workload::monthName).toList());
            gaps.assumptions.add(new Assumption(x.base().isEmpty() ? LoadCalendar.SEASON_BASE : LoadCalendar.SEASON_OTHER_MONTHS, "load.seasons",
                    "The request states a season (" + x.evidence() + "): " + String.join(", ", names) + " at " + Numbers.format(x.factor())
                    + " times " + baseText + (left.isEmpty() || x.base().isEmpty() ? "" : "; the months it names neither way ("
                    + String.join(", ", left.stream().map(Workload::monthName).toList()) + ") are taken at the base")
                    + ". The cost's month 1 is taken as January; say the launch month, or each month's load, to price them exactly",
                    String.join(", ", names) + " x" + Numbers.format(x.factor())));
            double januaryAverage = Numbers.round(Math.min(peak, base * january), 4);
            averageBasis = averageBasis + "; by calendar month: " + how + ", " + String.join(", ", names) + " x" + Numbers.format(x.factor()) + " = "
                    + plain(Numbers.round(Math.min(peak, base * x.factor()), 4)) + " requests/s; this average is January's, " + plain(januaryAverage)
                    + " requests/s (assumption " + (x.base().isEmpty() ? LoadCalendar.SEASON_BASE : LoadCalendar.SEASON_OTHER_MONTHS) + ")";
            usualShape = peak / (base * sum / 12);
            average = januaryAverage;
            loadMonths = new LoadMonths(relative, peakWindow.map(LoadCalendar.Window::month).orElse(0), "stated: " + x.evidence());
        } else if (peakWindow.isPresent() && peakWindow.get().month() > 0 && windowRequests > 0) {
            loadMonths = new LoadMonths(List.of(), peakWindow.get().month(), "");
        }

        DataVolume data = request.data();
        double initial = valueOr(data, DataVolume::initialVolumeGb, gaps, "data.initialVolumeGb", 10, " GB",
                "The system starts with little data, about 10 GB");
        // Devices report around the clock, so their write rate is also the average one.
        double averageWrites = devices.isPresent() ? Math.max(devices.get(), writes / usualShape) : writes / usualShape;
        // A device message that carries several readings is their bytes, not a small 1-KB write
        double writeKb = devices.isPresent() ? stated.messageKb(KB_PER_WRITE) : KB_PER_WRITE;
        String writeKbText = writeKb > KB_PER_WRITE ? " (" + Numbers.format(stated.readingsPerDeviceMessage()) + " readings a message x "
                + Numbers.format(stated.readingBytesOrAssumed()) + " bytes" + (stated.readingBytes().isPresent() ? "" : ", assumption as-reading-size") + ")" : "";
        double derivedGrowth = Numbers.round(averageWrites * writeKb * SECONDS_PER_MONTH / 1_000_000, 2);
        double growth = valueOr(data, DataVolume::growthGbPerMonth, gaps, "data.growthGbPerMonth", derivedGrowth, " GB/month",
                "Growth derived from the average write rate (" + Numbers.format(averageWrites) + " writes/s) x "
                        + Numbers.format(writeKb) + " KB a write" + writeKbText + " x " + Numbers.format(SECONDS_PER_MONTH) + " s a month");
        if (data != null && data.growthGbPerMonth() != null) {
            Optional<Assumption> growthCheck = growthAgainstCounts(growth, stated);
            growthCheck.ifPresent(gaps.assumptions::add);
            growth = growthCheck.map(a -> Math.max(data.growthGbPerMonth(), physicalGrowth(stated).orElseThrow().gbPerMonth())).orElse(growth);
        }
        // Retention stated per class of data ("raw readings kept 2 years, aggregates 20") needs no assumption: the raw
        // data, whose growth fills the stores, is kept for its own period; aggregates keep theirs where they are stored.
        Integer statedRetention = data != null && data.retentionYears() != null ? data.retentionYears()
                : stated.rawRetention().map(Retention::wholeYears).or(stated::longestRetentionYears).orElse(null);
        int retention = statedRetention != null ? statedRetention
                : (int) gaps.number("data.retentionYears", 5, " years", "Records are kept five years");

        int p99 = (int) valueOr(request.latency(), l -> l.p99Ms() == null ? null : l.p99Ms().doubleValue(), gaps,
                "latency.p99Ms", 500, " ms", "Interactive requests should answer within 500 ms at the 99th percentile");
        double availability = valueOr(request.availability(), a -> a.targetPercent(), gaps, "availability.targetPercent",
                99.9, "%", "Business hours matter most; 99.9% (43 minutes of downtime a month) is enough");
        int rpo = (int) valueOr(request.availability(), a -> a.rpoMinutes() == null ? null : a.rpoMinutes().doubleValue(), gaps,
                "availability.rpoMinutes", availability >= 99.95 ? 5 : 60, " minutes", "Data loss tolerated in a disaster");
        int rto = (int) valueOr(request.availability(), a -> a.rtoMinutes() == null ? null : a.rtoMinutes().doubleValue(), gaps,
                "availability.rtoMinutes", availability >= 99.95 ? 60 : 240, " minutes", "Downtime tolerated to recover from a disaster");

        int team = (int) valueOr(request.team(), t -> t.size() == null ? null : t.size().doubleValue(), gaps,
                "team.size", 5, " engineers", "One small team builds and runs the system");
        List<String> expertise = request.team() != null && !request.team().expertise().isEmpty()
                ? request.team().expertise()
                : gaps.list("team.expertise", List.of("Java", "PostgreSQL"),
                        "No expertise stated; the mainstream Java and PostgreSQL stack is assumed");

        Cloud cloud = request.deployment() != null && request.deployment().cloud() != null ? request.deployment().cloud()
                : gaps.value("deployment.cloud", Cloud.AWS, Cloud.AWS.label(), "No cloud stated; AWS prices and services are used");
        List<ComplianceRegime> compliance = compliance(request, gaps);
        List<String> regions = request.deployment() != null && !request.deployment().regions().isEmpty()
                ? request.deployment().regions()
                : compliance.contains(ComplianceRegime.FADP)
                        ? gaps.list("deployment.regions", List.of(swissRegion(cloud)), "One Swiss region: the Swiss FADP names people in Switzerland")
                : compliance.contains(ComplianceRegime.GDPR)
                        ? gaps.list("deployment.regions", List.of(europeanRegion(cloud)), "One European region: GDPR names people in the EU")
                : compliance.contains(ComplianceRegime.LGPD)
                        ? gaps.list("deployment.regions", List.of(brazilianRegion(cloud)),
                                "One region in Brazil: the LGPD names people in Brazil, and their data then needs no safeguard to leave it")
                        : gaps.list("deployment.regions", List.of(defaultRegion(cloud)), "One region close to the users");

        Optional<Double> budget = Optional.ofNullable(request.budget() == null ? null : request.budget().monthlyUsd());
        if (budget.isEmpty()) {
            gaps.note("budget.monthlyUsd", "none", "No budget stated; the cost estimate is the figure to approve");
        }
        double peakWrites = writes;
        double streamWrites = devices.map(d -> Math.min(d, peakWrites)).orElse(0.0);
        return new Workload(request.system(), capabilities, peak, ratio, average, reads, writes, users, audience, initial,
                growth, retention, p99, availability, rpo, rto, team, expertise, cloud, regions, budget,
                compliance, gaps.assumptions, request.capabilityLoads(),
                Optional.ofNullable(request.load() == null ? null : request.load().signedInShare()), loadBasis,
                streamWrites, averageBasis, windowRequests, windowsAYear, loadMonths);
    }

    /**
     * A calendar month's name: "July".
     *
     * @param calendarMonth 1 for January to 12 for December
     * @return its name in English
     */
    public static String monthName(int calendarMonth) {
        return dev.architect.offline.internal.catalog.Words.capitalise(java.time.Month.of(calendarMonth).name().toLowerCase(Locale.ROOT));
    }

    /** Where the reads per write that split people's part of the peak come from. */
    private static String peopleRatioText(double ratio, double peopleRatio) {
        return ratio >= peopleRatio ? "the request's reads per write"
                : "a typical web ratio for people's own traffic, the request's " + Numbers.format(ratio) + " reads per write being the devices'";
    }

    /** The assumption that says the stated peak and the devices' own count disagree, and which is used. */
    public static final String PEAK_AGAINST_DEVICES = "as-peak-against-devices";
    /** The assumption that says the stated growth and the counts and sizes the request states disagree, and which is used. */
    public static final String GROWTH_AGAINST_COUNTS = "as-growth-against-counts";

    /**
     * The stated peak checked against the devices' own count (devices / their interval): where the writes the load fields
     * give and the devices' messages differ by {@link PhysicalCounts#largeFactor} or more, an assumption says so and which
     * figure the design is sized for. A peak whose writes the devices alone reach is kept: the devices' messages are taken
     * from it and people's writes from the part left (said, with the open question). A peak below the devices' messages
     * cannot hold them: they come on top of it. A
     * peak whose writes are far above them (with a stated ratio) is used as stated, as the larger figure: nothing is
     * undersized, and the open question asks whether other writers make up the difference. Without a ratio the reads
     * explain any peak above the devices' messages.
     */
    private static Optional<Assumption> peakAgainstDevices(double givenPeak, Double givenRatio, double deviceWrites, double usedWrites,
                                                           double peopleWrites, String evidence) {
        PhysicalCounts counts = PhysicalCounts.standard();
        double statedWrites = givenRatio != null ? Numbers.round(givenPeak / (1 + givenRatio), 2) : givenPeak;
        String stated = "load.peakRequestsPerSecond " + Numbers.format(givenPeak) + (givenRatio != null ? " at " + Numbers.format(givenRatio)
                + " reads per write (" + Numbers.format(statedWrites) + " writes/s)" : "");
        double factor = Numbers.round(PhysicalCounts.apart(statedWrites, deviceWrites), 1);
        if (peopleWrites > 0 && statedWrites <= deviceWrites * (1 + RATE_TOLERANCE)) {
            // The devices alone reach the stated writes: the peak stands, and people's traffic is the part of it left
            String below = statedWrites < deviceWrites && counts.disagree(statedWrites, deviceWrites)
                    ? " is " + Numbers.format(factor) + " times below what" : statedWrites < deviceWrites ? " holds fewer writes than"
                    : " holds no writes beyond what";
            return Optional.of(new Assumption(PEAK_AGAINST_DEVICES, "load.peakRequestsPerSecond", stated + below + " the request's own devices send ("
                    + evidence + "), yet people write too: the stated peak is kept, the devices' "
                    + Numbers.format(deviceWrites) + " writes/s are taken from it, and people's part of it, " + Numbers.format(givenPeak) + " - "
                    + Numbers.format(deviceWrites) + " = " + Numbers.format(Numbers.round(givenPeak - deviceWrites, 2)) + " requests/s, holds their "
                    + Numbers.format(peopleWrites) + " writes/s and the reads, so the design is sized for " + Numbers.format(usedWrites)
                    + " writes/s (open question oq-peak-against-devices)", Numbers.format(usedWrites) + " writes/s"));
        }
        if (statedWrites < deviceWrites && counts.disagree(statedWrites, deviceWrites)) {
            return Optional.of(new Assumption(PEAK_AGAINST_DEVICES, "load.peakRequestsPerSecond", stated + " is " + Numbers.format(factor)
                    + " times below what the request's own devices send (" + evidence + "); the peak cannot hold their messages, so they are"
                    + " taken on top of it and the design is sized for " + Numbers.format(usedWrites) + " writes/s (open question oq-peak-against-devices)",
                    Numbers.format(usedWrites) + " writes/s"));
        }
        if (givenRatio != null && statedWrites > deviceWrites && counts.disagree(statedWrites, deviceWrites)) {
            return Optional.of(new Assumption(PEAK_AGAINST_DEVICES, "load.peakRequestsPerSecond", stated + " is " + Numbers.format(factor)
                    + " times what the request's own devices send (" + evidence + "); the stated peak is used, the larger figure, so nothing is"
                    + " undersized, but if the devices are all the writers the system is sized and priced for " + Numbers.format(factor)
                    + " times its load (open question oq-peak-against-devices)", Numbers.format(usedWrites) + " writes/s"));
        }
        return Optional.empty();
    }

    /**
     * Data a month that the request's own counts give: the devices' reports (devices / interval x the bytes a report takes
     * in the store x the seconds of a month) and the files it says it stores (files a month x their stated size).
     *
     * @param gbPerMonth the sum
     * @param basis      the arithmetic of each part with its phrase
     */
    record PhysicalGrowth(double gbPerMonth, String basis) {
    }

    /** The data a month the request's counts give, or empty when it states no devices and no sized files. */
    private static Optional<PhysicalGrowth> physicalGrowth(StatedFacts stated) {
        PhysicalCounts counts = PhysicalCounts.standard();
        List<String> parts = new ArrayList<>();
        double gb = 0;
        Optional<Double> writes = stated.writeRate().map(StatedFact::value);
        if (writes.isPresent()) {
            double readings = stated.readingsPerDeviceMessage();
            double bytes = readings > 1 ? readings * stated.readingBytesOrAssumed() : counts.storedBytesPerReport();
            double deviceGb = Numbers.round(writes.get() * bytes * SECONDS_PER_MONTH / 1e9, 2);
            gb += deviceGb;
            parts.add(stated.writeRateEvidence().orElseThrow() + " x " + Numbers.format(bytes) + " bytes a report ("
                    + (readings > 1 ? "its readings" : counts.storedBytesBasis()) + ") x " + Numbers.format(SECONDS_PER_MONTH) + " s a month = "
                    + Numbers.format(deviceGb) + " GB a month");
        }
        Optional<dev.architect.internal.facts.MediaUploads> media = stated.mediaUploads();
        if (media.isPresent()) {
            gb += media.get().gbPerMonth();
            parts.add(media.get().evidence());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new PhysicalGrowth(Numbers.round(gb, 2), String.join("; plus ", parts)));
    }

    /**
     * The stated growth checked against the data a month the request's own counts give: where they differ by
     * {@link PhysicalCounts#largeFactor} or more, an assumption says so, and the larger is used: storage sized below what
     * the stated counts write fills up, and a cost below it misleads the budget.
     */
    private static Optional<Assumption> growthAgainstCounts(double statedGrowth, StatedFacts stated) {
        Optional<PhysicalGrowth> physical = physicalGrowth(stated);
        if (physical.isEmpty() || !PhysicalCounts.standard().disagree(statedGrowth, physical.get().gbPerMonth())) {
            return Optional.empty();
        }
        double counted = physical.get().gbPerMonth();
        double used = Math.max(statedGrowth, counted);
        double factor = Numbers.round(PhysicalCounts.apart(statedGrowth, counted), 1);
        String which = counted > statedGrowth ? "the counted figure is used, the larger: storage sized for the stated figure would fill "
                + Numbers.format(factor) + " times sooner, and its cost would mislead the budget"
                : "the stated figure is used, the larger, so nothing is undersized; if the counts are all the data, storage is sized and priced for "
                + Numbers.format(factor) + " times what is written";
        return Optional.of(new Assumption(GROWTH_AGAINST_COUNTS, "data.growthGbPerMonth", "data.growthGbPerMonth " + Numbers.format(statedGrowth)
                + " GB is " + Numbers.format(factor) + " times " + (counted > statedGrowth ? "below" : "above") + " what the request's own counts write ("
                + physical.get().basis() + "); " + which + " (open question oq-growth-against-counts)", Numbers.format(used) + " GB/month"));
    }

    /** The cloud's region in Brazil, Sao Paulo on each (an on-premises data centre keeps its own name). */
    private static String brazilianRegion(Cloud cloud) {
        return switch (cloud) {
            case AWS -> "sa-east-1";
            case AZURE -> "brazilsouth";
            case GCP -> "southamerica-east1";
            case ON_PREMISES -> "primary data centre";
        };
    }

    /** The cloud's region in Switzerland (an on-premises data centre keeps its own name). */
    private static String swissRegion(Cloud cloud) {
        return switch (cloud) {
            case AWS -> "eu-central-2";
            case AZURE -> "switzerlandnorth";
            case GCP -> "europe-west6";
            case ON_PREMISES -> "primary data centre";
        };
    }

    /**
     * The cloud's usual European region (an on-premises data centre keeps its own name).
     *
     * @param cloud the cloud
     * @return the region name
     */
    public static String europeanRegion(Cloud cloud) {
        return switch (cloud) {
            case AWS -> "eu-west-1";
            case AZURE -> "westeurope";
            case GCP -> "europe-west1";
            case ON_PREMISES -> "primary data centre";
        };
    }

    /**
     * The region assumed when a request names none and nothing asks for Europe.
     *
     * @param cloud the cloud
     * @return the region name
     */
    public static String defaultRegion(Cloud cloud) {
        return switch (cloud) {
            case AWS -> "us-east-1";
            case AZURE -> "eastus";
            case GCP -> "us-central1";
            case ON_PREMISES -> "primary data centre";
        };
    }

    private static <T> double valueOr(T part, Function<T, Double> field, Gaps gaps, String topic, double assumed,
                                      String unit, String why) {
        Double given = part == null ? null : field.apply(part);
        return given != null ? given : gaps.number(topic, assumed, unit, why);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The kind of use recognised in the request and the requests a monthly user makes in a month, with its arithmetic. */
    private static Assumption usageAssumption(UsageProfile.Recognised usage) {
        UsageProfile p = usage.profile();
        String why = usage.evidence().isEmpty() ? "no kind of use is recognised in the request"
                : "the request reads as " + p.label() + " (its words: " + String.join(", ", usage.evidence()) + ")";
        String arithmetic = Numbers.format(p.visitsPerUserPerMonth()) + " visits a month x " + Numbers.format(p.requestsPerVisit())
                + " requests a visit = " + Numbers.format(p.requestsPerUserAMonth()) + " requests per user a month";
        return new Assumption(REQUESTS_PER_USER, "load.requestsPerUserPerMonth", "Each monthly user's requests follow how the product is "
                + "used: " + why + ", usage profile " + p.id() + ": " + p.basis() + "; " + arithmetic
                + ". State load.peakRequestsPerSecond to size and bill it exactly", arithmetic + " (" + p.id() + ")");
    }

    /**
     * The same system with another figure for the data its stores gain a month, and the assumption that says why in place
     * of any earlier one on the same id: the design may learn that part of what the request's counts write is never stored
     * (reports a live index keeps in memory), so the stores grow by the rest.
     *
     * @param growth     the data added each month, in GB
     * @param replacedId the id of an assumption the new one replaces (the check that gave the earlier figure)
     * @param assumption the assumption that gives the figure and its reason
     * @return the workload with that growth
     */
    public Workload withGrowth(double growth, String replacedId, Assumption assumption) {
        if (!(growth >= 0) || Double.isInfinite(growth)) {
            throw new IllegalArgumentException("growth must be a finite number of GB, 0 or more, but was " + growth);
        }
        List<Assumption> kept = new ArrayList<>(assumptions.stream().filter(a -> !a.id().equals(assumption.id()) && !a.id().equals(replacedId)).toList());
        kept.add(assumption);
        return new Workload(system, capabilities, peakRps, readWriteRatio, averageRps, peakReads, peakWrites, monthlyActiveUsers, audience,
                initialGb, Numbers.round(growth, 2), retentionYears, p99Ms, availabilityPercent, rpoMinutes, rtoMinutes, teamSize, expertise,
                cloud, regions, budgetUsd, compliance, kept, capabilityLoads, signedInShare, loadBasis, streamWrites, averageBasis, windowRequests, windowsAYear,
                loadMonths);
    }

    /**
     * The same system in a month a stated window falls in: the window's requests on top of the usual month's average, so
     * every monthly volume (requests, egress, logs, queue messages) is that month's; the peak, and so every capacity and
     * instance count, unchanged.
     *
     * @return the workload of a window month; this workload when no window is stated
     */
    public Workload inWindowMonth() {
        if (windowRequests <= 0) {
            return this;
        }
        double average = Numbers.round(averageRps + windowRequests / SECONDS_PER_MONTH, 4);
        return new Workload(system, capabilities, peakRps, readWriteRatio, average, peakReads, peakWrites, monthlyActiveUsers, audience,
                initialGb, growthGbPerMonth, retentionYears, p99Ms, availabilityPercent, rpoMinutes, rtoMinutes, teamSize, expertise,
                cloud, regions, budgetUsd, compliance, assumptions, capabilityLoads, signedInShare, loadBasis, streamWrites,
                plain(averageRps) + " + the window's " + Numbers.format(windowRequests) + " requests / " + Numbers.format(SECONDS_PER_MONTH)
                        + " s = " + plain(average) + " requests/s in a month the window falls in", 0, 0);
    }

    /**
     * The same system in a calendar month of a stated season: the average at that month's factor of January's, so every
     * monthly volume (requests, egress, logs, queue messages) is that month's; the peak, and so every capacity and
     * instance count, unchanged. The month's workload is flat: it is one month.
     *
     * @param calendarMonth 1 for January to 12 for December
     * @return the month's workload; this workload when the load is the same every month
     */
    public Workload inCalendarMonth(int calendarMonth) {
        double factor = loadMonths.factor(calendarMonth);
        if (!loadMonths.seasonal() || factor == 1) {
            return this;
        }
        double average = Numbers.round(Math.min(peakRps, averageRps * factor), 4);
        return new Workload(system, capabilities, peakRps, readWriteRatio, average, peakReads, peakWrites, monthlyActiveUsers, audience,
                initialGb, growthGbPerMonth, retentionYears, p99Ms, availabilityPercent, rpoMinutes, rtoMinutes, teamSize, expertise,
                cloud, regions, budgetUsd, compliance, assumptions, capabilityLoads, signedInShare, loadBasis, streamWrites,
                plain(averageRps) + " x " + Numbers.format(factor) + " = " + plain(average) + " requests/s in "
                        + monthName(calendarMonth), windowRequests, windowsAYear,
                LoadMonths.FLAT);
    }

    /**
     * The same system under another load: peak, average, reads, writes and monthly users times {@code loadFactor},
     * data growth times {@code growthFactor}; every other figure and the assumptions unchanged. For cost scenarios.
     *
     * @param loadFactor the factor applied to traffic and users
     * @param growthFactor the factor applied to data growth
     * @return the scaled workload
     */
    public Workload scaled(double loadFactor, double growthFactor) {
        if (!(loadFactor > 0) || !(growthFactor >= 0) || Double.isInfinite(loadFactor) || Double.isInfinite(growthFactor)) {
            throw new IllegalArgumentException("scale factors must be finite, load > 0 and growth >= 0 but were "
                    + loadFactor + " and " + growthFactor);
        }
        return new Workload(system, capabilities, Numbers.round(peakRps * loadFactor, 2), readWriteRatio,
                Numbers.round(averageRps * loadFactor, 2), Numbers.round(peakReads * loadFactor, 2),
                Numbers.round(peakWrites * loadFactor, 2), Math.round(monthlyActiveUsers * loadFactor), audience, initialGb,
                Numbers.round(growthGbPerMonth * growthFactor, 2), retentionYears, p99Ms, availabilityPercent, rpoMinutes,
                rtoMinutes, teamSize, expertise, cloud, regions, budgetUsd, compliance, assumptions,
                // a stated share scales with the system; a stated peak rate is scaled with it
                capabilityLoads.stream().map(l -> l.peakRequestsPerSecond() == null ? l : new CapabilityLoad(l.name(), null,
                        Numbers.round(l.peakRequestsPerSecond() * loadFactor, 2), l.readWriteRatio())).toList(), signedInShare, loadBasis,
                Math.min(Numbers.round(streamWrites * loadFactor, 2), Numbers.round(peakWrites * loadFactor, 2)),
                averageBasis, Numbers.round(windowRequests * loadFactor, 0), windowsAYear, loadMonths);
    }

    /**
     * Data held after {@code years}: the initial volume plus growth, with growth capped by the retention period.
     *
     * @param years the years of operation
     * @return the data volume, in GB, before copies and compression
     */
    public double rawStorageGb(int years) {
        return Numbers.round(initialGb + growthGbPerMonth * 12 * Math.min(years, retentionYears), 2);
    }

    /**
     * Whether the request states this figure itself (no assumption was needed).
     *
     * @param topic the assumption topic, e.g. {@code load.peakRequestsPerSecond}
     * @return true when no assumption was made for it
     */
    public boolean isGiven(String topic) {
        return assumptions.stream().noneMatch(a -> a.topic().equals(topic));
    }

    /**
     * The regimes of the compliance field, then those the description, goals or constraints name ("must comply with FDA
     * 21 CFR Part 11") that the field leaves out: a regime a client writes in prose still applies, and the assumption
     * that says so asks them to confirm it.
     */
    private static List<ComplianceRegime> compliance(ConsultationRequest request, Gaps gaps) {
        List<ComplianceRegime> out = new ArrayList<>(request.compliance());
        List<String> texts = new ArrayList<>();
        texts.add(request.description());
        texts.addAll(request.goals());
        texts.addAll(request.constraints());
        for (ComplianceRegime regime : ComplianceRegime.values()) {
            if (out.contains(regime)) {
                continue;
            }
            Optional<String> named = texts.stream().map(text -> RegimeNames.appliesIn(text, regime)).flatMap(Optional::stream)
                    .findFirst().map(name -> "The request names " + name + " in its text but not in its compliance field");
            if (named.isEmpty() && regime == ComplianceRegime.FADP) {
                // A system hosted in Switzerland processes personal data under Swiss law: the region says so where the text does not
                named = stated(request).stream().filter(r -> dev.architect.validation.Regions.jurisdiction(r)
                        .filter(dev.architect.validation.Regions.SWITZERLAND::equals).isPresent()).findFirst()
                        .map(r -> "The request deploys to " + r + ", a Swiss region, and its compliance field does not name the Swiss FADP");
            }
            if (named.isPresent()) {
                out.add(regime);
                gaps.assumptions.add(new Assumption("as-compliance-" + regime.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "compliance", named.get() + "; it is designed for as a regime that applies: confirm it, or say it does not apply",
                        regime.label()));
            }
        }
        suggested(request, out, gaps);
        return List.copyOf(out);
    }

    /**
     * The regimes the request's facts suggest though it neither lists nor names them (pupils aged 8 to 14 on US
     * regions suggest COPPA): designed for until the open question that asks about each is answered, each with an
     * assumption quoting its evidence, so a suggested regime never reads as a stated one.
     */
    private static void suggested(ConsultationRequest request, List<ComplianceRegime> out, Gaps gaps) {
        for (RegimeEvidence.Suggestion s : RegimeEvidence.standard().suggested(request)) {
            if (out.contains(s.regime())) {
                continue;
            }
            out.add(s.regime());
            gaps.assumptions.add(new Assumption("as-compliance-" + s.regime().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "compliance", s.because() + ", and its compliance field"
                    + " does not list " + s.regime().label() + "; it is designed for as a regime that applies until open question "
                    + s.questionId() + " is answered", s.regime().label()));
        }
    }

    private static List<String> stated(ConsultationRequest request) {
        return request.deployment() == null ? List.of() : request.deployment().regions();
    }

    /** Collects assumptions in the order the gaps are met, so the dossier lists them deterministically. */
    private static final class Gaps {
        private final List<Assumption> assumptions = new ArrayList<>();

        double number(String topic, double value, String unit, String why) {
            note(topic, Numbers.format(value) + unit, why);
            return value;
        }

        <T> T value(String topic, T value, String shown, String why) {
            note(topic, shown, why);
            return value;
        }

        List<String> list(String topic, List<String> value, String why) {
            note(topic, String.join(", ", value), why);
            return value;
        }

        void note(String topic, String value, String why) {
            assumptions.add(new Assumption("as-" + topic.replace('.', '-'), topic, why, value));
        }
    }
}
