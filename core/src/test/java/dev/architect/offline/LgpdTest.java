package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.Risk;
import dev.architect.figures.Workload;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Brazil's LGPD is a regime of its own: data-subject rights answered within its 15 days, transfers out of Brazil under
 * the ANPD's clauses, an encarregado and incident reports to the ANPD, and Brazilian regions as its home.
 */
class LgpdTest {

    private static ConsultationRequest grocer(List<String> regions, ComplianceRegime... regimes) {
        var b = ConsultationRequest.builder("Feira", "Groceries delivered to customers' homes in Sao Paulo and Rio")
                .capabilities("catalog", "orders", "deliveries").compliance(regimes);
        return regions.isEmpty() ? b.build() : b.deployment(new Deployment(Cloud.AWS, regions)).build();
    }

    @Test
    void lgpdInTheRequestBringsDataSubjectRightsItsTransferRiskAndADecisionThatKeepsDataInBrazil() {
        ConsultationRequest request = grocer(List.of("sa-east-1"), ComplianceRegime.LGPD);
        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-data-subject-rights"))
                .singleElement().extracting(FunctionalRequirement::description).asString().contains("within 15 days");
        assertThat(c.risks()).extracting(Risk::id).contains("risk-lgpd-transfer-abroad");
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-lgpd-transfer-abroad")).singleElement()
                .satisfies(r -> assertThat(r.mitigation()).contains("standard contractual clauses", "encarregado", "three working days"));
        Decision lgpd = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.COMPLIANCE).filter(d -> d.title().contains("LGPD"))
                .findFirst().orElseThrow();
        assertThat(lgpd.chosenOption()).contains("kept in Brazil");
        assertThat(lgpd.toString()).contains("encarregado");
        assertThat(c.roadmap().toString()).contains("encarregado");
        assertThat(DossierValidator.validate(c, request).errors()).isEmpty();
    }

    @Test
    void lgpdWithRegionsOutsideBrazilTransfersUnderTheAnpdClauses() {
        ConsultationRequest request = grocer(List.of("us-east-1"), ComplianceRegime.LGPD);
        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.decisions()).filteredOn(d -> d.topic() == DecisionTopic.COMPLIANCE).extracting(Decision::chosenOption)
                .singleElement().asString().contains("transfers abroad under the ANPD's standard contractual clauses");
        assertThat(DossierValidator.validate(c, request).errors()).isEmpty();
    }

    @Test
    void lgpdWithNoRegionStatedAssumesOneInBrazil() {
        Workload w = Workload.of(grocer(List.of(), ComplianceRegime.LGPD));

        assertThat(w.regions()).containsExactly("sa-east-1");
        assertThat(w.assumptions()).filteredOn(a -> a.topic().equals("deployment.regions")).extracting(Assumption::statement)
                .singleElement().asString().contains("LGPD");
    }

    @Test
    void lgpdBesideGdprMakesOneValidDossierWithEachRegimesDecision() {
        ConsultationRequest request = grocer(List.of("sa-east-1", "eu-west-1"), ComplianceRegime.LGPD, ComplianceRegime.GDPR);
        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.decisions()).filteredOn(d -> d.topic() == DecisionTopic.COMPLIANCE).extracting(Decision::title)
                .anySatisfy(t -> assertThat(t).contains("LGPD")).anySatisfy(t -> assertThat(t).contains("GDPR controls"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-data-subject-rights")).hasSize(1);
        assertThat(DossierValidator.validate(c, request).errors()).isEmpty();
    }

    @Test
    void aDescriptionSayingPersonalDataFallsUnderTheLgpdBringsItWithAnAssumption() {
        ConsultationRequest request = ConsultationRequest.builder("Feira", "Groceries delivered in Brazil and Mexico. Personal data "
                + "of Brazilian users falls under the LGPD.").capabilities("catalog", "orders").build();
        Workload w = Workload.of(request);

        assertThat(w.compliance()).containsExactly(ComplianceRegime.LGPD);
        assertThat(w.assumptions()).extracting(Assumption::id).contains("as-compliance-lgpd");
        assertThat(ComplianceRegime.of("Lei Geral de Protecao de Dados")).isEqualTo(ComplianceRegime.LGPD);
    }
}
