package dev.architect.validation;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure an ADR quotes for a quantity the capacity plan states is the plan's figure: the data held after five years,
 * the connections held at peak. The plan is the one source; a decision that computed its own (4,250,000 GB beside a plan
 * of 1,737,083 GB kept under the stated retention) tells the reader two sizes of one system.
 */
final class QuotedFigureRules {

    private static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?)";

    /** A quantity as prose writes it, the capacity estimate that states it and what the message calls it. */
    private record Quantity(Pattern phrase, String estimateId, String name) {
    }

    private static final List<Quantity> QUANTITIES = List.of(
            new Quantity(Pattern.compile("\\b" + NUMBER + " GB (?:held|kept|stored) after (?:five|5) years\\b"), "data-5y", "data kept after five years"),
            new Quantity(Pattern.compile("\\b" + NUMBER + " (?:concurrent connections|connections at peak|connections at the busiest moment)\\b"),
                    "concurrent-connections", "connections held at peak"));

    private QuotedFigureRules() {
    }

    static void check(Consultation c, List<Violation> out) {
        for (Quantity q : QUANTITIES) {
            Optional<Estimate> stated = c.capacity().estimate(q.estimateId());
            if (stated.isEmpty()) {
                continue;
            }
            double value = stated.get().value();
            for (int i = 0; i < c.decisions().size(); i++) {
                Decision d = c.decisions().get(i);
                if (!d.isInForce()) {
                    continue; // a superseded or deprecated record keeps the figures it was decided on
                }
                for (Map.Entry<String, String> text : texts(d, "decisions[" + i + "]").entrySet()) {
                    Matcher m = q.phrase().matcher(text.getValue());
                    while (m.find()) {
                        double quoted = Double.parseDouble(m.group(1).replace(",", ""));
                        if (Math.abs(quoted - value) > Math.max(0.01, Math.abs(value) * 0.02)) {
                            out.add(new Violation(Severity.ERROR, text.getKey(), DossierValidator.Rule.QUOTED_FIGURE.id(), "decision '" + d.id()
                                    + "' quotes '" + m.group() + "' but the capacity plan's " + q.name() + " ('" + stated.get().id() + "') is "
                                    + format(value)));
                            break;
                        }
                    }
                }
            }
        }
    }

    /** A decision's prose by JSON path: context, drivers, rationale, consequences and each option's text. */
    private static Map<String, String> texts(Decision d, String path) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(path + ".context", d.context());
        for (int j = 0; j < d.drivers().size(); j++) {
            texts.put(path + ".drivers[" + j + "]", d.drivers().get(j));
        }
        texts.put(path + ".rationale", d.rationale());
        List<Consequence> consequences = d.consequences();
        for (int j = 0; j < consequences.size(); j++) {
            texts.put(path + ".consequences[" + j + "]", consequences.get(j).text());
        }
        for (int j = 0; j < d.options().size(); j++) {
            DecisionOption o = d.options().get(j);
            texts.put(path + ".options[" + j + "]", o.summary() + ". " + String.join(". ", o.pros()) + ". " + String.join(". ", o.cons()));
        }
        texts.replaceAll((k, v) -> v == null ? "" : v);
        return texts;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
