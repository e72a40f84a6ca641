package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.Integration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose mechanism an archetype's word names when it stands in an integration's name: an integration is another system, and
 * its name says what that system is ("Fish auction system", "Bank escrow ledger service"), not what this design builds. An
 * archetype's word there is evidence of the partner only, unless the partner is one of the systems the archetype itself
 * works with (one of its {@code externals}: a payment provider for payments, an SMS gateway for notifications; or the kind
 * of system the archetype's phrase names at the head of its name: a "Data warehouse" reporting feeds): the integration's
 * purpose, which says what passes between the two, still counts. The same name spoken in the description
 * ("Fish auction sale notes arrive", "the Bank escrow ledger service sends us the balance") is the partner again: a run of
 * two or more words of a partner's name is read like a {@code notWithin} phrase of the archetype.
 */
final class PartnerNames {

    private PartnerNames() {
    }

    /**
     * Whether an integration is one of the systems the archetype works with: its name or purpose says one of the phrases of
     * the archetype's externals.
     *
     * @param archetype the archetype
     * @param integration an integration of the request
     * @return true where the integration is the archetype's own partner kind
     */
    static boolean worksWith(Archetype archetype, Integration integration) {
        Words line = Words.of(integration.name() + " " + (integration.purpose() == null ? "" : integration.purpose()));
        return archetype.externals().stream().anyMatch(x -> line.containsAny(x.phrases())) || namedAtHead(archetype, integration.name());
    }

    /**
     * Whether the archetype's phrase is the head of the integration's name, its last word: the partner is that kind of system
     * ("Data warehouse", "Carrier webhooks", "Hospital EHR"), which the archetype's mechanism feeds or calls; a phrase before
     * the head only says what the partner's business is ("Fish auction system", "Bank escrow ledger service").
     */
    private static boolean namedAtHead(Archetype archetype, String name) {
        List<String> words = CapabilityShapes.contentTokens(name == null ? "" : name);
        if (words.isEmpty()) {
            return false;
        }
        Words head = Words.of(words.get(words.size() - 1));
        return archetype.phrases().stream().filter(p -> Words.of(name).firstMatch(List.of(p), archetype.notWithin()).isPresent())
                .map(CapabilityShapes::contentTokens).filter(t -> !t.isEmpty()).anyMatch(t -> head.contains(t.get(t.size() - 1)));
    }

    /**
     * The runs of two or more consecutive words of the names of the integrations the archetype does not work with, to be
     * read as phrases that give the archetype's word another sense (the partner's): "fish auction" and "auction system" of
     * "Fish auction system".
     *
     * @param archetype the archetype
     * @param integrations the request's integrations
     * @return the runs, each once, in the integrations' order
     */
    static List<String> runs(Archetype archetype, List<Integration> integrations) {
        Set<String> out = new LinkedHashSet<>();
        for (Integration i : integrations) {
            if (i.name() == null || worksWith(archetype, i)) {
                continue;
            }
            List<String> words = CapabilityShapes.contentTokens(i.name());
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 2; to <= words.size(); to++) {
                    out.add(String.join(" ", words.subList(from, to)));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The archetype's phrases as they may be found in an integration's line: the whole line for a partner it works with;
     * else only the purpose, and there outside the partner's name.
     *
     * @param archetype the archetype
     * @param integration the integration
     * @return the text that may speak for the archetype, empty when none does
     */
    static String speaking(Archetype archetype, Integration integration) {
        if (worksWith(archetype, integration)) {
            return integration.name() + (integration.purpose() == null ? "" : ": " + integration.purpose());
        }
        return integration.purpose() == null ? "" : integration.purpose();
    }
}
