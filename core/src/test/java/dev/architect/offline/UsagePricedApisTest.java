package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Usage-priced APIs that carry a product (maps, speech to text, image recognition, translation) are priced from the
 * vendor table when the request states their use, outright or per item of a stated count; otherwise listed as not
 * priced with why. Each line multiplies exactly.
 */
class UsagePricedApisTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest request(String system, String description, Cloud cloud, String region, String integration, String purpose,
                                               String... capabilities) {
        return ConsultationRequest.builder(system, description).capabilities(capabilities).integration(integration, purpose)
                .load(new Load(150.0, 6.0, 40_000L, null)).team(new Team(5, List.of("Java", "PostgreSQL")))
                .deployment(new Deployment(cloud, List.of(region))).build();
    }

    private static CostLineItem vendorLine(Consultation c, String unit) {
        return c.cost().items().stream().filter(i -> i.id().startsWith("vendor-") && i.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no vendor line in " + unit + ": " + c.cost().assumptions()));
    }

    @Test
    void routingRequestsPerLoadArePricedFromTheLoadsAWeek() {
        Consultation c = ARCHITECT.consult(request("Haulboard", "A freight exchange: shippers post loads, carriers accept them. About 40,000 loads "
                + "a week; we request 2 distance matrix elements per load to quote an ETA.", Cloud.AWS, "us-east-1", "Google Maps Platform",
                "distance matrix and geocoding", "loads", "carriers", "quotes"));

        // 40,000 loads a week x 52 / 12 = 173,333 a month; x 2 elements = 346,666 elements / 1,000 = 346.67 thousand, at the
        // vendor's volume tiers: 100 x $5.00 = $500.00, then 246.67 x $4.00 = $986.68; $1,486.68 in all
        CostLineItem maps = vendorLine(c, "thousand requests");
        assertThat(maps.quantity()).isEqualTo(100);
        assertThat(maps.unitPrice()).isEqualTo(5.00);
        java.util.List<CostLineItem> tiers = c.cost().items().stream().filter(i -> i.unit().equals("thousand requests")).toList();
        assertThat(tiers.stream().mapToDouble(CostLineItem::quantity).sum()).isCloseTo(346.67, org.assertj.core.api.Assertions.within(0.001));
        assertThat(tiers.stream().mapToDouble(CostLineItem::monthly).sum()).isCloseTo(1_486.68, org.assertj.core.api.Assertions.within(0.001));
        assertThat(maps.assumption()).contains("2 per load").contains("40,000 a week x 52 / 12 = 173,333 a month")
                .contains("https://developers.google.com/maps/");
    }

    @Test
    void speechToTextIsPricedPerMinuteFromCallsADayAndTheirLength() {
        Consultation c = ARCHITECT.consult(request("Callmark", "Quality scoring for an insurer's contact centre: about 3,000 calls a day, "
                + "each call lasts 6 minutes on average and is transcribed before supervisors score it.", Cloud.AZURE, "eastus",
                "Azure AI Speech", "speech to text transcription of calls", "calls", "scorecards", "supervisors"));

        // 3,000 calls a day x 365 / 12 = 91,250 calls a month x 6 minutes = 547,500 minutes x $0.024 = $13,140.00
        CostLineItem speech = vendorLine(c, "audio minute");
        assertThat(speech.quantity()).isEqualTo(547_500);
        assertThat(speech.monthly()).isEqualTo(13_140.00);
        // not read as SMS because its purpose says "text"
        assertThat(c.cost().assumptions()).noneMatch(n -> n.contains("(SMS)"));
    }

    @Test
    void textReadFromScansIsPricedAtTheOcrTierNotAsInvoiceExtractionOrAsTexts() {
        Consultation c = ARCHITECT.consult(request("Parishroll", "A county records office digitises parish registers: about 200,000 "
                + "scanned pages a month are made searchable.", Cloud.AWS, "eu-west-2", "OCR service", "text from scanned pages",
                "registers", "search", "archivists"));

        // 200,000 pages / 1,000 = 200 thousand pages x $1.50 (text detection, not the $10 invoice models) = $300.00
        CostLineItem ocr = vendorLine(c, "thousand pages");
        assertThat(ocr.quantity()).isEqualTo(200);
        assertThat(ocr.monthly()).isEqualTo(300.00);
        assertThat(ocr.name()).contains("(text recognition)");
        // "text from scanned pages" is no text message
        assertThat(c.cost().assumptions()).noneMatch(n -> n.contains("(SMS)"));
    }

    @Test
    void translationIsPricedPerMillionCharactersStated() {
        Consultation c = ARCHITECT.consult(request("Tripnote", "Travellers share reviews of guesthouses, shown in the reader's language: "
                + "we translate about 50 million characters a month.", Cloud.GCP, "us-central1", "Cloud Translation", "translation of reviews",
                "reviews", "guesthouses", "travellers"));

        // 50,000,000 characters / 1,000,000 = 50 x $20 = $1,000.00
        CostLineItem translation = vendorLine(c, "million characters");
        assertThat(translation.quantity()).isEqualTo(50);
        assertThat(translation.monthly()).isEqualTo(1_000.00);
    }

    @Test
    void faceMatchesADayArePricedPerThousandImages() {
        Consultation c = ARCHITECT.consult(request("Gymgate", "Members of a gym chain check in at the door by face: about 20,000 face matches "
                + "a day across 90 clubs.", Cloud.AWS, "eu-west-1", "Amazon Rekognition", "face recognition at check-in", "check-ins", "members", "clubs"));

        // 20,000 a day x 365 / 12 = 608,333 face matches a month / 1,000 = 608.33 x $1.00 = $608.33
        CostLineItem faces = vendorLine(c, "thousand images");
        assertThat(faces.quantity()).isEqualTo(608.33);
        assertThat(faces.monthly()).isEqualTo(608.33);
        assertThat(c.cost().items()).allSatisfy(i -> assertThat(Math.round(i.quantity() * i.unitPrice() * 100) / 100.0)
                .as(i.id()).isCloseTo(i.monthly(), org.assertj.core.data.Offset.offset(0.011)));
    }

    @Test
    void anApiWithoutAStatedUseIsListedAsNotPricedWithWhy() {
        Consultation c = ARCHITECT.consult(request("Plotwise", "Estate agents plot listings on a map and search by commute time.", Cloud.AWS,
                "us-east-1", "Mapbox", "maps and geocoding of listings", "listings", "agents", "searches"));

        assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("vendor-"));
        assertThat(c.cost().assumptions()).anyMatch(n -> n.contains("Not priced: Mapbox (maps)")
                && n.contains("the number of geocoding, routing or distance-matrix requests a month is not in the request"));
    }
}
