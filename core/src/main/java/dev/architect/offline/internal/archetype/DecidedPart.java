package dev.architect.offline.internal.archetype;

/**
 * A part a decision adds to the design whatever the archetypes, described in {@code archetypes.yaml}'s
 * {@code decidedParts} and drawn like an archetype's components, with their modules.
 */
public enum DecidedPart {
    /** The identity server the team runs when the identity decision chose a self-hosted provider. */
    IDENTITY_SERVER,
    /** The card vault a PCI DSS approach that keeps card numbers in a vault adds, in the card-data environment. */
    CARD_VAULT,
    /** The virtual waiting room the surge decision adds when it chose to admit a contended surge through a queue. */
    WAITING_ROOM
}
