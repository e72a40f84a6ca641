package dev.architect.change;

import java.util.List;
import java.util.Objects;

/**
 * One API operation added, removed or changed between two dossiers. {@code breaking} says whether a client written
 * against the older operation can fail against the newer one (an operation removed, a required parameter or request
 * property added, a response property or status removed, a type changed); {@code reasons} says why.
 *
 * @param apiId       the API ({@code ApiSpec.id})
 * @param operationId the operation
 * @param method      its HTTP method
 * @param path        its path
 * @param kind whether the operation was added, removed or changed
 * @param breaking whether a client written against the older operation can fail against the newer one
 * @param reasons why the change is breaking or what changed, one reason an entry; empty for an addition
 */
public record ApiChange(String apiId, String operationId, String method, String path, ChangeKind kind, boolean breaking,
                        List<String> reasons) {

    /**
     * Rejects a missing required component and copies the lists, so the value stays immutable.
     *
     * @param apiId       the API ({@code ApiSpec.id})
     * @param operationId the operation
     * @param method      its HTTP method
     * @param path        its path
     * @param kind whether the operation was added, removed or changed
     * @param breaking whether a client written against the older operation can fail against the newer one
     * @param reasons why the change is breaking or what changed, one reason an entry; empty for an addition
     */
    public ApiChange {
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
    }
}
