package dev.architect.testing;

import dev.architect.dossier.Assumption;
import dev.architect.internal.engine.Grounding;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Grounding with the sample dossier's figures and a two-line price table, standing in for the offline calculators. */
public final class SampleGrounding implements Grounding {

    public static final Map<String, UnitPrice> PRICES = Map.of(
            "app-instance", new UnitPrice(70.08, "instance-months", "2026-10-01"),
            "postgres-instance", new UnitPrice(700, "instance-months", "2026-10-01"));

    public static final Assumption CLOUD = new Assumption("as-cloud", "deployment.cloud", "Runs on AWS list prices", "aws");

    @Override
    public Facts facts(ConsultationRequest request) {
        return new Facts(SampleDossiers.shopFast().capacity(), SampleDossiers.shopFast().cost(), List.of(CLOUD),
                PRICES.keySet().stream().sorted().toList());
    }

    @Override
    public Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
        return Optional.ofNullable(PRICES.get(resourceKind));
    }
}
