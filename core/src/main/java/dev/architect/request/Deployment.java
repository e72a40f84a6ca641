package dev.architect.request;

import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import java.util.List;

/** Where the system is to run. */
public record Deployment(
        @Doc("Cloud provider: aws, azure, gcp or on-premises") Cloud cloud,
        @Doc("Regions the system runs in, e.g. eu-west-1") List<String> regions) {

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param cloud Cloud provider: aws, azure, gcp or on-premises
     * @param regions Regions the system runs in, e.g. eu-west-1
     */
    public Deployment {
        RequestConstraints.enforce(Deployment.class, cloud, regions);
        regions = RequestConstraints.copy(regions);
    }
}
