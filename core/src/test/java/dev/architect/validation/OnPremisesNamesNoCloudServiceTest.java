package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A system in the organisation's own data centre has no cloud services: an operations line, a learning plan or a quality
 * attribute that keeps its secrets in a cloud secrets manager, trains on a managed offering or survives the loss of a zone
 * is an error naming the element; the same text holds on a cloud.
 */
class OnPremisesNamesNoCloudServiceTest {

    private static Consultation sampleWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = DossierJson.mapper().valueToTree(SampleDossiers.shopFast());
        ((ObjectNode) tree.at("/operations/backupAndRecovery")).put("strategy", "Restore from backups onto spare hardware, rehearsed");
        edit.accept(tree);
        return DossierJson.bind(tree, Consultation.class);
    }

    private static List<Violation> broken(Consultation c, Cloud cloud) {
        ConsultationRequest r = ConsultationRequest.builder("ShopFast", "An online shop").deployment(new Deployment(cloud, List.of("city-dc"))).build();
        return DossierValidator.validate(c, r).violations().stream()
                .filter(v -> v.rule().equals(DossierValidator.Rule.PLACEMENT_SITES.id())).toList();
    }

    @Test
    void secretsInTheCloudSecretsManagerOfAnOnPremisesSystemAreAnError() {
        Consultation c = sampleWith(t -> ((ArrayNode) t.at("/operations/infrastructureAsCode"))
                .add("Secrets in the cloud secrets manager, referenced by name; never in state files or images"));
        int last = c.operations().infrastructureAsCode().size() - 1;

        assertThat(broken(c, Cloud.ON_PREMISES)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("operations.infrastructureAsCode[" + last + "]");
            assertThat(v.message()).startsWith("the operations plan relies on cloud services ('cloud secrets manager') but the system is "
                    + "hosted on premises in one data centre (city-dc)");
        });
        assertThat(broken(c, Cloud.AWS)).isEmpty();
    }

    @Test
    void aLearningPlanOnTheManagedOfferingOrAZoneScenarioOnPremisesAreErrors() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/risks/0")).put("mitigation", "Two engineers train on the managed offering before launch");
            ((ObjectNode) t.at("/requirements/qualityAttributes/0")).put("scenario", "The system serves requests through the loss of an instance or a zone");
        });

        assertThat(broken(c, Cloud.ON_PREMISES)).extracting(Violation::path)
                .containsExactlyInAnyOrder("risks[0]", "requirements.qualityAttributes[0].scenario");
    }
}
