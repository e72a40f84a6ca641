package dev.architect.offline.internal.catalog;

import dev.architect.request.Integration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendors a request names for a decision's job, from {@code named-vendors.yaml}: a section whose job an integration
 * does ("Algolia: restaurant search") is offered with that vendor in place of the catalogue's product, so a named
 * integration is what the dossier designs with, or what its ADR rejects with reasons.
 */
public record NamedVendors(List<Job> jobs) {

    static final String RESOURCE = "/dev/architect/offline/named-vendors.yaml";

    /** A section's job: the words of an integration's purpose that name it, and the product the catalogue buys it from. */
    public record Job(String section, List<String> purposeWords, Map<String, String> product, Map<String, List<String>> chooses,
                      List<String> otherRoles, Map<String, String> sameVendor) {
        public Job {
            otherRoles = otherRoles == null ? List.of() : List.copyOf(otherRoles);
            sameVendor = sameVendor == null ? Map.of() : Map.copyOf(sameVendor);
            if (!sameVendor.isEmpty() && product == null) {
                throw new IllegalStateException(RESOURCE + ": job '" + section + "' lists sameVendor products but no product they replace");
            }
            if (section == null || purposeWords == null || purposeWords.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": a job needs a section and purposeWords");
            }
            if (product != null && !product.containsKey("default")) {
                throw new IllegalStateException(RESOURCE + ": the product of job '" + section + "' needs a default");
            }
            if (product == null && chooses == null) {
                throw new IllegalStateException(RESOURCE + ": job '" + section + "' needs a product, chooses or both");
            }
            purposeWords = List.copyOf(purposeWords);
            product = product == null ? Map.of() : Map.copyOf(product);
            chooses = chooses == null ? Map.of() : Map.copyOf(chooses);
        }

        /** A job whose words no other kind of system shares. */
        public Job(String section, List<String> purposeWords, Map<String, String> product, Map<String, List<String>> chooses) {
            this(section, purposeWords, product, chooses, List.of(), Map.of());
        }
    }

    /**
     * The option of a section that the integration named for its job calls for ("Deutsche Bank EBICS: account
     * statements" calls for statement files over EBICS), by the words of the integration's name and purpose.
     */
    public Optional<String> chosenBy(String section, List<Integration> integrations) {
        Optional<Job> job = jobs.stream().filter(j -> j.section().equals(section)).findFirst();
        Optional<Integration> vendor = named(section, integrations);
        if (job.isEmpty() || vendor.isEmpty()) {
            return Optional.empty();
        }
        Words said = said(vendor.get());
        return job.get().chooses().entrySet().stream().filter(e -> said.containsAny(e.getValue())).map(Map.Entry::getKey).sorted().findFirst();
    }

    public NamedVendors {
        jobs = List.copyOf(jobs);
    }

    /**
     * Checks every job against the catalogue the architect decides from, so a section or option id that is misspelt (or
     * that a custom catalogue lacks) fails when the architect is made, naming the job, instead of never applying: each
     * section must be a decision section of the catalogue, each option a {@code chooses} entry names one of that
     * section's options, and each product one that an option of the section is built on (the text that is rewritten).
     *
     * @param catalogue the catalogue the rules draw on
     * @return these vendors
     * @throws IllegalStateException naming the job and what it names that the catalogue does not have
     */
    public NamedVendors checkedAgainst(Catalogue catalogue) {
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            String entry = RESOURCE + " at [" + i + "] (section '" + job.section() + "')";
            Section section = catalogue.decisions().get(job.section());
            if (section == null) {
                throw new IllegalStateException(entry + ": the catalogue has no decision section '" + job.section() + "' (it has "
                        + String.join(", ", catalogue.decisions().keySet().stream().sorted().toList()) + ")");
            }
            List<String> ids = section.options().stream().map(CatalogueEntry::id).toList();
            for (String id : job.chooses().keySet().stream().sorted().toList()) {
                if (!ids.contains(id)) {
                    throw new IllegalStateException(entry + ": chooses '" + id + "', which is not an option of section '" + job.section()
                            + "' (its options: " + String.join(", ", ids) + ")");
                }
            }
            for (Map.Entry<String, String> product : new java.util.TreeMap<>(job.product()).entrySet()) {
                boolean built = section.options().stream().flatMap(o -> o.technology().values().stream())
                        .anyMatch(t -> t.contains(product.getValue()));
                if (!built) {
                    throw new IllegalStateException(entry + ": product." + product.getKey() + " '" + product.getValue()
                            + "' is not the technology of any option of section '" + job.section() + "', so no option would name the vendor");
                }
            }
        }
        return this;
    }

    private static final class Holder {
        static final NamedVendors STANDARD = load();
    }

    public static NamedVendors standard() {
        return Holder.STANDARD;
    }

    private static NamedVendors load() {
        return new NamedVendors(List.of(DataFiles.shipped(RESOURCE, Job[].class, "named vendors")));
    }

    /** The first integration whose purpose (or name) says it does the section's job, if the request names one. */
    public Optional<Integration> named(String section, List<Integration> integrations) {
        return jobs.stream().filter(j -> j.section().equals(section)).findFirst().flatMap(job -> integrations.stream()
                .filter(i -> said(i).containsAny(job.purposeWords()) && !said(i).containsAny(job.otherRoles()))
                .findFirst());
    }

    /**
     * Whether the integration's name or purpose says it is another kind of system than the one doing the section's job
     * (an accounting system records payouts; it does not make them), so its words about the job do not make it the vendor.
     */
    public boolean playsOtherRole(String section, Integration integration) {
        return playsOtherRole(section, said(integration));
    }

    /** The same, on the words of an external system's name and purpose. */
    public boolean playsOtherRole(String section, Words said) {
        return jobs.stream().filter(j -> j.section().equals(section)).findFirst()
                .map(job -> said.containsAny(job.otherRoles())).orElse(false);
    }

    private static Words said(Integration i) {
        return Words.of(i.nameAndPurpose());
    }

    /**
     * The job's product from a vendor the request already works with for something else (card payments at Adyen make the
     * payouts Adyen for Platforms'), by the whole words of an integration's name; empty when none is one of them.
     */
    private static Optional<String> sameVendor(Job job, List<Integration> integrations) {
        return integrations.stream().flatMap(i -> job.sameVendor().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> Words.of(i.name()).contains(e.getKey())).map(Map.Entry::getValue)).findFirst();
    }

    /** The section with the vendor the request names for its job in the catalogue product's place; unchanged when none. */
    public Section apply(String section, Section options, List<Integration> integrations) {
        Optional<Job> found = jobs.stream().filter(j -> j.section().equals(section)).findFirst();
        if (found.isEmpty() || found.get().product().isEmpty()) {
            return options;
        }
        Job job = found.get();
        Optional<String> vendor = named(section, integrations).map(Integration::name).or(() -> sameVendor(job, integrations));
        if (vendor.isEmpty()) {
            return options;
        }
        List<CatalogueEntry> renamed = options.options().stream().map(o -> {
            Map<String, String> technology = new LinkedHashMap<>(o.technology());
            o.technology().forEach((cloud, product) -> {
                String catalogueProduct = job.product().getOrDefault(cloud, job.product().get("default"));
                if (product.contains(catalogueProduct)) {
                    technology.put(cloud, product.replace(catalogueProduct, vendor.get()));
                }
            });
            return technology.equals(o.technology()) ? o : o.withTechnology(technology);
        }).toList();
        return new Section(options.question(), renamed, options.context());
    }
}
