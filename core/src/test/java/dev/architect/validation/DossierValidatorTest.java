package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Team;
import java.util.List;
import dev.architect.testing.SampleDossiers;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierValidatorTest {

    /** The sample dossier with one edit made to its JSON tree. */
    private static Consultation sampleWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = DossierJson.mapper().valueToTree(SampleDossiers.shopFast());
        edit.accept(tree);
        return DossierJson.bind(tree, Consultation.class);
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    private static Arguments rule(DossierValidator.Rule rule, Severity severity, String path, String message, Consumer<ObjectNode> edit) {
        return Arguments.of(rule, severity, path, message, edit);
    }

    static Stream<Arguments> brokenReferences() {
        return Stream.of(
                rule(DossierValidator.Rule.UNKNOWN_ELEMENT, Severity.ERROR, "decisions[0].relatedElements[0]",
                        "refers to unknown C4 element 'billing'; known: cache, catalog",
                        t -> ((ArrayNode) t.at("/decisions/0/relatedElements")).set(0, "billing")),
                rule(DossierValidator.Rule.UNKNOWN_ELEMENT, Severity.ERROR, "risks[1].relatedElements[0]",
                        "refers to unknown C4 element 'mobile'", t -> ((ArrayNode) t.at("/risks/1/relatedElements")).set(0, "mobile")),
                rule(DossierValidator.Rule.UNKNOWN_ELEMENT, Severity.ERROR, "sequences[0].participants[4]",
                        "refers to unknown C4 element 'orders-db'", t -> {
                            ((ArrayNode) t.at("/sequences/0/participants")).set(4, "orders-db");
                            at(t, "/sequences/0/steps/4").put("to", "orders-db");
                        }),
                rule(DossierValidator.Rule.UNKNOWN_ELEMENT, Severity.ERROR, "c4.relationships[2].destinationId",
                        "refers to unknown C4 element 'gateway'", t -> at(t, "/c4/relationships/2").put("destinationId", "gateway")),
                rule(DossierValidator.Rule.UNKNOWN_DECISION, Severity.ERROR, "risks[0].relatedDecisions[0]",
                        "refers to unknown decision 'adr-0042'; known: adr-0001, adr-0002",
                        t -> ((ArrayNode) t.at("/risks/0/relatedDecisions")).set(0, "adr-0042")),
                rule(DossierValidator.Rule.UNKNOWN_DECISION, Severity.ERROR, "techStack[1].decisionId",
                        "refers to unknown decision 'adr-7'", t -> at(t, "/techStack/1").put("decisionId", "adr-7")),
                rule(DossierValidator.Rule.UNKNOWN_CONTAINER, Severity.ERROR, "apis[0].containerId",
                        "refers to unknown container 'orders-service'", t -> at(t, "/apis/0").put("containerId", "orders-service")),
                rule(DossierValidator.Rule.UNKNOWN_CONTAINER, Severity.ERROR, "dataModel.entities[1].ownerContainerId",
                        "refers to unknown container 'orders-service'", t -> at(t, "/dataModel/entities/1").put("ownerContainerId", "orders-service")),
                rule(DossierValidator.Rule.UNKNOWN_CONTAINER, Severity.ERROR, "c4.components[0].containerId",
                        "refers to unknown container 'catalog-service'", t -> at(t, "/c4/components/0").put("containerId", "catalog-service")),
                rule(DossierValidator.Rule.UNKNOWN_CONTAINER, Severity.ERROR, "operations.slos[0].containerId",
                        "refers to unknown container 'api'", t -> at(t, "/operations/slos/0").put("containerId", "api")),
                rule(DossierValidator.Rule.UNKNOWN_CONTAINER, Severity.ERROR, "cost.items[1].containerId",
                        "refers to unknown container 'aurora'", t -> at(t, "/cost/items/1").put("containerId", "aurora")),
                rule(DossierValidator.Rule.UNKNOWN_SYSTEM, Severity.ERROR, "c4.containers[3].systemId",
                        "container 'cache' belongs to unknown system 'shopfst'", t -> at(t, "/c4/containers/3").put("systemId", "shopfst")),
                rule(DossierValidator.Rule.CONTAINER_IN_EXTERNAL_SYSTEM, Severity.ERROR, "c4.containers[3].systemId",
                        "container 'cache' is placed in external system 'stripe'", t -> at(t, "/c4/containers/3").put("systemId", "stripe")),
                rule(DossierValidator.Rule.UNKNOWN_ENTITY, Severity.ERROR, "dataModel.entities[2].relations[1].targetEntity",
                        "entity 'order_line' refers to unknown entity 'item'", t -> at(t, "/dataModel/entities/2/relations/1").put("targetEntity", "item")),
                rule(DossierValidator.Rule.FLOW_OPERATION, Severity.ERROR, "sequences[0].steps[1]",
                        "flow 'seq-checkout' calls 'POST /refunds' on 'store-app', which no API of the dossier offers",
                        t -> at(t, "/sequences/0/steps/1").put("message", "POST /refunds")),
                rule(DossierValidator.Rule.STORE_OWNER, Severity.ERROR, "sequences[0].steps[6]",
                        "flow 'seq-checkout' has 'web' read or write 'store-db', which says 'only its service reads or writes it' of its owner "
                                + "'store-app': go through store-app's API or events, give web a store of its own, or declare the store shared",
                        t -> {
                            at(t, "/c4/containers/2").put("description", "Products and orders; only its service reads or writes it");
                            ((ArrayNode) t.at("/sequences/0/steps")).addObject().put("from", "web").put("to", "store-db")
                                    .put("message", "Read the stock directly").put("kind", "SYNC");
                        }),
                rule(DossierValidator.Rule.UNKNOWN_SLO, Severity.ERROR, "operations.alerts[0].sloId",
                        "refers to unknown SLO 'slo-errors'", t -> at(t, "/operations/alerts/0").put("sloId", "slo-errors")),
                rule(DossierValidator.Rule.DUPLICATE_OPERATION_ID, Severity.ERROR, "apis[1].operations[0].operationId",
                        "operationId 'listProducts' of api 'admin-api' is also used by api 'store-api'", t -> {
                            ObjectNode copy = at(t, "/apis/0").deepCopy();
                            copy.put("id", "admin-api");
                            ((ArrayNode) t.get("apis")).add(copy);
                        }),
                rule(DossierValidator.Rule.FOREIGN_KEY_MISMATCH, Severity.ERROR, "dataModel.entities[2].relations[1]",
                        "field 'order_line.product_id' is BIGINT but refers to 'product.id' of type UUID", t -> {
                            at(t, "/dataModel/entities/2/fields/1").put("type", "BIGINT");
                        }),
                rule(DossierValidator.Rule.FOREIGN_KEY_MISMATCH, Severity.ERROR, "dataModel.entities[1].relations[0]",
                        "refers to 'order_line', whose primary key has 2 fields", t -> {
                            at(t, "/dataModel/entities/1").withArray("relations").addObject()
                                    .put("field", "id").put("targetEntity", "order_line").put("cardinality", "ONE_TO_ONE");
                        }),
                rule(DossierValidator.Rule.SHARED_DATA, Severity.WARNING, "dataModel.entities[2].relations[1]",
                        "the two containers now share a database", t -> {
                            ObjectNode c = at(t, "/c4/containers/1").deepCopy();
                            c.put("id", "catalog-app");
                            ((ArrayNode) t.at("/c4/containers")).add(c);
                            ((ObjectNode) t.at("/c4/relationships/2")).put("destinationId", "catalog-app");
                            at(t, "/dataModel/entities/0").put("ownerContainerId", "catalog-app");
                        }),
                rule(DossierValidator.Rule.UNUSED_ELEMENT, Severity.WARNING, "c4.containers[4]",
                        "container 'search' has no relationships", t -> ((ArrayNode) t.at("/c4/containers")).addObject()
                                .put("id", "search").put("name", "Search").put("systemId", "shopfast").put("kind", "SEARCH_INDEX")
                                // a product of no family, so only the missing relationships are wrong with it
                                .put("technology", "Apache Solr")),
                rule(DossierValidator.Rule.EMPTY_SYSTEM, Severity.WARNING, "c4.systems[3]",
                        "system 'warehouse' is being designed but has no containers", t -> ((ArrayNode) t.at("/c4/systems")).addObject()
                                .put("id", "warehouse").put("name", "Warehouse").put("external", false)),
                rule(DossierValidator.Rule.BROKEN_SUPERSESSION, Severity.ERROR, "decisions[1].supersedes",
                        "decision 'adr-0002' supersedes 'adr-0001', which does not name it as its successor",
                        t -> ((ObjectNode) t.at("/decisions/1")).put("supersedes", "adr-0001")),
                rule(DossierValidator.Rule.BROKEN_SUPERSESSION, Severity.ERROR, "decisions[0].supersededBy",
                        "decision 'adr-0001' is superseded by 'adr-0099', which does not exist",
                        t -> ((ObjectNode) t.at("/decisions/0")).put("status", "SUPERSEDED").put("supersededBy", "adr-0099")),
                rule(DossierValidator.Rule.TCO_BELOW_RUN_COST, Severity.WARNING, "cost.threeYearTco",
                        "three-year TCO 1000.0 is below 36 months of the lowest monthly total up to month 36 1820.48", t -> at(t, "/cost").put("threeYearTco", 1000.0)),
                // The design costs 1,820.48 a month; an option priced at 1,900 in both months is dearer than the design it changes
                rule(DossierValidator.Rule.COST_OPTION_MISMATCH, Severity.ERROR, "cost.options[0]",
                        "option 'One-year commitment' costs 1900.0 at its costlier month, more than the design it changes (1820.48): an option "
                                + "is the design with only its stated changes, and cheaper", t -> at(t, "/cost").withArray("options").addObject()
                                .put("title", "One-year commitment").put("monthlyTotal", 1900.0).put("month36Total", 1900.0)
                                .put("givesUp", "Flexibility").put("fitsBudget", false).put("keepsHardRequirements", true).put("adopted", false)
                                .putArray("changes").add("Buy a commitment")),
                // Low 900 <= base 1,820.48, but high 1,500 (twice the load) < base 1,820.48: a tier chosen at one load that the next does not keep
                rule(DossierValidator.Rule.SCENARIO_ORDER, Severity.ERROR, "cost.scenarios[2]",
                        "scenario 'high' costs 1500.0 a month, less than scenario 'base' (1820.48) with less load: the same design carrying more "
                                + "load never costs less", t -> {
                            ArrayNode scenarios = at(t, "/cost").withArray("scenarios");
                            scenarios.addObject().put("name", "low").put("monthlyTotal", 900.0).put("basis", "Load x 0.5");
                            scenarios.addObject().put("name", "base").put("monthlyTotal", 1820.48).put("basis", "As stated");
                            scenarios.addObject().put("name", "high").put("monthlyTotal", 1500.0).put("basis", "Load x 2");
                        }),
                rule(DossierValidator.Rule.AVAILABILITY_TOPOLOGY, Severity.ERROR, "decisions[2].chosenOption",
                        "runs in a single zone but database 'store-db' is deployed across zones (multi-az)", t -> {
                            addDecision(t, "AVAILABILITY", "Single zone with backups", "Everything in one availability zone");
                            at(t, "/c4/containers/2").put("technology", "Amazon RDS for PostgreSQL (Multi-AZ)");
                        }),
                rule(DossierValidator.Rule.RESIDENCY_REGIONS, Severity.ERROR, "requirements.constraints[0]",
                        "'data must stay in the eu' but the system is deployed to us-east-1, outside europe",
                        t -> ((ArrayNode) t.at("/requirements/constraints")).add("Runs on AWS in eu-west-1 and us-east-1")),
                rule(DossierValidator.Rule.COMPLIANCE_VENDOR, Severity.ERROR, "decisions[2].chosenOption",
                        "relies on a payment provider's hosted fields and tokens, but the C4 model has no external payment provider", t -> {
                            addDecision(t, "COMPLIANCE", "Hosted payment fields and provider tokenisation", "Card numbers stay at the provider");
                            at(t, "/c4/systems/1").put("name", "Acme").put("description", "Partner data feed");
                        }),
                rule(DossierValidator.Rule.MITIGATION_NAMES_REJECTED, Severity.ERROR, "risks[0].mitigation",
                        "risk 'risk-peak' is mitigated with 'DynamoDB', which decision 'adr-0002' rejected",
                        t -> at(t, "/risks/0").put("mitigation", "Move the hot tables to DynamoDB before the peak")),
                rule(DossierValidator.Rule.STACK_MISMATCH, Severity.ERROR, "techStack[1].choice",
                        "the tech stack chooses 'DynamoDB', which decision 'adr-0002' rejected for 'PostgreSQL with read replicas'",
                        t -> at(t, "/techStack/1").put("choice", "DynamoDB")),
                rule(DossierValidator.Rule.LANGUAGE_MISMATCH, Severity.ERROR, "risks[2].mitigation",
                        "'NestJS' is a typescript tool but the stack is Java 17 with Spring Boot",
                        t -> at(t, "/risks/2").put("mitigation", "Keep the cache client in a NestJS module")),
                rule(DossierValidator.Rule.SUMMARY_FIGURES, Severity.ERROR, "summary",
                        "'$2,500' does not match the cost estimate (monthly 1820.48", t -> t.put("summary", "An online store at $2,500 a month.")),
                // A count with a thousands separator is read whole (it was read from the comma on: '234 application instances')
                rule(DossierValidator.Rule.SUMMARY_FIGURES, Severity.ERROR, "summary",
                        "'1,234 application instances' does not match the capacity plan and cost items",
                        t -> t.put("summary", "An online store on 1,234 application instances.")),
                rule(DossierValidator.Rule.DATASTORE_MODEL, Severity.ERROR, "c4.containers[2].technology",
                        "container 'store-db' runs MySQL (Amazon Aurora MySQL) but decision 'adr-0002' chose PostgreSQL",
                        t -> at(t, "/c4/containers/2").put("technology", "Amazon Aurora MySQL")),
                rule(DossierValidator.Rule.REJECTED_ELEMENT, Severity.ERROR, "c4.containers[2]",
                        "'store-db' (Store database. DynamoDB) is 'DynamoDB', which decision 'adr-0002' rejected",
                        t -> at(t, "/c4/containers/2").put("technology", "DynamoDB")),
                rule(DossierValidator.Rule.HOME_REGION_COPY, Severity.ERROR, "operations.backupAndRecovery.strategy",
                        "decision 'adr-0003' pins personal data to each person's home region but operations.backupAndRecovery.strategy copies "
                                + "the database to another region ('replicated to a second region')", t -> {
                            addDecision(t, "COMPLIANCE", "Privacy by design with personal data pinned to each person's home region", "Pinned");
                            at(t, "/operations/backupAndRecovery").put("strategy", "Data replicated to a second region; DNS failover");
                        }));
    }

    /**
     * Rules that need the request, each shown breaking with a request elsewhere: integration wiring in
     * {@link OneModelRulesTest}, a named integration in {@link ArtifactsFollowTheDecisionsTest}.
     */
    private static final List<DossierValidator.Rule> REQUEST_AWARE = List.of(DossierValidator.Rule.INTEGRATION_WIRING,
            DossierValidator.Rule.NAMED_INTEGRATION,
            // ArtifactsAgreeWithTheRequestTest breaks and holds these
            DossierValidator.Rule.STATED_CALLED_UNSTATED, DossierValidator.Rule.REGION_NAMED, DossierValidator.Rule.LATENCY_GIVEN_UP,
            // ArtifactsKeepWhatTheyPromiseTest breaks and holds these
            DossierValidator.Rule.COLUMN_CLAIM, DossierValidator.Rule.UNDECLARED_PROBLEM, DossierValidator.Rule.ABSENCE_CONTRADICTED,
            // ProseAgreesWithTheFiguresTest breaks and holds these
            DossierValidator.Rule.CHOSEN_PART_UNBUILT, DossierValidator.Rule.BUDGET_RISK_VERDICT, DossierValidator.Rule.ACCESS_RULE_UNANSWERED);

    /** Rules on the texts written after the decisions, each shown breaking (and holding) in {@link ArtifactsFollowTheDecisionsTest}. */
    private static final List<DossierValidator.Rule> ARTIFACT_TEXT = List.of(DossierValidator.Rule.ENGINE_FEATURE,
            // DatabaseFeaturesOfTheChosenProductTest breaks and holds this one
            DossierValidator.Rule.DATABASE_FEATURE,
            DossierValidator.Rule.PLAN_NAMES_REJECTED, DossierValidator.Rule.RUNBOOK_FAILOVER, DossierValidator.Rule.COST_NOT_CHOSEN,
            // ProseClaimsHoldAgainstTheDataTest breaks and holds each of these
            DossierValidator.Rule.NO_COPY_TO_FAIL_OVER, DossierValidator.Rule.REGION_WRITERS, DossierValidator.Rule.RPO_UNMET,
            DossierValidator.Rule.BACKUP_COPY_UNPRICED, DossierValidator.Rule.CONTENT_HASH, DossierValidator.Rule.BROKER_NOT_CHOSEN,
            // ChoicesCarriedIntoEveryArtifactTest breaks and holds this one
            DossierValidator.Rule.CHOICE_CARRIED,
            // BuiltIsChosenTest breaks and holds this one
            DossierValidator.Rule.BUILT_IS_CHOSEN,
            // RegionLayoutFitsTheStoreTest breaks and holds this one
            DossierValidator.Rule.REGIONS_FIT_STORE,
            // OneProductAndOneFigureTest breaks and holds each of these
            DossierValidator.Rule.PRODUCT_MISMATCH, DossierValidator.Rule.QUOTED_FIGURE, DossierValidator.Rule.QUOTED_RATE,
            // OneTechnologyPricedAsNamedTest and PlacementFollowsTheSitesTest break and hold each of these
            DossierValidator.Rule.TECHNOLOGY_ALTERNATIVES, DossierValidator.Rule.PLACEMENT_SITES, DossierValidator.Rule.LATENCY_TRADE_OFF);

    /** Adds a third decision of a topic, its chosen option named and summarised as given. */
    private static void addDecision(ObjectNode tree, String topic, String chosen, String summary) {
        ObjectNode d = at(tree, "/decisions/0").deepCopy();
        d.put("id", "adr-0003").put("topic", topic).put("chosenOption", chosen);
        ((ObjectNode) d.at("/options/0")).put("name", chosen).put("summary", summary);
        ((ArrayNode) tree.get("decisions")).add(d);
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("brokenReferences")
    void aBrokenRuleIsReportedWithItsPathSeverityAndMessage(DossierValidator.Rule rule, Severity severity, String path,
                                                            String message, Consumer<ObjectNode> edit) {
        ValidationReport report = DossierValidator.validate(sampleWith(edit));

        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(rule.id());
            assertThat(v.severity()).isEqualTo(severity);
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.message()).contains(message);
        });
        assertThat(report.hasErrors()).isEqualTo(severity == Severity.ERROR);
    }

    @Test
    void theSampleDossierHasNoViolations() {
        assertThat(DossierValidator.validate(SampleDossiers.shopFastMigration()).violations()).isEmpty();
    }

    @Test
    void theReportListsErrorsBeforeWarningsAndDescribesEachOnALine() {
        Consultation broken = sampleWith(t -> {
            at(t, "/cost").put("threeYearTco", 1.0);
            at(t, "/apis/0").put("containerId", "nowhere");
        });

        ValidationReport report = DossierValidator.validate(broken);

        assertThat(report.violations()).extracting(Violation::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(report.errors()).hasSize(1);
        assertThat(report.warnings()).hasSize(1);
        assertThat(report.describe()).startsWith("ERROR apis[0].containerId: refers to unknown container 'nowhere'")
                .contains("\nWARNING cost.threeYearTco");
    }

    @Test
    void everyRuleIsCoveredByACase() {
        assertThat(Stream.of(brokenReferences().map(a -> (DossierValidator.Rule) a.get()[0]), REQUEST_AWARE.stream(), ARTIFACT_TEXT.stream())
                .flatMap(s -> s).distinct())
                .containsExactlyInAnyOrder(DossierValidator.Rule.values());
    }

    @Test
    void aStackEntryThatIsPartOfACombinedChosenOptionIsNotARejectedChoice() {
        // Options named by product: a combined option ("CloudFront and ElastiCache") names a product that a rejected
        // stand-alone option is also named after; the stack choosing that product follows the decision.
        Consumer<ObjectNode> stackChoosesDynamoDb = t -> at(t, "/techStack/1").put("choice", "DynamoDB");
        Consumer<ObjectNode> combinedChosenOption = t -> {
            at(t, "/decisions/1/options/0").put("name", "PostgreSQL with read replicas and DynamoDB");
            at(t, "/decisions/1").put("chosenOption", "PostgreSQL with read replicas and DynamoDB");
        };

        ValidationReport part = DossierValidator.validate(sampleWith(combinedChosenOption.andThen(stackChoosesDynamoDb)));
        ValidationReport rejected = DossierValidator.validate(sampleWith(stackChoosesDynamoDb));

        assertThat(part.violations()).noneMatch(v -> v.rule().equals(DossierValidator.Rule.STACK_MISMATCH.id()) && v.path().startsWith("techStack"));
        assertThat(rejected.errors()).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(DossierValidator.Rule.STACK_MISMATCH.id());
            assertThat(v.path()).isEqualTo("techStack[1].choice");
        });
    }

    @Test
    void aLanguageTheTeamDoesNotKnowIsAnErrorUntilARiskPlansTheLearning() {
        ConsultationRequest pythonTeam = ConsultationRequest.builder("ShopFast", "An online store")
                .team(new Team(8, List.of("Python", "Django"))).build();

        ValidationReport unplanned = DossierValidator.validate(SampleDossiers.shopFast(), pythonTeam);
        ValidationReport planned = DossierValidator.validate(sampleWith(t -> at(t, "/risks/2")
                .put("title", "Java 17 with Spring Boot is new to the team")
                .put("mitigation", "Pair with a Java consultant for the first two months")), pythonTeam);

        assertThat(unplanned.errors()).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(DossierValidator.Rule.LANGUAGE_MISMATCH.id());
            assertThat(v.path()).isEqualTo("techStack[0].choice");
            assertThat(v.message()).contains("the team knows Python, Django");
        });
        assertThat(planned.errors()).isEmpty();
        assertThat(DossierValidator.validate(SampleDossiers.shopFast()).errors()).as("without the request nothing is known of the team").isEmpty();
    }

    @Test
    void aMultiRegionDecisionNeedsTwoRegionsAndSpreadLayoutsNeedTwoInstances() {
        ConsultationRequest oneRegion = ConsultationRequest.builder("ShopFast", "An online store")
                .deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).build();
        Consultation multiRegion = sampleWith(t -> {
            addDecision(t, "AVAILABILITY", "Multi-region (warm standby or active-active)", "A second region runs a scaled copy");
            ((ArrayNode) t.at("/capacity/estimates")).addObject().put("id", "app-instances").put("name", "Instances")
                    .put("value", 1.0).put("unit", "instances").put("basis", "one is enough");
        });

        assertThat(DossierValidator.validate(multiRegion, oneRegion).errors()).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("fails over to another region but the deployment names 1 region(s) [eu-west-1]"))
                .anySatisfy(m -> assertThat(m).contains("capacity estimate 'app-instances' has 1 instance"));
    }
    @Test
    void aResidencyConstraintHoldsWhenEachPersonsDataIsPinnedToTheirHomeRegion() {
        java.util.function.Consumer<ObjectNode> twoRegions = t -> ((ArrayNode) t.at("/requirements/constraints"))
                .add("Runs on AWS in eu-west-1 and us-east-1");
        assertThat(DossierValidator.validate(sampleWith(twoRegions)).errors()).extracting(Violation::rule)
                .contains(DossierValidator.Rule.RESIDENCY_REGIONS.id());

        Consultation pinned = sampleWith(twoRegions.andThen(t -> addDecision(t, "COMPLIANCE",
                "Privacy by design with personal data pinned to each person's home region",
                "EU residents' records live in the European region; the other regions hold none of them")));
        assertThat(DossierValidator.validate(pinned).violations()).extracting(Violation::rule)
                .doesNotContain(DossierValidator.Rule.RESIDENCY_REGIONS.id());

        // pinning does not make a constraint hold when no region of its jurisdiction is deployed at all
        Consultation nowhereHome = sampleWith(t -> {
            ((ArrayNode) t.at("/requirements/constraints")).add("Runs on AWS in us-east-1 only");
            addDecision(t, "COMPLIANCE", "Privacy by design with personal data pinned to each person's home region", "Pinned");
        });
        assertThat(DossierValidator.validate(nowhereHome).errors()).extracting(Violation::rule)
                .contains(DossierValidator.Rule.RESIDENCY_REGIONS.id());
    }

    @Test
    void withDataPinnedToHomeRegionsACostItemOrRunbookCopyingTheDatabaseToAnotherRegionIsAnError() {
        java.util.function.Consumer<ObjectNode> copies = t -> {
            ((ObjectNode) t.at("/cost/items/1")).put("name", "Database instances")
                    .put("assumption", "2 (primary and standby) + one cross-region replica in each of 1 other region");
            ((ObjectNode) t.at("/operations/backupAndRecovery")).put("strategy",
                    "Data replicated to a second region; automated regional failover by DNS, rehearsed");
        };
        java.util.function.Consumer<ObjectNode> pinning = t -> addDecision(t, "COMPLIANCE",
                "Privacy by design with personal data pinned to each person's home region",
                "EU residents' records live in the European region; the other regions hold none of them");

        // Breaking: the pinning decision is in force and both texts copy the whole database to the other region
        assertThat(DossierValidator.validate(sampleWith(copies.andThen(pinning))).errors())
                .filteredOn(v -> v.rule().equals(DossierValidator.Rule.HOME_REGION_COPY.id()))
                .extracting(Violation::path).containsExactly("cost.items[1]", "operations.backupAndRecovery.strategy");
        assertThat(DossierValidator.validate(sampleWith(copies.andThen(pinning))).errors())
                .filteredOn(v -> v.path().equals("cost.items[1]")).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("decision 'adr-0003' pins personal data").contains("'cross-region replica'"));

        // Holding: the same copies without pinning are the multi-region design; pinned texts that keep each region's data
        // at home, or copy only data that holds no personal data, are consistent
        assertThat(DossierValidator.validate(sampleWith(copies)).violations()).extracting(Violation::rule)
                .doesNotContain(DossierValidator.Rule.HOME_REGION_COPY.id());
        Consultation atHome = sampleWith(pinning.andThen(t -> {
            ((ObjectNode) t.at("/cost/items/1")).put("name", "Database instances").put("assumption",
                    "2 (primary and standby) in each of the 2 regions (no cross-region copy of the database); cross-region replication of the "
                            + "reference data (no personal data) is priced apart");
            ((ObjectNode) t.at("/operations/backupAndRecovery")).put("strategy",
                    "Each region runs its own database for the people homed there; a database fails over to its standby within its region");
        }));
        assertThat(DossierValidator.validate(atHome).violations()).extracting(Violation::rule)
                .doesNotContain(DossierValidator.Rule.HOME_REGION_COPY.id());
    }
}
