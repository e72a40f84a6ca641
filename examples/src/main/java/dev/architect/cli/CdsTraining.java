package dev.architect.cli;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.replay.DossierChatModel;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The training run of the class-data-sharing archive (examples/pom.xml runs it with {@code -XX:ArchiveClassesAtExit};
 * {@code ./architect} starts the CLI with the archive). Besides an offline consultation with SVG, which the arguments
 * describe exactly as to {@code architect}, it loads what a consultation on a model loads around its model
 * calls: each provider's request path (its warm-up: HTTP client, request and reply JSON, over a loopback socket; no
 * provider is contacted) and a whole model consultation, every stage answered from the offline dossier
 * ({@link DossierChatModel}). Not for users: the archive only lists classes, so nothing of this run's data survives it.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * Trains, then runs the command line with {@code args} and exits with its code.
     *
     * @param args an {@code architect} command line, e.g. {@code consult REQUEST --provider offline --out DIR}
     */
    public static void main(String[] args) {
        ProviderRegistry.load().providers().forEach(CdsTraining::warmUp);
        if (args.length > 1 && args[0].equals("consult")) {
            try {
                ConsultationRequest request = RequestReader.read(Path.of(args[1]));
                Consultation offline = Architect.builder().build().consult(request);
                Architect.builder().chatModel(DossierChatModel.of(offline)).build().consult(request);
            } catch (RuntimeException e) {
                // the archive is still made, only with less of the model path in it
                System.err.println("cds training: the model consultation failed: " + e);
            }
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(ArchitectCli.run(System.in, out, err, Arrays.copyOf(args, args.length)));
    }

    private static void warmUp(ArchitectProvider provider) {
        try {
            provider.warmUp();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("cds training: the warm-up of " + provider.name() + " failed: " + e);
        }
    }
}
