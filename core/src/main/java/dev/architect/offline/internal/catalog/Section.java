package dev.architect.offline.internal.catalog;

import java.util.List;

/**
 * The options the catalogue holds for one decision, and the question that decision answers. {@code context}, optional,
 * asks the same question in a request's own terms: a template whose placeholders are facts' keys and the names of
 * {@link CatalogueEntry#NAMED_PLACEHOLDERS}, so an ADR opens on this system's problem rather than on the catalogue's
 * general question.
 */
public record Section(String question, List<CatalogueEntry> options, String context) {

    public Section(String question, List<CatalogueEntry> options) {
        this(question, options, null);
    }

    public Section {
        if (question == null || question.isBlank()) {
            throw new IllegalStateException("catalogue section without a question");
        }
        if (context != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(context);
            while (m.find()) {
                String name = m.group(1);
                if (!CatalogueEntry.NAMED_PLACEHOLDERS.contains(name) && Fact.byKey(name).isEmpty()) {
                    throw new IllegalStateException("catalogue section '" + question + "': unknown placeholder {" + name + "} in its context");
                }
            }
        }
        options = List.copyOf(options == null ? List.of() : options);
        if (options.size() < 2) {
            throw new IllegalStateException("catalogue section '" + question + "' needs at least two options");
        }
    }

    /**
     * This section with each option's bounds that name another fact ({@code "< storeReadsPerSecond"}) bound by that
     * fact's value in {@code facts} ({@link CatalogueEntry#resolved}).
     *
     * @param facts the design's facts so far
     * @return the section with numeric bounds only
     */
    public Section resolved(Facts facts) {
        List<CatalogueEntry> bound = options.stream().map(o -> o.resolved(facts)).toList();
        return bound.equals(options) ? this : new Section(question, bound, context);
    }

    /**
     * This section with its own stream product replaced, in every option's product names, by the log a decision made
     * before it chose: a system keeps one streaming product for all its flows rather than running a second one.
     * Unchanged when the section has no option of the log's shape.
     */
    public Section streamingOn(CatalogueEntry log) {
        java.util.Optional<CatalogueEntry> own = options.stream().filter(o -> o.shape().equals(log.shape())).findFirst();
        if (own.isEmpty()) {
            return this;
        }
        java.util.Set<String> clouds = new java.util.TreeSet<>(log.technology().keySet());
        options.forEach(o -> clouds.addAll(o.technology().keySet()));
        List<CatalogueEntry> renamed = options.stream().map(o -> {
            java.util.Map<String, String> technology = new java.util.LinkedHashMap<>(o.technology());
            for (String cloud : clouds) {
                String ownProduct = own.get().technology().getOrDefault(cloud, own.get().technology().get("default"));
                String logProduct = log.technology().getOrDefault(cloud, log.technology().get("default"));
                String product = o.technology().getOrDefault(cloud, o.technology().get("default"));
                if (ownProduct != null && logProduct != null && product != null && product.contains(ownProduct)) {
                    technology.put(cloud, product.replace(ownProduct, logProduct));
                }
            }
            return o.withTechnology(technology);
        }).toList();
        return new Section(question, renamed, context);
    }

    /**
     * This section with each option of a shape the wording names read as it says (its name, summary, cons and product),
     * the rest as the catalogue has them: the same channel is Bacs files in the UK and ACH files in the United States.
     */
    public Section worded(java.util.Map<String, Geography.ChannelWording> byShape) {
        if (byShape.isEmpty()) {
            return this;
        }
        return new Section(question, options.stream().map(o -> byShape.containsKey(o.shape()) ? o.worded(byShape.get(o.shape())) : o).toList(), context);
    }

    public CatalogueEntry option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no catalogue option '" + id + "' for: " + question));
    }
}
