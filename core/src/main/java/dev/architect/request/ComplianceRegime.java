package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.architect.request.meta.Vocabulary;

/** Regulatory and assurance regimes the design must satisfy. Accepts common spellings: {@code PCI DSS}, {@code pci}. */
public enum ComplianceRegime implements Vocabulary {
    PCI_DSS("PCI-DSS", "pci", "pcidss", "payment card industry"),
    HIPAA("HIPAA", "hipa", "phi"),
    GDPR("GDPR", "dsgvo", "rgpd", "uk gdpr"),
    SOC2("SOC 2", "soc2", "soc ii", "soc 2 type ii", "soc2 type 2"),
    ISO_27001("ISO 27001", "iso27001", "iso/iec 27001"),
    CCPA("CCPA", "cpra"),
    SOX("SOX", "sarbanes oxley", "sarbanes-oxley"),
    FEDRAMP("FedRAMP", "fedramp moderate");

    private final Spellings spellings;

    ComplianceRegime(String label, String... aliases) {
        this.spellings = new Spellings(label, aliases);
    }

    @Override
    public Spellings spellings() {
        return spellings;
    }

    /** Parses any accepted spelling; the error lists the accepted names. */
    @JsonCreator
    public static ComplianceRegime of(String text) {
        return Vocabulary.parse(ComplianceRegime.class, text, "compliance");
    }
}
