package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Required;

/** An external system the design must talk to. */
public record Integration(
        @Required @Doc("Name of the external system, e.g. Stripe") String name,
        @Doc("Why the system talks to it, e.g. card payments") String purpose) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param name Name of the external system, e.g. Stripe
     * @param purpose Why the system talks to it, e.g. card payments
     */
    public Integration {
        RequestConstraints.enforce(Integration.class, name, purpose);
    }

    /**
     * The name and the purpose as one text, where the words of both are looked for: "Stripe card payments".
     *
     * @return the name, a space and the purpose (nothing after the space when no purpose is given)
     */
    public String nameAndPurpose() {
        return name + " " + (purpose == null ? "" : purpose);
    }
}
