package dev.architect.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words the consistency rules read a dossier with, from {@code dev/architect/validation/consistency.yaml}:
 * availability layouts, region prefixes by jurisdiction, residency and home-region pinning phrases (and the copies to
 * another region that pinning rules out), language-bound
 * tools, component names.
 */
record Vocabulary(Availability availability, List<String> zoneRedundant, Map<String, List<String>> regions,
                  Map<String, List<String>> residency, List<String> pinning, List<String> regionCopy, List<String> notPersonal,
                  List<LanguageFamily> languages, List<String> components,
                  Datastore datastore, Map<String, List<String>> engineLacks, List<DatabaseFeature> databaseFeatures, Failover failover, List<String> products,
                  List<String> standbyPriced, Map<dev.architect.dossier.DecisionTopic, List<String>> integrationTopics,
                  List<String> integrationNameNoise, Claims claims) {

    static final String RESOURCE = "/dev/architect/validation/consistency.yaml";

    record Availability(List<String> singleZone, List<String> multiZone, List<String> multiRegion) {
    }

    /**
     * A feature only some database products have: the words that name it, the constraint kinds that rely on it, and the
     * products (whole words of a technology) that have it.
     */
    record DatabaseFeature(String feature, List<String> words, List<dev.architect.dossier.ConstraintKind> constraintKinds, List<String> products) {
        DatabaseFeature {
            if (feature == null || feature.isBlank() || words == null || words.isEmpty() || products == null || products.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": databaseFeatures entry '" + feature + "' needs a feature, words and products");
            }
            constraintKinds = constraintKinds == null ? List.of() : List.copyOf(constraintKinds);
        }
    }

    /** How a runbook may say a store survives a zone loss, and which products fail over from a primary to a standby. */
    record Failover(List<String> noStep, List<String> consensus, List<String> primaryStandby) {
    }

    /** Claims the prose makes that the rest of the dossier must hold; see {@link ClaimRules}. */
    record Claims(List<String> crossRegionFailover, List<String> allRegionsWrite, List<String> oneWriter,
                  List<String> asynchronousCopy, List<String> zeroRpo, List<String> rpoAdmitted,
                  List<String> backupCopy, List<String> backupPriced, List<String> contentHashClaims,
                  List<String> contentHashFields, List<String> noBroker) {
    }

    record LanguageFamily(String family, List<String> names, List<String> tools) {
    }

    /** Words that hold the datastore decision and the database containers to one model. */
    record Datastore(List<String> singleDatabase, List<String> perService, Map<String, List<String>> engines, List<String> soleOwner,
                     List<String> processOf) {
        Datastore {
            soleOwner = soleOwner == null ? List.of() : List.copyOf(soleOwner);
            processOf = processOf == null ? List.of() : List.copyOf(processOf);
        }
    }

    /** The relational engine a text names, when it names exactly one ("Azure SQL Database" is SQL Server). */
    Optional<String> engineOf(String text) {
        List<String> named = datastore.engines().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(w -> Words.contains(text, w))).map(Map.Entry::getKey).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static final class Holder {
        static final Vocabulary STANDARD = ValidatorData.read(RESOURCE, Vocabulary.class, "validator vocabulary");
    }

    static Vocabulary standard() {
        return Holder.STANDARD;
    }

    /** The jurisdiction a region name belongs to, by the first group with a prefix that starts it. */
    Optional<String> jurisdiction(String region) {
        String r = region.toLowerCase(Locale.ROOT).trim();
        return regions.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(r::startsWith)).map(Map.Entry::getKey).findFirst();
    }

    /** The family whose names match a language choice ("TypeScript on Node.js 22" is typescript). */
    Optional<LanguageFamily> familyOf(String languageChoice) {
        return languages.stream().filter(f -> f.names().stream().anyMatch(n -> Words.contains(languageChoice, n))).findFirst();
    }
}
