package dev.architect.offline.internal.design;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.request.ConsultationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client applications besides the browser (a phone app, a handheld scanner app, a kiosk, a desktop program), from
 * clients.yaml: recognised in the actors and the description, each drawn as a container that calls the system's API.
 */
final class Clients {

    /** A technology a request may name for the client ("React Native"). */
    record Stated(List<String> phrases, String technology) {
        Stated {
            if (phrases == null || phrases.isEmpty() || technology == null || technology.isBlank()) {
                throw new IllegalStateException("a stated client technology needs phrases and a technology, not " + phrases + " and " + technology);
            }
            phrases = List.copyOf(phrases);
        }
    }

    /** A kind of client as the file describes it. */
    record Kind(String id, String name, dev.architect.dossier.ContainerKind kind, List<String> phrases, List<String> actorPhrases, List<String> notWithin, String technology,
                List<Stated> stated, boolean push) {
        Kind {
            if (id == null || !id.matches("[a-z][a-z0-9-]*") || name == null || kind == null || technology == null || phrases == null || phrases.isEmpty()) {
                throw new IllegalStateException("client '" + id + "' needs a lower-case id, a name, phrases and a technology");
            }
            actorPhrases = List.copyOf(actorPhrases == null ? List.of() : actorPhrases);
            notWithin = List.copyOf(notWithin == null ? List.of() : notWithin);
            stated = List.copyOf(stated == null ? List.of() : stated);
        }
    }

    record File(List<String> pushPhrases, List<Kind> clients) {
        File {
            pushPhrases = List.copyOf(pushPhrases == null ? List.of() : pushPhrases);
            clients = List.copyOf(clients == null ? List.of() : clients);
        }
    }

    /**
     * A client this request has: who uses it (actor ids; empty means every person), its technology, the words that
     * showed it, and whether notifications reach it by push.
     */
    record Client(String id, String name, dev.architect.dossier.ContainerKind kind, String technology, boolean technologyStated, String evidence,
                  List<String> actorIds, boolean push, boolean pushStated) {
    }

    private static final class Holder {
        static final File FILE = load();
    }

    private static File load() {
        String resource = "/dev/architect/offline/clients.yaml";
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Clients.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return yaml.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Clients() {
    }

    /**
     * The clients a request names: an actor whose name or description names one uses it; one only the description names
     * is used by every person the request lists.
     *
     * @param actors the request's people, as the topology has them (id, name, description), machines left out
     */
    static List<Client> of(ConsultationRequest request, List<Topology.Actor> actors) {
        List<Client> out = new ArrayList<>();
        for (Kind k : Holder.FILE.clients()) {
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
            boolean pushStated = k.push() && userTexts.stream().anyMatch(t -> t != null && Words.of(t).containsAny(Holder.FILE.pushPhrases()));
            List<String> texts = new ArrayList<>();
            texts.add(request.description());
            actors.forEach(a -> texts.add(a.description()));
            Optional<String> named = k.stated().stream().filter(s -> texts.stream().anyMatch(t -> t != null && Words.of(t).containsAny(s.phrases())))
                    .map(Stated::technology).findFirst();
            out.add(new Client(k.id(), k.name(), k.kind(), named.orElse(k.technology()), named.isPresent(), evidence, List.copyOf(users), k.push(), pushStated));
        }
        return out;
    }
}
