package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.catalog.DataFiles;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many commands the cloud sends each device of an archetype that commands devices ({@code command-rates.yaml}), when
 * the request counts none: a command gateway is billed for these, never for a share of the request's writes.
 */
final class CommandRates {

    static final String RESOURCE = "/dev/architect/offline/command-rates.yaml";
    /** The assumption the rate is stated under. */
    static final String ASSUMPTION = "as-device-commands";

    /**
     * One archetype's rate.
     *
     * @param perDevicePerDay commands one device is sent in a day, on average
     * @param basis           why
     */
    record Rate(Double perDevicePerDay, String basis) {
    }

    /** The file's shape. */
    record File(Map<String, Rate> archetypes) {
    }

    private final Map<String, Rate> byArchetype;

    private CommandRates(Map<String, Rate> byArchetype) {
        this.byArchetype = byArchetype;
    }

    private static final class Holder {
        static final CommandRates STANDARD = DataFiles.shipped(RESOURCE, "command rates", CommandRates::read);
    }

    static CommandRates standard() {
        return Holder.STANDARD;
    }

    /** The rate of an archetype's devices, when it commands devices. */
    Optional<Rate> of(String archetypeId) {
        return Optional.ofNullable(byArchetype.get(archetypeId));
    }

    /** Reads the file; an unknown key, an archetype the catalogue does not have, a non-positive rate or a blank basis fails naming the entry. */
    static CommandRates read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "command rates");
        Map<String, Rate> by = new LinkedHashMap<>();
        (file.archetypes() == null ? Map.<String, Rate>of() : file.archetypes()).forEach((id, r) -> {
            String at = where + ": archetypes." + id;
            Archetypes.standard().byId(id).orElseThrow(() -> new IllegalStateException(at + ": '" + id + "' is not an archetype of archetypes.yaml"));
            if (r == null || r.perDevicePerDay() == null || !(r.perDevicePerDay() > 0) || r.perDevicePerDay().isInfinite()) {
                throw new IllegalStateException(at + ".perDevicePerDay must be a positive number");
            }
            if (r.basis() == null || r.basis().isBlank()) {
                throw new IllegalStateException(at + ".basis must say why");
            }
            by.put(id, r);
        });
        return new CommandRates(by);
    }
}
