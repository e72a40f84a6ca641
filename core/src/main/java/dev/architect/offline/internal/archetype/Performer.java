package dev.architect.offline.internal.archetype;

/**
 * Who carries out the work a mechanism designs: people (operators claim tasks on handhelds and scan, reviewers claim
 * items, people fill in forms) or machines (devices driven by a schedule, robots, vehicles). A mechanism written for one
 * does not design a capability the request gives to the other.
 */
public enum Performer {
    /** People do the work: they claim it, carry handhelds, scan, decide. */
    PEOPLE,
    /** Machines do the work: robots, devices, vehicles acting on their own. */
    MACHINES
}
