package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count of messages the system sends itself ("about 1,500 e-mails a month") is priced even when no integration names
 * their provider (prices.yaml vendorUsage sentByTheSystem), with a note that says so; a count of things that are not such
 * messages ("80,000 invoices a month") prices no vendor without an integration that is one.
 */
class MessagesTheSystemSendsArePricedTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest filings(String counts) {
        return ConsultationRequest.builder("Filebox", "Electronic filing for a county court: attorneys file documents and the clerk accepts "
                        + "or rejects them. " + counts)
                .capabilities("file a document", "clerk review", "case docket")
                .integration("Court case management system", "receives accepted filings nightly")
                .load(new Load(15.0, 10.0, 420L, null))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-2"))).build();
    }

    @Test
    void emailsTheRequestCountsArePricedWithoutAnIntegrationNamingTheirProvider() {
        Consultation c = ARCHITECT.consult(filings("Every other attorney on the case gets an e-mail notice, about 1,500 e-mails a month."));

        // 1,500 e-mails a month / 1,000 = 1.5 x $0.10 (Amazon SES, the email category's first row) = $0.15
        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("vendor-sent-email")).singleElement().satisfies(mail -> {
            assertThat(mail.quantity()).isEqualTo(1.5);
            assertThat(mail.monthly()).isEqualTo(0.15);
            assertThat(mail.assumption()).contains("description \"1,500 e-mails a month\"");
        });
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[vendor-sent-email]") && n.contains("no integration names their provider"));
    }

    @Test
    void countsOfThingsThatAreNotMessagesPriceNoVendorWithoutAnIntegration() {
        // "invoices" are words of the document-reading vendor, but an invoice is no message the system sends
        Consultation c = ARCHITECT.consult(filings("The court issues about 80,000 invoices a month."));

        assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("vendor-sent-"));
    }
}
