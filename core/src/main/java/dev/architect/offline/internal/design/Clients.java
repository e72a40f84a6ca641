package dev.architect.offline.internal.design;

import dev.architect.dossier.ContainerKind;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Client applications besides the browser (a phone app, a handheld scanner app, a kiosk, a desktop program), from
 * {@code clients.yaml}: recognised in the actors and the description, each drawn as a container that calls the system's
 * API, and the platforms' push services that reach the installed ones. Checked when the file is read, so a bad entry
 * fails at load naming it.
 */
record Clients(List<String> pushPhrases, PushServices pushServices, List<Kind> clients, List<String> anonymousPhrases) {

    static final String RESOURCE = "/dev/architect/offline/clients.yaml";

    /** A technology a request may name for the client ("React Native"). */
    record Stated(List<String> phrases, String technology) {
        Stated {
            if (phrases == null || phrases.isEmpty()) {
                throw new IllegalStateException("a stated technology needs phrases (technology '" + technology + "')");
            }
            if (technology == null || technology.isBlank()) {
                throw new IllegalStateException("a stated technology needs a technology (phrases " + phrases + ")");
            }
            phrases = List.copyOf(phrases);
        }
    }

    /** A kind of client as the file describes it. */
    record Kind(String id, String name, ContainerKind kind, List<String> phrases, List<String> actorPhrases, List<String> notWithin, String technology,
                List<Stated> stated, boolean push) {
        Kind {
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalStateException("client '" + id + "': the id must be lower-case words joined by hyphens");
            }
            String where = "client '" + id + "'";
            require(name, where, "name");
            require(technology, where, "technology");
            if (kind == null) {
                throw new IllegalStateException(where + ": kind is missing");
            }
            if (phrases == null || phrases.isEmpty()) {
                throw new IllegalStateException(where + ": phrases are missing");
            }
            phrases = List.copyOf(phrases);
            actorPhrases = List.copyOf(actorPhrases == null ? List.of() : actorPhrases);
            notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
            stated = List.copyOf(stated == null ? List.of() : stated);
        }
    }

    /**
     * The platforms' push services (APNs and FCM), drawn as one external system where notifications reach an installed
     * app. {@code phrases} are the words of an archetype's provider that say it delivers by push: that provider's caller
     * is what sends the notifications.
     */
    record PushServices(String name, String description, List<String> phrases) {
        PushServices {
            require(name, "pushServices", "name");
            require(description, "pushServices", "description");
            if (phrases == null || phrases.isEmpty()) {
                throw new IllegalStateException("pushServices: phrases are missing");
            }
            phrases = List.copyOf(phrases);
        }
    }

    /**
     * A client this request has: who uses it (actor ids; empty means every person), its technology, the words that
     * showed it, whether notifications reach it by push, and the words that say its users never sign in (empty when
     * they do: a client is anonymous only when every actor that uses it says so).
     */
    record Client(String id, String name, ContainerKind kind, String technology, boolean technologyStated, String evidence,
                  List<String> actorIds, boolean push, boolean pushStated, Optional<String> anonymous) {

        /** Whether the client's users never sign in, so it calls the public API anonymously. */
        boolean signsIn() {
            return anonymous.isEmpty();
        }
    }

    Clients {
        pushPhrases = List.copyOf(pushPhrases == null ? List.of() : pushPhrases);
        if (pushServices == null) {
            throw new IllegalStateException("pushServices is missing");
        }
        clients = List.copyOf(clients == null ? List.of() : clients);
        anonymousPhrases = List.copyOf(anonymousPhrases == null ? List.of() : anonymousPhrases);
        Set<String> ids = new HashSet<>();
        for (Kind k : clients) {
            if (!ids.add(k.id())) {
                throw new IllegalStateException("client '" + k.id() + "' is defined twice");
            }
        }
        if (pushPhrases.isEmpty() && clients.stream().anyMatch(Kind::push)) {
            throw new IllegalStateException("pushPhrases are missing, and a client takes push notifications");
        }
    }

    private static void require(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": " + field + " is missing");
        }
    }

    private static final class Holder {
        static final Clients STANDARD = load();
    }

    /** The clients shipped with the SDK, read once. */
    static Clients standard() {
        return Holder.STANDARD;
    }

    private static Clients load() {
        return DataFiles.shipped(RESOURCE, Clients.class, "clients");
    }

    /** Reads a clients file; the error names the file, the entry and what is wrong with it. */
    static Clients read(InputStream in, String source) {
        return DataFiles.read(in, source, Clients.class, "clients");
    }

    /**
     * The clients a request names: an actor whose name or description names one uses it; one only the description names
     * is used by every person the request lists.
     *
     * @param actors the request's people, as the topology has them (id, name, description), machines left out
     */
    List<Client> of(ConsultationRequest request, List<Topology.Actor> actors) {
        List<Client> out = new ArrayList<>();
        for (Kind k : clients) {
            List<String> phrases = new ArrayList<>(k.phrases());
            List<String> users = new ArrayList<>();
            String evidence = null;
            for (Topology.Actor a : actors) {
                if (a.machine()) {
                    continue;
                }
                String text = a.name() + (a.description() == null ? "" : " " + a.description());
                List<String> all = new ArrayList<>(phrases);
                all.addAll(k.actorPhrases());
                Optional<String> hit = Words.of(text).firstMatch(all, k.notWithin());
                if (hit.isPresent()) {
                    users.add(a.id());
                    evidence = evidence == null ? a.name() + "'s description says \"" + hit.get() + "\"" : evidence;
                }
            }
            if (evidence == null && request.description() != null) {
                Optional<String> hit = Words.of(request.description()).firstMatch(phrases, k.notWithin());
                if (hit.isPresent()) {
                    evidence = "the description says \"" + hit.get() + "\"";
                }
            }
            if (evidence == null) {
                continue;
            }
            // Notifications reach the app where its users' text (or the description, for a client everyone uses) says so.
            List<String> userTexts = new ArrayList<>();
            actors.stream().filter(a -> users.isEmpty() || users.contains(a.id())).forEach(a -> userTexts.add(a.description()));
            userTexts.add(request.description());
            boolean pushStated = k.push() && userTexts.stream().anyMatch(t -> t != null && Words.of(t).containsAny(pushPhrases));
            List<String> texts = new ArrayList<>();
            texts.add(request.description());
            actors.forEach(a -> texts.add(a.description()));
            Optional<String> named = k.stated().stream().filter(s -> texts.stream().anyMatch(t -> t != null && Words.of(t).containsAny(s.phrases())))
                    .map(Stated::technology).findFirst();
            // Its users never sign in where every actor that uses it says so (a client only the description names serves everyone).
            Optional<String> anonymous = Optional.empty();
            if (!users.isEmpty()) {
                List<Optional<String>> said = actors.stream().filter(a -> users.contains(a.id()))
                        .map(a -> Words.of(a.name() + (a.description() == null ? "" : " " + a.description())).firstMatch(anonymousPhrases)
                                .map(w -> a.name() + "'s description says \"" + w + "\"")).toList();
                anonymous = said.stream().allMatch(Optional::isPresent) ? said.get(0) : Optional.empty();
            }
            out.add(new Client(k.id(), k.name(), k.kind(), named.orElse(k.technology()), named.isPresent(), evidence, List.copyOf(users), k.push(), pushStated,
                    anonymous));
        }
        return out;
    }
}
