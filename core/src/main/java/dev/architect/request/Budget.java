package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;

/** What may be spent running the system. */
public record Budget(
        @Range(min = 0) @Doc("Monthly infrastructure budget in US dollars") Double monthlyUsd) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param monthlyUsd Monthly infrastructure budget in US dollars
     */
    public Budget {
        RequestConstraints.enforce(Budget.class, monthlyUsd);
    }
}
