package dev.architect.deliverables.testing;

import dev.architect.deliverables.DossierWriter;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.function.Predicate;

/**
 * The deliverables of the sample and hostile dossiers, rendered once per test JVM (with SVG) and shared by every
 * test class, so PlantUML's start-up cost is paid once.
 */
public final class Rendered {

    private static List<Deliverable> sample;
    private static List<Deliverable> hostile;

    private Rendered() {
    }

    /** ShopFast with a migration plan: every part of a dossier populated. */
    public static synchronized List<Deliverable> sample() {
        if (sample == null) {
            sample = DossierWriter.create().deliverables(SampleDossiers.shopFastMigration());
        }
        return sample;
    }

    public static synchronized List<Deliverable> hostile() {
        if (hostile == null) {
            hostile = DossierWriter.create().deliverables(HostileDossier.create());
        }
        return hostile;
    }

    public static <T extends Deliverable> List<T> ofType(List<Deliverable> all, Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public static Deliverable file(List<Deliverable> all, String path) {
        return all.stream().filter(d -> d.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no deliverable " + path + " among " + all.stream().map(Deliverable::path).toList()));
    }

    public static List<Deliverable> matching(List<Deliverable> all, Predicate<String> path) {
        return all.stream().filter(d -> path.test(d.path())).toList();
    }
}
