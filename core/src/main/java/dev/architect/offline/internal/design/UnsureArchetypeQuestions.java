package dev.architect.offline.internal.design;

import dev.architect.dossier.OpenQuestion;
import dev.architect.offline.internal.archetype.ArchetypeRoles;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.request.ConsultationRequest;
import java.util.List;

/**
 * The question the design asks where a mechanism with a hard requirement (taking money, keeping health data) is named
 * only by a word that plays none of its roles: "takes payment at reception" on a card terminal says the terminal takes
 * it, not that the system captures cards. The design leaves the mechanism out, and asks, quoting the sentence, rather
 * than building another domain's ledger on a bare word or saying nothing.
 */
final class UnsureArchetypeQuestions {

    private UnsureArchetypeQuestions() {
    }

    static List<OpenQuestion> of(ConsultationRequest request, List<String> capabilities) {
        return Archetypes.standard().unsure(request, capabilities).stream().map(u -> {
            String what = ArchetypeRoles.standard().hardRequirement(u.archetype().id()).orElseThrow();
            String name = Names.lowerFirst(u.archetype().name());
            String no = "No: the system records only what it needs of it; whoever the request names does the rest";
            String yes = "Yes: design " + name + ": " + Names.lowerFirst(u.archetype().requirement());
            return new OpenQuestion("oq-" + u.archetype().id() + "-role", "Must the system " + what + "?",
                    u.evidence().describe() + ", but " + u.why() + ", so nothing in the request shows the system doing the work of "
                            + name + ". Until answered the design leaves it out; a yes brings its tables, API, sequences, risks and cost",
                    List.of(no, yes), no);
        }).toList();
    }
}
