package dev.architect.offline.internal.archetype;

/**
 * Which way money moves through a system: in (customers pay it: card payments, incoming transfers) or out (it pays
 * others: payouts, disbursements, payment batches, credit transfers). A money word alone ("payments") says neither.
 */
public enum MoneyDirection {
    INCOMING("money comes in"), OUTGOING("money goes out");

    private final String meaning;

    MoneyDirection(String meaning) {
        this.meaning = meaning;
    }

    /** "money goes out", as the evidence shows it. */
    public String meaning() {
        return meaning;
    }
}
