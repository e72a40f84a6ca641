package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DossierJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsultAndRenderCommandTest {

    @TempDir
    Path dir;

    static Stream<Path> sampleRequests() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("requests"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void consultOnASampleRequestWritesACompleteDossierAndExitsZero(Path request) throws IOException {
        Path out = dir.resolve("dossier");

        CliRun run = CliRun.of("consult", request.toString(), "--out", out.toString(), "--no-svg", "--provider", "offline");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Consultation dossier = DossierJson.read(out.resolve("consultation.json"));
        assertThat(run.out()).contains("Dossier for " + dossier.system() + " written to " + out, "running cost: $", "made by offline",
                dossier.apis().size() + (dossier.apis().size() == 1 ? " API," : " APIs,"))
                .doesNotContainPattern("\\b1 (decisions|containers|APIs|entities|risks)\\b");
        // The CLI, the dossier's README and its index page quote month 1, month 36 and the TCO of consultation.json
        var cost = dossier.cost();
        String month1 = String.format(java.util.Locale.ROOT, "%,.2f", cost.monthlyTotal());
        String month36 = String.format(java.util.Locale.ROOT, "%,.2f", cost.monthlyTotalAt(36).orElseThrow());
        String tco = String.format(java.util.Locale.ROOT, "%,.2f", cost.threeYearTco());
        assertThat(run.out()).contains("running cost: $" + month1 + " a month in month 1, $" + month36 + " in month 36, $" + tco + " over three years");
        assertThat(Files.readString(out.resolve("README.md"))).contains("**" + month1 + " USD** in month 1, **" + month36 + " USD** in month 36", tco);
        assertThat(Files.readString(out.resolve("index.html"))).contains(month1 + " USD</strong> in month 1 and <strong>" + month36 + " USD</strong> in month 36");
        for (String file : List.of("README.md", "risks.md", "operations.md", "cost.md", "data/schema.sql", "workspace.dsl", "index.html",
                "diagrams/context.puml", "diagrams/containers.puml")) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(files(out, "decisions")).hasSize(dossier.decisions().size()).allMatch(f -> f.matches("decisions/\\d{4}-[a-z0-9-]+\\.md"));
        assertThat(files(out, "api")).filteredOn(f -> f.endsWith(".openapi.yaml")).hasSize(dossier.apis().size());
        assertThat(files(out, "api")).filteredOn(f -> f.endsWith(".openapi.json")).hasSize(dossier.apis().size());
        assertThat(files(out, "diagrams")).noneMatch(f -> f.endsWith(".svg"));
    }

    @Test
    void withSvgTheHtmlPageHasEveryAdrAndEveryDiagramInlineAndNoExternalReference() throws IOException {
        Path out = dir.resolve("dossier");

        CliRun run = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Consultation dossier = DossierJson.read(out.resolve("consultation.json"));
        Document html = Jsoup.parse(Files.readString(out.resolve("index.html")));
        for (Decision d : dossier.decisions()) {
            assertThat(html.text()).contains(d.title());
        }
        long diagrams = files(out, "diagrams").stream().filter(f -> f.endsWith(".puml")).count();
        assertThat(files(out, "diagrams").stream().filter(f -> f.endsWith(".svg")).count()).isEqualTo(diagrams);
        assertThat(html.select("svg").size()).isGreaterThanOrEqualTo((int) diagrams);
        assertThat(html.select("script[src], link, img[src], iframe")).isEmpty();
        assertThat(html.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    }

    @Test
    void aBadRequestExitsFourNamesTheFieldAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "system: Broken\ndescription: A shop\nload: {peakRequestsPerSecond: -5}\n");
        Path out = dir.resolve("dossier");

        CliRun run = CliRun.of("consult", bad.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("load.peakRequestsPerSecond (line 3): must be at least 0 but was -5.0");
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aNonEmptyOutputFolderIsLeftUntouchedEvenWhenForcedUnlessItHoldsAPreviousDossier() throws IOException {
        Path out = Files.createDirectories(dir.resolve("dossier"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        CliRun refused = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", out.toString(), "--no-svg");
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.err()).contains("is not empty", "--force");

        CliRun forced = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", out.toString(), "--no-svg", "--force");
        assertThat(forced.exitCode()).isEqualTo(6);
        assertThat(forced.err()).contains("holds no previous dossier").doesNotContain("analyze");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");

        Files.delete(out.resolve("notes.txt"));
        assertThat(CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", out.toString(), "--no-svg").exitCode()).isZero();
        CliRun replaced = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", out.toString(), "--no-svg", "--force");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(DossierJson.read(out.resolve("consultation.json")).system()).isEqualTo("ShopFast");
    }

    @Test
    void forceNeverReplacesTheWorkingDirectory() throws IOException {
        long before;
        try (Stream<Path> files = Files.list(Path.of(""))) {
            before = files.count();
        }

        CliRun run = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", ".", "--no-svg", "--force");

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.err()).contains("working directory");
        try (Stream<Path> files = Files.list(Path.of(""))) {
            assertThat(files.count()).isEqualTo(before);
        }
        assertThat(Path.of("pom.xml")).exists();
    }

    @Test
    void anUnwritableOutputFolderFailsBeforeTheConsultationWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        CliRun run = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", file.resolve("out").toString(),
                "--provider", "failing");

        assertThat(run.exitCode()).as("the failing provider is never called").isEqualTo(6);
        assertThat(run.err()).contains("cannot write the dossier to " + file.resolve("out"), file + " is a file, not a folder");
    }

    @Test
    void renderOfASavedDossierReproducesTheSameFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(CliRun.of("consult", "requests/paylane-payments.yaml", "--out", first.toString(), "--no-svg").exitCode()).isZero();

        CliRun run = CliRun.of("render", first.resolve("consultation.json").toString(), "--out", second.toString(), "--no-svg");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(contents(second)).isEqualTo(contents(first));
    }

    @Test
    void renderInAFreshJvmReproducesConsultByteForByte() throws Exception {
        Path consulted = dir.resolve("consulted");
        Path rendered = dir.resolve("rendered");
        CliRun consult = CliRun.inNewJvm(Map.of(), "consult", "requests/shopfast-ecommerce.yaml", "--out", consulted.toString(),
                "--no-svg", "--provider", "offline", "--date", "2026-03-01");
        assertThat(consult.exitCode()).as(consult.out()).isZero();

        CliRun render = CliRun.inNewJvm(Map.of(), "render", consulted.resolve("consultation.json").toString(), "--out",
                rendered.toString(), "--no-svg", "--date", "2026-03-01");

        assertThat(render.exitCode()).as(render.out()).isZero();
        assertThat(contents(rendered)).isEqualTo(contents(consulted));
    }

    @Test
    void adrsCarryTheDateGivenOrToday() throws IOException {
        Path out = dir.resolve("dossier");

        assertThat(CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", out.toString(), "--no-svg", "--date", "2026-03-01").exitCode()).isZero();

        assertThat(files(out, "decisions")).allSatisfy(f -> assertThat(Files.readString(out.resolve(f))).startsWith("---\nstatus: proposed\ndate: 2026-03-01\n"));
        CliRun bad = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", dir.resolve("x").toString(), "--date", "March");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--date", "expected a date as YYYY-MM-DD, e.g. 2026-03-01, but got \"March\"",
                "Run 'architect consult --help'").doesNotContain("Usage:", "java.time", "Exception");
    }

    @Test
    void theDateAlsoSetsTheDayALaunchDateIsCountedFrom() throws IOException {
        Path request = Files.writeString(dir.resolve("kiln.yaml"), "system: Kiln\ndescription: Bookings and firing schedules for a pottery studio\n"
                + "goals: [studio bookings live by 2027-04-15]\ncapabilities: [bookings, firing schedules]\n");
        Path december = dir.resolve("december");
        Path earlier = dir.resolve("earlier");

        assertThat(CliRun.of("consult", request.toString(), "--out", december.toString(), "--no-svg", "--date", "2026-12-02").exitCode()).isZero();
        assertThat(CliRun.of("consult", request.toString(), "--out", earlier.toString(), "--no-svg", "--date", "2025-12-02").exitCode()).isZero();

        // 2026-12-02 to 2027-04-15 is 134 days: 19 weeks; from 2025-12-02 it is 365 more: 499 days, 71 weeks
        assertThat(Files.readString(december.resolve("consultation.json"))).contains("week 19 (2027-04-15)").doesNotContain("week 71");
        assertThat(Files.readString(earlier.resolve("consultation.json"))).contains("week 71 (2027-04-15)").doesNotContain("week 19 (");
    }

    @Test
    void renderOfSomethingThatIsNotADossierExitsFour() throws IOException {
        Path json = Files.writeString(dir.resolve("consultation.json"), "{\"schemaVersion\": \"1.0\", \"system\": \"x\"}");

        CliRun run = CliRun.of("render", json.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("consultation: summary is missing");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownProviderIsAConfigurationErrorListingTheAvailableOnes() {
        CliRun run = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", dir.resolve("d").toString(), "--provider", "bedrock");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).contains("unknown provider \"bedrock\"; available: offline, ", "openai", "ollama", "scripted");
    }

    @Test
    void aProviderFailureExitsThreeAndWritesNothing() {
        Path out = dir.resolve("dossier");

        CliRun run = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", out.toString(), "--provider", "failing");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("provider rejected the request (401)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aModelConsultationShowsProgressOnStderrAndTheSummaryOnStdout() {
        Path out = dir.resolve("dossier");

        CliRun run = CliRun.of("consult", "requests/shopfast-ecommerce.yaml", "--out", out.toString(), "--no-svg", "--provider", "scripted");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("analyze started", "analyze done in", "design done in", "plan done in",
                "consultation done in", "9 model calls");
        assertThat(run.out()).contains("Dossier for ShopFast written to", "made by").doesNotContain("analyze started");
    }

    @Test
    void interactiveModeAsksEachQuestionAndUsesTheAnswers() {
        Path out = dir.resolve("dossier");

        CliRun run = CliRun.withInput("7\n2\n", "consult", "requests/shopfast-ecommerce.yaml", "--out", out.toString(), "--no-svg",
                "--provider", "scripted", "--interactive");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Will third-party sellers list products?", "Why it matters:", "1) No  (recommended)",
                "2) Within a year", "Please type a number from 1 to 2.", "-> Within a year");
        assertThat(out.resolve("consultation.json")).exists();
    }

    @Test
    void consultHelpDescribesEveryOption() {
        CliRun run = CliRun.of("consult", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("REQUEST", "--out=DIR", "--provider=NAME", "--model=M", "--no-svg", "--force", "--interactive",
                "--plugins=DIR", "Exit codes:", "3   the model or its provider failed during the consultation",
                "6   the output folder was refused");
    }

    private static List<String> files(Path root, String folder) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return all;
    }
}
