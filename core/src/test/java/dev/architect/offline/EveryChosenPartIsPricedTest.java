package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is chosen is what is priced: every container and store of every dossier the tests know (the samples, the test
 * requests, the fresh requests and the six cost archetypes), on every public cloud, has at least one cost line of its
 * own, or says it runs inside another container and is priced there. A browser or mobile application runs on the user's device; serving it is in the transfer lines.
 */
class EveryChosenPartIsPricedTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();
    private static final Set<ContainerKind> ON_USERS_DEVICES = Set.of(ContainerKind.WEB_APP, ContainerKind.MOBILE_APP);

    static Stream<Arguments> requests() {
        Map<String, ConsultationRequest> all = new java.util.LinkedHashMap<>(Requests.everyRequest());
        for (String name : List.of("small-booking", "global-media", "telemetry", "payments", "chat", "migration")) {
            all.put("costs/" + name, CostArchetypesTest.archetype(name));
        }
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/archetype-requests"))) {
            files.sorted().forEach(f -> all.put("archetype-requests/" + f.getFileName(), dev.architect.request.RequestReader.read(f)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Arguments> out = new ArrayList<>();
        all.forEach((name, request) -> {
            Cloud stated = request.deployment() == null ? null : request.deployment().cloud();
            for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
                if (stated == Cloud.ON_PREMISES && cloud != Cloud.AWS) {
                    continue;
                }
                List<String> regions = cloud == stated ? request.deployment().regions() : List.of();
                ConsultationRequest onCloud = stated == Cloud.ON_PREMISES ? request
                        : request.toBuilder().deployment(new Deployment(cloud, regions)).build();
                out.add(Arguments.of(name + " on " + (stated == Cloud.ON_PREMISES ? stated.label() : cloud.label()), onCloud));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyContainerAndStoreHasACostLineOfItsOwn(String name, ConsultationRequest request) {
        Consultation c = ARCHITECT.consult(request);
        Set<String> priced = c.cost().items().stream().map(CostLineItem::containerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());

        // A part that runs inside another container (heartbeats in the primary store) says so and is priced there
        // and equipment the organisation buys and installs (a site's gateway, a vehicle's cameras) is a purchase the cost says no line prices
        Set<String> inPlace = c.cost().assumptions().stream().filter(a -> a.startsWith("[part-")
                        && (a.contains("runs inside another container") || a.contains("is equipment the organisation buys and installs")))
                .map(a -> a.substring("[part-".length(), a.indexOf(']'))).collect(Collectors.toSet());
        List<String> unpriced = c.c4().containers().stream().filter(k -> !ON_USERS_DEVICES.contains(k.kind()))
                .filter(k -> !priced.contains(k.id()) && !inPlace.contains(k.id())).map(k -> k.id() + " (" + k.kind() + ", " + k.technology() + ")").toList();
        assertThat(unpriced).as(name).isEmpty();
    }
}
