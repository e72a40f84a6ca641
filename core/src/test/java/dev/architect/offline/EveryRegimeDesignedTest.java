package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Team;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every regime a request may name gets a compliance decision with its controls, in a dossier the validator accepts:
 * never a "controls are not designed yet" risk or an open question that says the catalogue has none.
 */
class EveryRegimeDesignedTest {

    @ParameterizedTest
    @EnumSource(ComplianceRegime.class)
    void eachRegimeIsDecidedWithControls(ComplianceRegime regime) {
        ConsultationRequest request = ConsultationRequest.builder("Ledgerline", "Keeps customer accounts, orders and "
                        + "invoices for a mid-sized company")
                .capabilities("accounts", "orders", "invoices").compliance(regime)
                .team(new Team(8, List.of("Java", "PostgreSQL")))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        Consultation c = OfflineArchitect.create().consult(request);

        List<Decision> compliance = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.COMPLIANCE).toList();
        assertThat(compliance).as("compliance decisions").isNotEmpty();
        assertThat(compliance).anySatisfy(d -> assertThat(d.title() + " " + d.context()).contains(regime.label()));
        assertThat(c.risks()).noneSatisfy(r -> assertThat(r.title().toLowerCase(Locale.ROOT)).containsAnyOf("not designed yet", "unmapped"));
        // each regime brings a risk of its own, linked to its decision
        assertThat(c.risks()).anySatisfy(r -> assertThat(compliance).extracting(Decision::id).containsAnyElementsOf(r.relatedDecisions()));
        assertThat(c.requirements().openQuestions()).noneSatisfy(q -> assertThat(q.whyItMatters()).contains("has no control set"));
        assertThat(DossierValidator.validate(c, request).errors()).isEmpty();
        // the trail is never changed itself; it keeps the values a change replaced, and why, only where the regime asks for
        // every change (Part 11, SOX): elsewhere those values would be personal data an erasure cannot reach
        boolean valuesKept = regime == ComplianceRegime.FDA_PART_11 || regime == ComplianceRegime.SOX;
        assertThat(c.dataModel().entity("audit_event")).hasValueSatisfying(e -> {
            List<String> fields = e.fields().stream().map(dev.architect.dossier.EntityField::name).toList();
            if (valuesKept) {
                assertThat(fields).contains("old_value", "new_value", "reason");
            } else {
                assertThat(fields).doesNotContain("old_value", "new_value", "reason");
            }
            assertThat(e.constraints()).extracting(dev.architect.dossier.EntityConstraint::kind)
                    .contains(dev.architect.dossier.ConstraintKind.APPEND_ONLY);
        });
    }
}
