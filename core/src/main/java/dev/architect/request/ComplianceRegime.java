package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.architect.request.meta.Vocabulary;

/** Regulatory and assurance regimes the design must satisfy. Accepts common spellings: {@code PCI DSS}, {@code pci}. */
public enum ComplianceRegime implements Vocabulary {
    /** Payment Card Industry Data Security Standard. */
    PCI_DSS("PCI-DSS", "pci", "pcidss", "payment card industry"),
    /** US health information privacy and security. */
    HIPAA("HIPAA", "hipa", "phi"),
    /** EU General Data Protection Regulation. */
    GDPR("GDPR", "dsgvo", "rgpd", "uk gdpr"),
    /** SOC 2 trust services criteria. */
    SOC2("SOC 2", "soc2", "soc ii", "soc 2 type ii", "soc2 type 2"),
    /** ISO/IEC 27001 information security management. */
    ISO_27001("ISO 27001", "iso27001", "iso/iec 27001"),
    /** California Consumer Privacy Act. */
    CCPA("CCPA", "cpra"),
    /** Sarbanes-Oxley financial reporting controls. */
    SOX("SOX", "sarbanes oxley", "sarbanes-oxley"),
    /** US federal cloud authorisation. */
    FEDRAMP("FedRAMP", "fedramp moderate"),
    /** US FDA rules for electronic records and electronic signatures (clinical trials, GxP systems). */
    FDA_PART_11("21 CFR Part 11", "part 11", "cfr part 11", "fda 21 cfr part 11", "fda part 11"),
    /** EU regulation on electronic identification and trust services (electronic signatures, seals, time stamps). */
    EIDAS("eIDAS", "eidas 2", "eidas2"),
    /** US law on the privacy of students' education records (schools and the services acting for them). */
    FERPA("FERPA", "family educational rights and privacy act"),
    /** US law on collecting personal information from children under 13. */
    COPPA("COPPA", "children's online privacy protection act", "childrens online privacy protection act"),
    /** EU second Payment Services Directive: strong customer authentication of electronic payments. */
    PSD2("PSD2", "psd 2", "payment services directive 2"),
    /** Swiss Federal Act on Data Protection (the revised act in force since September 2023). */
    FADP("Swiss FADP", "fadp", "revfadp", "nfadp", "revdsg", "ndsg", "federal act on data protection", "swiss data protection act",
            "swiss data protection law"),
    /** Brazil's General Data Protection Law (Lei Geral de Protecao de Dados Pessoais, Law 13,709 of 2018). */
    LGPD("LGPD", "lei geral de protecao de dados", "lei geral de protecao de dados pessoais", "brazilian general data protection law",
            "brazil's general data protection law", "brazilian data protection law");

    private final Spellings spellings;

    ComplianceRegime(String label, String... aliases) {
        this.spellings = new Spellings(label, aliases);
    }

    @Override
    public Spellings spellings() {
        return spellings;
    }

    /**
     * Parses any accepted spelling; the error lists the accepted names.
     *
     * @param text a label or alias, in any case and punctuation
     * @return the regime
     */
    @JsonCreator
    public static ComplianceRegime of(String text) {
        return Vocabulary.parse(ComplianceRegime.class, text, "compliance");
    }
}
