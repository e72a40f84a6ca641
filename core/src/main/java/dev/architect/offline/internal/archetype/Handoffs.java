package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Work that one archetype's event starts in another archetype's mechanism (an order accepted by the restaurant starts
 * the courier dispatch), read from {@code archetype-handoffs.yaml}. Where both archetypes are recognised, the started
 * archetype's flows open with its unit taking the event off the broker instead of a person calling the operation the
 * handoff {@code replaces}, and that operation is not offered in its API.
 */
public record Handoffs(List<Handoff> handoffs, List<Feed> feeds) {

    /** The shipped file. */
    public static final String RESOURCE = "/dev/architect/offline/archetype-handoffs.yaml";

    public Handoffs {
        handoffs = List.copyOf(handoffs == null ? List.of() : handoffs);
        feeds = List.copyOf(feeds == null ? List.of() : feeds);
    }

    /**
     * What feeds archetype {@code into}'s index in its text: each {@code from} archetype recognised beside it gives its
     * {@code words} for the tokens; with none of them, the tokens take {@code otherwise}.
     */
    public record Feed(String into, List<Source> from, Map<String, String> otherwise) {
        public Feed {
            from = List.copyOf(from == null ? List.of() : from);
            otherwise = otherwise == null ? Map.of() : Map.copyOf(otherwise);
            java.util.Set<String> tokens = otherwise.keySet();
            if (into == null || otherwise.isEmpty() || from.stream().anyMatch(f -> !f.words().keySet().equals(tokens))) {
                throw new IllegalStateException("feed into '" + into + "' needs words for the same tokens from each source and otherwise");
            }
        }
    }

    /** One archetype that feeds another's index, with its words for the tokens. */
    public record Source(String archetype, Map<String, String> words) {
        public Source {
            words = words == null ? Map.of() : Map.copyOf(words);
        }
    }

    /**
     * The text tokens of every handoff (what its event starts, where the design has it) and every feed, filled for the
     * archetypes recognised: the words of each source present, joined with "and" (or "or" for a token that names one
     * record, starting "a "), else the feed's {@code otherwise}.
     */
    public Map<String, String> feedTokens(Set<String> recognised) {
        Map<String, String> out = new LinkedHashMap<>();
        // What an event says it starts, only where the design has what it starts
        for (Handoff h : handoffs) {
            h.says().forEach((token, texts) -> out.put(token, texts.get(recognised.contains(h.starts()) ? 0 : 1)));
        }
        for (Feed f : feeds) {
            List<Source> present = f.from().stream().filter(s -> recognised.contains(s.archetype())).toList();
            for (String token : f.otherwise().keySet()) {
                List<String> words = present.stream().map(s -> s.words().get(token)).toList();
                String joiner = f.otherwise().get(token).startsWith("the record ") || words.stream().anyMatch(w -> w.startsWith("a ")) ? " or " : " and ";
                out.put(token, words.isEmpty() ? f.otherwise().get(token) : listed(words, joiner));
            }
        }
        return out;
    }

    /**
     * The sources' words as one list in plain English: each source's own list split into its items, then all of them
     * joined with commas and the joiner before the last ("permits, visitor passes and paid sessions").
     */
    private static String listed(List<String> words, String joiner) {
        List<String> items = words.stream().flatMap(w -> java.util.Arrays.stream(w.split(java.util.regex.Pattern.quote(joiner)))).toList();
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + joiner + items.get(items.size() - 1);
    }

    /**
     * One event of archetype {@code from} that starts the work of archetype {@code starts}, in place of its operation
     * {@code replaces}; {@code step} is the message its unit receives from the broker.
     */
    public record Handoff(String from, String event, String starts, String replaces, String step, Map<String, List<String>> says) {
        public Handoff {
            says = says == null ? Map.of() : Map.copyOf(says);
            says.forEach((token, texts) -> {
                if (texts == null || texts.size() != 2) {
                    throw new IllegalStateException("handoff from '" + from + "': token '" + token + "' needs two texts, with and without '" + starts + "'");
                }
            });
            if (from == null || starts == null || replaces == null || event == null || step == null || step.isBlank()) {
                throw new IllegalStateException("handoff from '" + from + "' to '" + starts + "' needs from, event, starts, replaces and step");
            }
        }
    }

    private static final class Holder {
        static final Handoffs STANDARD = check(DataFiles.shipped(RESOURCE, Handoffs.class, "archetype handoffs"), Archetypes.standard());
    }

    /** The handoffs shipped with the SDK, checked against the shipped archetypes. */
    public static Handoffs standard() {
        return Holder.STANDARD;
    }

    /** Reads a handoff file and checks it against an archetype catalogue; the error names the handoff. */
    public static Handoffs read(InputStream in, String source, Archetypes archetypes) {
        return check(DataFiles.read(in, source, Handoffs.class, "archetype handoffs"), archetypes);
    }

    private static Handoffs check(Handoffs read, Archetypes archetypes) {
        for (Feed f : read.feeds()) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(f.into()), f.from().stream().map(Source::archetype)).forEach(id -> {
                if (archetypes.byId(id).isEmpty()) {
                    throw new IllegalStateException("feed names unknown archetype '" + id + "'");
                }
            });
        }
        for (Handoff h : read.handoffs()) {
            Archetype from = archetypes.byId(h.from()).orElseThrow(() -> new IllegalStateException("handoff names unknown archetype '" + h.from() + "'"));
            Archetype starts = archetypes.byId(h.starts()).orElseThrow(() -> new IllegalStateException("handoff names unknown archetype '" + h.starts() + "'"));
            if (from.flows().stream().flatMap(f -> f.parsed().stream()).noneMatch(s -> s.message().startsWith(h.event()))) {
                throw new IllegalStateException("handoff from '" + h.from() + "': no flow of it publishes '" + h.event() + "'");
            }
            Archetype.Operation op = starts.operations().stream().filter(o -> o.id().equals(h.replaces())).findFirst().orElseThrow(() ->
                    new IllegalStateException("handoff to '" + h.starts() + "': it has no operation '" + h.replaces() + "'"));
            if (starts.flows().stream().noneMatch(f -> f.parsed().stream().anyMatch(s -> calls(s, op)))) {
                throw new IllegalStateException("handoff to '" + h.starts() + "': no flow of it calls '" + h.replaces() + "'");
            }
        }
        return read;
    }

    /** Whether a step is a call on the entry point that makes this operation's request ("actor -> entry: POST /x ..."). */
    static boolean calls(Archetype.Step s, Archetype.Operation op) {
        String call = op.method().name() + " " + op.path();
        return s.to().equals("entry") && (s.message().equals(call) || s.message().startsWith(call + " "));
    }

    /**
     * The recognised archetypes with every handoff applied whose two ends are both among them: the started one's flows open
     * with the event and its replaced operation is left out.
     */
    public List<Recognised> apply(List<Recognised> recognised) {
        List<Recognised> out = new ArrayList<>(recognised);
        for (Handoff h : handoffs) {
            boolean from = out.stream().anyMatch(r -> r.archetype().id().equals(h.from()));
            if (!from) {
                continue;
            }
            out.replaceAll(r -> r.archetype().id().equals(h.starts()) ? new Recognised(startedBy(r.archetype(), h), r.evidence(), r.capabilities()) : r);
        }
        return List.copyOf(out);
    }

    /** The archetype whose work the handoff's event starts: each call of the replaced operation becomes the event. */
    static Archetype startedBy(Archetype a, Handoff h) {
        Archetype.Operation op = a.operations().stream().filter(o -> o.id().equals(h.replaces())).findFirst().orElse(null);
        if (op == null) {
            return a;
        }
        List<Archetype.Flow> flows = new ArrayList<>();
        for (Archetype.Flow f : a.flows()) {
            List<Archetype.Step> parsed = f.parsed();
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                Archetype.Step s = parsed.get(i);
                if (!calls(s, op)) {
                    steps.add(f.steps().get(i));
                    continue;
                }
                steps.add("broker ~> unit: " + h.step());
                // The entry point's relay of the call and its answers to the caller go with the call.
                while (i + 1 < parsed.size() && parsed.get(i + 1).from().equals("entry")
                        && (parsed.get(i + 1).to().equals("unit") || parsed.get(i + 1).to().equals(s.from()))) {
                    i++;
                }
            }
            flows.add(steps.equals(f.steps()) ? f : new Archetype.Flow(f.id(), f.title(), f.description(), steps, f.absentWhen()));
        }
        List<Archetype.Operation> operations = a.operations().stream().filter(o -> !Objects.equals(o.id(), h.replaces())).toList();
        return a.withFlowsAndOperations(flows, operations);
    }
}
