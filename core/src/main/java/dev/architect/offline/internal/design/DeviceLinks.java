package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.DataFiles;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The technology of the devices' link to the system for each ingestion option ({@code device-links.yaml}), so the C4
 * model's arrow from the devices follows the path the ingestion decision chose.
 *
 * @param links    the link by ingestion option id
 * @param unchosen the link where no ingestion option is chosen
 */
record DeviceLinks(Map<String, String> links, String unchosen) {

    static final String RESOURCE = "/dev/architect/offline/device-links.yaml";
    /** The catalogue section whose options the links follow. */
    static final String SECTION = "ingestionPath";

    private static final class Holder {
        static final DeviceLinks STANDARD = check(DataFiles.shipped(RESOURCE, DeviceLinks.class, "device links"), RESOURCE);
    }

    static DeviceLinks standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a copy; a misspelt key, a link for no option of the section, an option without a link or a blank link fails
     * naming the source and the entry.
     */
    static DeviceLinks read(InputStream in, String where) {
        return check(DataFiles.read(in, where, DeviceLinks.class, "device links"), where);
    }

    private static DeviceLinks check(DeviceLinks file, String where) {
        if (file.links() == null || file.unchosen() == null || file.unchosen().isBlank()) {
            throw new IllegalStateException(where + ": links and unchosen are required");
        }
        Set<String> options = Catalogue.standard().section(SECTION).options().stream().map(CatalogueEntry::id).collect(Collectors.toSet());
        file.links().forEach((id, link) -> {
            if (!options.contains(id)) {
                throw new IllegalStateException(where + ": links." + id + " is not an option of the catalogue's " + SECTION);
            }
            if (link == null || link.isBlank()) {
                throw new IllegalStateException(where + ": links." + id + " must name the link");
            }
        });
        options.stream().filter(id -> !file.links().containsKey(id)).sorted().findFirst().ifPresent(id -> {
            throw new IllegalStateException(where + ": the catalogue's " + SECTION + " option " + id + " has no link");
        });
        return file;
    }

    /** The devices' link on the chosen ingestion option, or the unchosen link when none is chosen. */
    String link(Optional<String> chosenOption) {
        return chosenOption.map(links::get).orElse(unchosen);
    }
}
