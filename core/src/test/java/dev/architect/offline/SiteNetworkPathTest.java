package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.validation.DossierValidator;
import dev.architect.request.RequestReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A request that counts the organisation's own sites (stores, warehouses, clinics) gets a decision on the network path
 * from them (site-networks.yaml, catalogue section siteNetwork), priced per site at the cloud's list price; a request
 * that counts none, or whose counted sites are its customers, gets none.
 */
class SiteNetworkPathTest {

    private static Consultation consult(String yaml) {
        return OfflineArchitect.create().consult(RequestReader.readString(yaml));
    }

    private static Optional<Decision> siteDecision(Consultation c) {
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.SITE_NETWORK).findFirst();
    }

    private static List<CostLineItem> lines(Consultation c, String idPrefix) {
        return c.cost().items().stream().filter(i -> i.id().startsWith(idPrefix)).toList();
    }

    private static double monthly(Consultation c, String idPrefix) {
        return lines(c, idPrefix).stream().mapToDouble(CostLineItem::monthly).sum();
    }

    @Test
    void manyStoresWhoseTillsTheCloudReachesAndWhoseTrafficStaysPrivateGetSdWanPricedPerStore() {
        Consultation c = consult("""
                system: DoseTrack
                description: >
                  Prescription dispensing and stock for a chain of 220 pharmacy stores. Pharmacists check prescriptions on
                  tablets, and the stores' point of sale tills are updated from the central stock service; dispensing records
                  must never cross the public internet.
                capabilities: [prescriptions, dispensing records, stock levels]
                load: {peakRequestsPerSecond: 400, readWriteRatio: 4}
                team: {size: 8, expertise: [Java, PostgreSQL, AWS]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        Decision d = siteDecision(c).orElseThrow();
        assertThat(d.chosenOption()).contains("Transit Gateway");
        assertThat(String.join(" ", d.drivers())).contains("220 pharmacy stores").contains("point of sale").contains("never cross the public internet");
        // 220 sites x $0.10 an hour (VPN connection $0.05 + Transit Gateway attachment $0.05) x 730 hours = 220 x $73.00 = $16,060.00
        assertThat(monthly(c, "site-connections")).isEqualTo(16_060.00);
        // the hub: the VPC's Transit Gateway attachment, 1 x $0.05 x 730 = $36.50
        assertThat(monthly(c, "site-hub")).isEqualTo(36.50);
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void aFewWarehousesWithLocalServersTheCloudReachesGetAVpnPerSiteWithAzuresIncludedTunnelsFree() {
        Consultation c = consult("""
                system: FrostLine
                description: >
                  Temperature monitoring for a cold-storage operator with 12 warehouses. Each warehouse has a local server
                  that runs the refrigeration controllers; operators in the cloud adjust setpoints on them and see alarms.
                capabilities: [temperature readings, alarms, setpoints]
                load: {peakRequestsPerSecond: 150, readWriteRatio: 1}
                team: {size: 4, expertise: [C#, .NET, Azure]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);

        Decision d = siteDecision(c).orElseThrow();
        assertThat(d.chosenOption()).contains("Azure VPN Gateway");
        // 12 tunnels: the first 10 included with VpnGw1 at $0, the other 2 x $0.015 x 730 = 2 x $10.95 = $21.90; priced the
        // same in every region, so westeurope's VM multiplier does not apply
        assertThat(monthly(c, "site-connections")).isEqualTo(21.90);
        // the gateway: 1 x $0.19 x 730 = $138.70
        assertThat(monthly(c, "site-hub")).isEqualTo(138.70);
    }

    @Test
    void branchesOnGoogleCloudThatNeedAPrivateNetworkPayATunnelEachAndNoGatewayFee() {
        Consultation c = consult("""
                system: LoanDesk
                description: Loan officers in 8 branches prepare and approve small business loans; the branches reach the system over a private network only.
                capabilities: [loan applications, approvals]
                load: {peakRequestsPerSecond: 20, readWriteRatio: 3}
                deployment: {cloud: gcp, regions: [us-central1]}
                """);

        assertThat(siteDecision(c).orElseThrow().chosenOption()).contains("HA VPN");
        // 8 tunnels x $0.05 x 730 = 8 x $36.50 = $292.00; the HA VPN gateway has no hourly charge, so no hub line
        assertThat(monthly(c, "site-connections")).isEqualTo(292.00);
        assertThat(lines(c, "site-hub")).isEmpty();
    }

    @Test
    void clinicsThatOnlyUseWebAppsGoOverTheInternetWithDeviceCertificatesAndNoSiteCharge() {
        Consultation c = consult("""
                system: CareDesk
                description: Check-in and queue screens for a physiotherapy group with 40 clinics. Receptionists check patients in on a web app and a screen in each waiting room shows the queue.
                capabilities: [appointments, check-in, queue screens]
                load: {peakRequestsPerSecond: 60, readWriteRatio: 5}
                deployment: {cloud: gcp, regions: [europe-west2]}
                """);

        assertThat(siteDecision(c).orElseThrow().chosenOption()).contains("mutual TLS");
        assertThat(lines(c, "site-")).isEmpty();
    }

    @Test
    void clinicsThatAreTheServicesCustomersAreNoSitesOfItsOwn() {
        Consultation c = consult("""
                system: BookPoint
                description: A booking service for 300 clinics; patients book appointments online and clinics manage their calendars.
                capabilities: [appointments, calendars]
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        assertThat(siteDecision(c)).isEmpty();
        assertThat(lines(c, "site-")).isEmpty();
    }

    @Test
    void aRequestThatCountsNoSitesGetsNoSiteNetwork() {
        Consultation c = consult("""
                system: Shelfie
                description: An online bookshop where readers browse, buy and review books.
                capabilities: [catalogue, orders, reviews]
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        assertThat(siteDecision(c)).isEmpty();
        assertThat(lines(c, "site-")).isEmpty();
    }
}
