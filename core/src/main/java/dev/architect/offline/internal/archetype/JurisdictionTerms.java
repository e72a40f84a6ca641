package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Geography;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one country's regime that an archetype's design names ({@code jurisdiction-terms.yaml}): the e-prescribing
 * standard's messages (NCPDP SCRIPT in the United States), the periodic count of controlled drugs (the DEA's biennial
 * inventory). Each is a text token, {@code ${name}}, in an archetype's prose; it reads as the country's own term only where
 * the request's people are in that country alone ({@link Geography#peopleIn}: the countries its description and goals name,
 * else its regions'), and otherwise as a term of no country, so a pharmacy in Leeds or Melbourne is never designed with
 * another country's codes.
 *
 * @param terms each token's wording by country code, and {@code otherwise}
 */
public record JurisdictionTerms(Map<String, Term> terms) {

    public static final String RESOURCE = "/dev/architect/offline/jurisdiction-terms.yaml";

    /**
     * One token's wordings.
     *
     * @param in the wording in each country it belongs to, by ISO 3166 code
     * @param otherwise the wording for every other request, naming no country's regime
     */
    public record Term(Map<String, String> in, String otherwise) {
        public Term {
            in = Map.copyOf(in == null ? Map.of() : in);
        }
    }

    public JurisdictionTerms {
        terms = Map.copyOf(terms == null ? Map.of() : terms);
        List<String> known = Geography.standard().countries().stream().map(Geography.Country::code).toList();
        for (Map.Entry<String, Term> e : terms.entrySet()) {
            if (!e.getKey().matches("[a-z][A-Za-z]*")) {
                throw new IllegalStateException("jurisdiction term '" + e.getKey() + "' must be one camelCase word");
            }
            Term t = e.getValue();
            if (t == null || t.otherwise() == null || t.otherwise().isBlank()) {
                throw new IllegalStateException("jurisdiction term '" + e.getKey() + "' needs an 'otherwise' wording, for a request in no country it names");
            }
            if (t.in().isEmpty()) {
                throw new IllegalStateException("jurisdiction term '" + e.getKey() + "' names no country: write it as plain text instead");
            }
            for (String code : t.in().keySet()) {
                if (!known.contains(code)) {
                    throw new IllegalStateException("jurisdiction term '" + e.getKey() + "' names country '" + code + "', which geography.yaml does not have");
                }
            }
        }
    }

    private static final class Holder {
        static final JurisdictionTerms STANDARD = DataFiles.shipped(RESOURCE, JurisdictionTerms.class, "jurisdiction terms");
    }

    /** The shipped terms, read once. */
    public static JurisdictionTerms standard() {
        return Holder.STANDARD;
    }

    /** Reads a terms file; the error names the file and the term. */
    public static JurisdictionTerms read(InputStream in, String source) {
        return DataFiles.read(in, source, JurisdictionTerms.class, "jurisdiction terms");
    }

    /**
     * What each token reads as for a request: a country's own wording only where the request's people are in that country
     * and no other; else the wording of no country.
     *
     * @param request the request
     * @return the text of each token
     */
    public Map<String, String> texts(ConsultationRequest request) {
        List<String> countries = Geography.standard().peopleIn(request).stream().map(Geography.Country::code).distinct().toList();
        return texts(countries);
    }

    /**
     * The same for the countries the request's people are in (empty: unknown).
     *
     * @param countries ISO 3166 codes
     * @return the text of each token
     */
    public Map<String, String> texts(List<String> countries) {
        Map<String, String> out = new LinkedHashMap<>();
        terms.forEach((token, t) -> out.put(token, countries.size() == 1 && t.in().containsKey(countries.get(0)) ? t.in().get(countries.get(0)) : t.otherwise()));
        return out;
    }
}
