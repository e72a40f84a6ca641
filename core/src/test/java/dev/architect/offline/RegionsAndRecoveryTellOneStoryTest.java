package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Alert;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.Risk;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the regions run is decided once, and the availability ADR, the cost, the replication risk and the runbook say
 * the same: a warm standby with an RPO of 0 has a risk that says the RPO cannot be met across regions; active-active
 * regions have a write-conflict risk, not a fence-the-old-writer one; regions that each hold only their own residents'
 * records promise no cross-region failover; each engine's lost-standby alert reads a signal that engine shows; an
 * audit trail bound to the signed content keeps its hash. Requests of other domains than the reviews'.
 */
class RegionsAndRecoveryTellOneStoryTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static final String LEDGER = """
            system: FreightBill
            description: Freight carriers submit delivery proofs and the system issues invoices to shippers and settles carrier payouts.
            capabilities: [delivery proofs, invoices, carrier payouts]
            load: {peakRequestsPerSecond: 300, readWriteRatio: 3}
            availability: {targetPercent: 99.95, rpoMinutes: 0, rtoMinutes: 60}
            team: {size: 8, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1, eu-central-1]}
            """;

    private static Consultation consultValid(String yaml) {
        return consultValid(RequestReader.readString(yaml));
    }

    private static Consultation consultValid(ConsultationRequest request) {
        Consultation c = ARCHITECT.consult(request);
        assertThat(DossierValidator.validate(c, request).errors()).as("the dossier holds every consistency rule").isEmpty();
        return c;
    }

    private static Decision availability(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.AVAILABILITY).findFirst().orElseThrow();
    }

    private static List<String> consequences(Decision d) {
        return d.consequences().stream().map(Consequence::text).toList();
    }

    private static Risk risk(Consultation c, String id) {
        return c.risks().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no risk " + id));
    }

    private static String recoveryMode(Consultation c) {
        return c.cost().assumptions().stream().filter(a -> a.startsWith("[as-recovery-mode]")).findFirst().orElseThrow();
    }

    private static Alert standbyLost(Consultation c) {
        return c.operations().alerts().stream().filter(a -> a.name().equals("synchronous-replication-lost")).findFirst()
                .orElseThrow(() -> new AssertionError("no lost-standby alert"));
    }

    @Test
    void aWarmStandbyWithAnRpoOfZeroSaysTheRpoCannotBeMetAcrossRegions() {
        // 99.95% and a 60-minute RTO: below 99.99% and above 15 minutes, under 240: a warm standby in the ADR and the cost
        Consultation c = consultValid(LEDGER);

        assertThat(consequences(availability(c))).anySatisfy(t -> assertThat(t).startsWith("The second region runs as a warm standby"));
        assertThat(recoveryMode(c)).contains("Warm standby (recovery time 60 min)");
        Risk replication = risk(c, "risk-replication");
        assertThat(replication.title()).isEqualTo("A regional failover cannot meet the RPO of 0");
        assertThat(replication.description()).contains("cannot be met across regions");
        assertThat(replication.likelihood() * replication.impact()).as("a target the design cannot meet is at least high").isGreaterThanOrEqualTo(10);
    }

    @Test
    void activeActiveRegionsGetAWriteConflictRiskNotAFailoverFence() {
        // a 10-minute RTO leaves no time to promote a standby: both regions serve and write
        Consultation c = consultValid("""
                system: ParcelTrack
                description: Couriers scan parcels at each hand-over and recipients follow their parcel's journey.
                capabilities: [parcel scans, parcel journeys, recipient notifications]
                load: {peakRequestsPerSecond: 800, readWriteRatio: 5}
                availability: {targetPercent: 99.99, rpoMinutes: 1, rtoMinutes: 10}
                team: {size: 10, expertise: [Java]}
                deployment: {cloud: aws, regions: [us-east-1, us-west-2]}
                """);

        assertThat(consequences(availability(c))).anySatisfy(t -> assertThat(t).startsWith("All regions serve traffic and take writes (active-active)"));
        assertThat(recoveryMode(c)).contains("2 regions active-active");
        Risk replication = risk(c, "risk-replication");
        assertThat(replication.title()).isEqualTo("Writes in two regions conflict");
        assertThat(replication.mitigation()).contains("one home region that takes its writes").doesNotContain("fence writes");
    }

    @Test
    void regionsThatEachHoldTheirOwnResidentsPromiseNoCrossRegionFailover() {
        Consultation c = consultValid(CostArchetypesTest.archetype("pinned-trials"));
        Decision d = availability(c);

        assertThat(d.title()).isEqualTo("Run each region for its own residents, none holding a copy of another's data");
        assertThat(d.chosenOption()).isEqualTo("Multi-region, each region serving its own residents from its own database");
        assertThat(d.title() + d.chosenOption() + d.rationale() + consequences(d)).doesNotContain("warm standby", "active-active");
        assertThat(c.summary()).contains("(multi-region, each region serving its own residents from its own database)");
        assertThat(c.roadmap().phases()).flatExtracting(p -> p.exitCriteria())
                .anySatisfy(e -> assertThat(e).startsWith("A zone failover drill in each region restores service"))
                .noneSatisfy(e -> assertThat(e).startsWith("A failover drill"));
        assertThat(c.risks()).extracting(Risk::id).contains("risk-home-region-outage").doesNotContain("risk-replication");
    }

    @Test
    void theLostStandbyAlertReadsTheSignalEachEngineShows() {
        String azureSql = consultValid("""
                system: ClinicRota
                description: Hospital wards plan staff shifts, swap shifts and record hours worked for payroll.
                capabilities: [shift plans, shift swaps, hours worked]
                load: {peakRequestsPerSecond: 40, readWriteRatio: 4}
                availability: {targetPercent: 99.9, rpoMinutes: 0, rtoMinutes: 60}
                team: {size: 5, expertise: [C#, .NET, SQL Server]}
                deployment: {cloud: azure, regions: [uksouth]}
                """).operations().alerts().stream().filter(a -> a.name().equals("synchronous-replication-lost")).findFirst()
                .orElseThrow().condition();
        Alert selfRun = standbyLost(consultValid("""
                system: LabBook
                description: A research institute's scientists record experiments, samples and instrument runs.
                capabilities: [experiments, samples, instrument runs]
                load: {peakRequestsPerSecond: 30, readWriteRatio: 3}
                availability: {targetPercent: 99.9, rpoMinutes: 0, rtoMinutes: 60}
                team: {size: 4, expertise: [Java, PostgreSQL]}
                deployment: {cloud: on-premises, regions: []}
                """));
        Alert managed = standbyLost(consultValid(LEDGER));

        // Azure SQL's zone-redundant replicas are not the operator's to see: its resource health is
        assertThat(azureSql).startsWith("The service's resource health reports the database degraded").doesNotContain("synchronous mode");
        // A self-run PostgreSQL shows its standby in pg_stat_replication, and the team rebuilds it
        assertThat(selfRun.condition()).isEqualTo("pg_stat_replication on the leader shows no standby with sync_state 'sync', for more than 1 minute");
        assertThat(selfRun.action()).contains("pg_basebackup").doesNotContain("provider");
        // A managed PostgreSQL reports its high-availability status, and the provider rebuilds the standby
        assertThat(managed.condition()).startsWith("The service's high-availability status leaves healthy");
        assertThat(managed.action()).contains("The provider rebuilds the standby itself").doesNotContain("pg_basebackup");
    }

    @Test
    void anAuditTrailBoundToTheSignedContentKeepsItsHash() {
        Consultation c = consultValid("""
                system: LeaseSign
                description: Letting agents send tenancy agreements to tenants and landlords to sign electronically; signatures are advanced or qualified under eIDAS.
                capabilities: [agreements, signing, agreement archive]
                load: {peakRequestsPerSecond: 50, readWriteRatio: 4}
                compliance: [eIDAS, GDPR]
                team: {size: 6, expertise: [Java]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        Entity audit = c.dataModel().entity("audit_event").orElseThrow();
        assertThat(audit.fields()).extracting(EntityField::name).contains("content_hash", "previous_hash");
    }
}
