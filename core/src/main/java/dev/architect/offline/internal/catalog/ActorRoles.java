package dev.architect.offline.internal.catalog;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who an actor is, from {@code actor-roles.yaml}: the organisation's own staff, people outside it, or a machine, by the
 * whole words of its name and description. One list serves the topology (which actor carries out staff work) and the
 * identity facts (whether only a workforce signs in).
 *
 * @param staff         roles of the organisation's own people, in an actor or a description
 * @param staffInActors words that name staff in an actor but are too common in a description to say so there
 * @param publicRoles   people outside the organisation
 * @param machines      machines that act on the system
 * @param reporters     nouns that name a machine when the request counts them as reporting on an interval ("3,000
 *                      robots", "12,000 chargers"); never people or the phones they carry
 * @param carried       machines a person carries ("handheld devices"): that person's tool, not a machine doing the work
 */
public record ActorRoles(List<String> staff, List<String> staffInActors, List<String> publicRoles, List<String> machines, List<String> reporters,
                         List<String> carried) {

    static final String RESOURCE = "/dev/architect/offline/actor-roles.yaml";
    private static final ActorRoles STANDARD = DataFiles.shipped(RESOURCE, File.class, "actor roles").roles();

    /** The file's layout ({@code public} is a Java keyword). */
    record File(List<String> staff, List<String> staffInActors, @com.fasterxml.jackson.annotation.JsonProperty("public") List<String> publicRoles,
                List<String> machines, List<String> reporters, List<String> carried) {
        ActorRoles roles() {
            return new ActorRoles(staff, staffInActors, publicRoles, machines, reporters, carried);
        }
    }

    public ActorRoles {
        staff = required("staff", staff);
        staffInActors = required("staffInActors", staffInActors);
        publicRoles = required("public", publicRoles);
        machines = required("machines", machines);
        reporters = required("reporters", reporters);
        carried = required("carried", carried);
    }

    private static List<String> required(String key, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is missing or empty");
        }
        return List.copyOf(words);
    }

    /** The shipped roles. */
    public static ActorRoles standard() {
        return STANDARD;
    }

    /** Every word that names staff in an actor's name or description. */
    public List<String> staffActorWords() {
        return Stream.concat(staff.stream(), staffInActors.stream()).toList();
    }

    /** Whether an actor's words name one of the organisation's own roles. */
    public boolean isStaff(Words actor) {
        return actor.containsAny(staffActorWords());
    }

    /**
     * Whether the noun a request counts its reporting devices by names a machine, so the devices are drawn as their own
     * element rather than stood in for by an app people carry.
     *
     * @param noun the devices' noun as counted ("robots")
     * @return true for a machine
     */
    public boolean isReportingMachine(String noun) {
        return Words.of(noun).containsAny(reporters);
    }

    /** Whether an actor's words name a machine. */
    public boolean isMachine(Words actor) {
        return actor.containsAny(machines);
    }
}
