package dev.architect.cli;

import dev.architect.deliverables.OutputFolderException;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.ProviderConfigurationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** One exit code per kind of failure, as documented in the README and in every command's help. */
enum ExitCodes {

    OK(0, "success"),
    FAILURE(1, "unexpected failure (a bug: please report it with the message)"),
    USAGE(2, "bad command line: unknown option, missing or unreadable file, bad --date"),
    PROVIDER(3, "the model or its provider failed during the consultation"),
    INVALID_INPUT(4, "the request (or the saved dossier) has problems; each is printed"),
    CONFIGURATION(5, "provider configuration: unknown provider, its module absent, a key missing"),
    OUTPUT(6, "the output folder was refused or could not be written; nothing was changed"),
    DIFFERENT(7, "diff only: the two dossiers differ (0 when they do not)");

    final int code;
    private final String meaning;

    ExitCodes(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    static ExitCodes of(Throwable e) {
        if (e instanceof UsageException) {
            return USAGE;
        }
        if (e instanceof InvalidRequestException || e instanceof InvalidDossierException) {
            return INVALID_INPUT;
        }
        if (e instanceof ProviderConfigurationException) {
            return CONFIGURATION;
        }
        if (e instanceof OutputFolderException) {
            return OUTPUT;
        }
        if (e instanceof DeliverableException) {
            return FAILURE; // the dossier was fine and the folder accepted; rendering or writing a file failed
        }
        if (e instanceof ArchitectException) {
            // Everything else the SDK raises comes from the model or its provider: faults, rejected replies, budgets.
            return PROVIDER;
        }
        return FAILURE;
    }

    /** The exit-code list picocli prints in {@code --help}, in code order. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        Arrays.stream(values()).forEach(c -> list.put(Integer.toString(c.code), c.meaning));
        return list;
    }

    /** Sets the documented list on a command and all its subcommands. */
    static void document(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(helpList());
        cli.getSubcommands().values().forEach(ExitCodes::document);
    }

    /** One message for the user; the SDK's messages already name the field, stage or element. */
    static String describe(Throwable e) {
        if (e instanceof ArchitectException || e instanceof UsageException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A command-line mistake found after parsing (an unreadable file, a folder given for a file). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
