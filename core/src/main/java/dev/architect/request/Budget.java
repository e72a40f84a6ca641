package dev.architect.request;

import dev.architect.internal.request.Doc;
import dev.architect.internal.request.Range;
import dev.architect.internal.request.RequestConstraints;

/** What may be spent running the system. */
public record Budget(
        @Range(min = 0) @Doc("Monthly infrastructure budget in US dollars") Double monthlyUsd) {

    public Budget {
        RequestConstraints.enforce(Budget.class, monthlyUsd);
    }
}
