package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vendor that carries the product by analysing frames of a webcam or camera is priced even when the request states no
 * count: the frames follow from the monthly active users x hours of sessions x frames an hour (assumption
 * as-sampled-*), at the vendor's volume tiers, so the budget verdict counts it. An image-recognition vendor with neither a
 * count nor a stream is listed as not priced, and a budget its priced lines fit is then not known, never plainly within.
 * Requests of our own; base-region prices.
 */
class SampledStreamAnalysisIsPricedTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest request(String system, String description, String integration, String purpose, long mau, double budget) {
        return ConsultationRequest.builder(system, description).capabilities("interviews", "candidates", "reviews")
                .integration(integration, purpose).load(new Load(200.0, 5.0, mau, null)).budget(new Budget(budget))
                .team(new Team(6, List.of("Python", "PostgreSQL"))).deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
    }

    private static List<CostLineItem> vendorLines(Consultation c) {
        return c.cost().items().stream().filter(i -> i.id().startsWith("vendor-")).toList();
    }

    @Test
    void faceChecksOnWebcamFramesArePricedFromTheSessionsAndTheVerdictCountsThem() {
        Consultation c = ARCHITECT.consult(request("Hirecheck", "Candidates record one-way video interviews for employers to review later.",
                "Amazon Rekognition", "face checks on webcam frames", 50_000, 20_000));

        // 50,000 users x 4 hours x 360 frames an hour = 72,000,000 frames = 72,000 thousand, at Rekognition's Group 2 tiers
        // (face detection: break points at 1, 10 and 100 million images):
        // 1,000 x $1.00 + 9,000 x $0.80 + 62,000 x $0.60 = 1,000 + 7,200 + 37,200 = $45,400
        List<CostLineItem> frames = vendorLines(c);
        assertThat(frames.stream().mapToDouble(CostLineItem::quantity).sum()).isCloseTo(72_000, within(0.001));
        assertThat(frames.stream().mapToDouble(CostLineItem::monthly).sum()).isCloseTo(45_400, within(0.001));
        assertThat(c.cost().assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-sampled-").contains("50,000 monthly active users x 4 hours x 360 = 72,000,000"));
        // $45,400 of frames alone is over the $20,000 budget
        assertThat(c.cost().budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(c.cost().budget().gapUsd()).isGreaterThan(25_400);
    }

    @Test
    void aStatedCountOfFramesWinsOverTheSessionAssumption() {
        Consultation c = ARCHITECT.consult(request("Hirecheck", "Candidates record one-way video interviews; we analyse about 2 million images a month.",
                "Amazon Rekognition", "face checks on webcam frames", 50_000, 20_000));

        // 2,000,000 / 1,000 = 2,000 thousand: 1,000 x $1.00 + 1,000 x $0.80 = $1,800
        assertThat(vendorLines(c).stream().mapToDouble(CostLineItem::monthly).sum()).isCloseTo(1_800, within(0.001));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-sampled-"));
    }

    @Test
    void anUnpricedImageVendorThatCarriesTheProductLeavesAFittingBudgetNotKnown() {
        Consultation c = ARCHITECT.consult(request("Shelfscan", "Shop staff photograph shelves and the app reads the price labels.",
                "Amazon Rekognition", "reading shelf labels in photos", 5_000, 200_000));

        // No count and no stream: not priced, and the verdict cannot say WITHIN
        assertThat(vendorLines(c)).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(a -> a.contains("Not priced: Amazon Rekognition (image recognition)"));
        assertThat(c.cost().budget().status()).isEqualTo(BudgetStatus.UNKNOWN);
        assertThat(c.cost().budget().unpriced()).anyMatch(u -> u.contains("Amazon Rekognition"));
    }
}
