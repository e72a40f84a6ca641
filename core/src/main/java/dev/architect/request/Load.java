package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;

/** Expected traffic. Any figure left out becomes a stated assumption in the dossier. */
public record Load(
        @Range(min = 0) @Doc("Requests per second at the busiest expected moment") Double peakRequestsPerSecond,
        @Range(min = 0, minExclusive = true) @Doc("Reads per write, e.g. 20 means 20 reads for every write") Double readWriteRatio,
        @Range(min = 0) @Doc("Distinct users in a month") Long monthlyActiveUsers,
        @Doc("How widely the users are spread: local, regional or global") Audience audience,
        @Range(min = 0, minExclusive = true, max = 1) @Doc("Share of monthly active users who sign in (have an account), e.g. 0.1; sizes the identity provider") Double signedInShare) {

    /**
     * Expected traffic without a stated share of users who sign in (the dossier assumes one where it matters).
     *
     * @param peakRequestsPerSecond Requests per second at the busiest expected moment
     * @param readWriteRatio Reads per write, e.g. 20 means 20 reads for every write
     * @param monthlyActiveUsers Distinct users in a month
     * @param audience How widely the users are spread: local, regional or global
     */
    public Load(Double peakRequestsPerSecond, Double readWriteRatio, Long monthlyActiveUsers, Audience audience) {
        this(peakRequestsPerSecond, readWriteRatio, monthlyActiveUsers, audience, null);
    }

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param peakRequestsPerSecond Requests per second at the busiest expected moment
     * @param readWriteRatio Reads per write, e.g. 20 means 20 reads for every write
     * @param monthlyActiveUsers Distinct users in a month
     * @param audience How widely the users are spread: local, regional or global
     * @param signedInShare Share of monthly active users who sign in (have an account), e.g. 0.1; sizes the identity provider
     */
    public Load {
        RequestConstraints.enforce(Load.class, peakRequestsPerSecond, readWriteRatio, monthlyActiveUsers, audience, signedInShare);
    }
}
