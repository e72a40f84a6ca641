package dev.architect.offline.internal.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Which way an integration's traffic goes ({@code integration-directions.yaml}): the phrases of its purpose that make the
 * external system the caller (a PACS pushing studies with DICOM C-STORE, a USSD gateway's session callbacks, webhooks),
 * each group with the technology of those calls, and the phrases that say the system calls it as well.
 *
 * @param sendsIn     the groups of phrases that make the external system the caller
 * @param callsOutToo phrases that say the system also calls it
 */
public record IntegrationDirections(List<SendsIn> sendsIn, List<String> callsOutToo) {

    static final String RESOURCE = "/dev/architect/offline/integration-directions.yaml";

    private static final IntegrationDirections STANDARD = DataFiles.shipped(RESOURCE, IntegrationDirections.class, "integration directions");

    public IntegrationDirections {
        if (sendsIn == null || sendsIn.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": sendsIn lists no phrases");
        }
        sendsIn = List.copyOf(sendsIn);
        callsOutToo = callsOutToo == null ? List.of() : List.copyOf(callsOutToo);
    }

    /**
     * Phrases that make the external system the caller, and the technology its calls use.
     *
     * @param phrases    whole words of the integration's purpose
     * @param technology the protocol drawn on the edge ("DICOM C-STORE (DIMSE over TLS)")
     * @param carriesFiles whether what these calls carry is files (studies, scans, documents) whatever the purpose calls them
     */
    public record SendsIn(List<String> phrases, String technology, Boolean carriesFiles) {
        public SendsIn {
            carriesFiles = carriesFiles != null && carriesFiles;
            if (phrases == null || phrases.isEmpty() || technology == null || technology.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a sendsIn entry needs phrases and a technology");
            }
            phrases = List.copyOf(phrases);
        }
    }

    /** The shipped table. */
    public static IntegrationDirections standard() {
        return STANDARD;
    }

    /**
     * How the external system calls in, when the purpose says it does.
     *
     * @param purpose the integration's purpose as the request gives it
     * @return the group its purpose matches, or empty when the system is the only caller
     */
    public Optional<SendsIn> callsIn(String purpose) {
        Words words = Words.of(purpose);
        return sendsIn.stream().filter(s -> words.containsAny(s.phrases())).findFirst();
    }

    /**
     * Whether the integration sends files in: it is the caller ({@link #callsIn}) and either its protocol carries files
     * (DICOM C-STORE, a file drop) or its purpose names files in the given whole-word phrases ("sends us scanned pages").
     *
     * @param purpose     the integration's purpose
     * @param filePhrases the phrases that name files (the files archetype's)
     * @return the group its purpose matches, when what it sends in is files
     */
    public Optional<SendsIn> sendsFiles(String purpose, List<String> filePhrases) {
        return callsIn(purpose).filter(s -> s.carriesFiles() || Words.of(purpose).containsAny(filePhrases));
    }

    /**
     * Whether the system calls the integration as well as being called by it.
     *
     * @param purpose the integration's purpose
     * @return true when its purpose names something the system asks of it
     */
    public boolean calledToo(String purpose) {
        return Words.of(purpose).containsAny(callsOutToo);
    }
}
