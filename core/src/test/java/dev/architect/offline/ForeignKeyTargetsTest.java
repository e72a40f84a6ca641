package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.request.ConsultationRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A relation points at a table the data model has, also when a mechanism designs the capability it refers to. */
class ForeignKeyTargetsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "accounts, orders, invoices",   // accounts are the identity design's user_account
            "customers, subscriptions, invoices",
            "members, bookings, payments, reviews",
            "users, projects, tasks, comments"})
    void everyRelationTargetsAnEntityOfTheModel(String capabilities) {
        ConsultationRequest request = ConsultationRequest.builder("Keepbook", "Runs a small company's work")
                .capabilities(capabilities.split(",\\s*")).build();
        Consultation c = OfflineArchitect.create().consult(request);

        Set<String> names = c.dataModel().entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertThat(c.dataModel().entities()).allSatisfy(e -> assertThat(e.relations())
                .allSatisfy(r -> assertThat(names).as("%s.%s", e.name(), r.field()).contains(r.targetEntity())));
    }
}
