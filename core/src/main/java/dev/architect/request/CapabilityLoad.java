package dev.architect.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.internal.request.RequestConstraints;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;
import dev.architect.request.meta.Required;

/**
 * The load one capability brings, when the request knows it: a share of the system's peak requests or the
 * capability's own peak rate (not both), and optionally its own reads per write. Written in a request as an entry
 * of {@code capabilities}: {@code {name: search, share: 0.8, readWriteRatio: 200}}. A capability with no stated
 * load takes a part of what the stated ones leave weighed by what it does, as an assumption the dossier states.
 *
 * @param name the capability, as {@code capabilities} lists it
 * @param share the share of the system's peak requests it takes, in (0, 1], or null
 * @param peakRequestsPerSecond its own requests a second at peak, or null
 * @param readWriteRatio its own reads per write, or null for the system's ratio
 */
@Doc("A capability with the load it brings")
@JsonInclude(JsonInclude.Include.NON_NULL) // only the figures stated, as a request writes them
public record CapabilityLoad(
        @Required @Doc("The capability's name, e.g. search") String name,
        @Range(min = 0, minExclusive = true, max = 1) @Doc("Share of the system's peak requests this capability takes, e.g. 0.8") Double share,
        @Range(min = 0) @Doc("This capability's own requests per second at peak (instead of a share)") Double peakRequestsPerSecond,
        @Range(min = 0, minExclusive = true) @Doc("This capability's reads per write, e.g. 200") Double readWriteRatio) {

    /**
     * Checks the components against their declared constraints and that at most one of {@code share} and
     * {@code peakRequestsPerSecond} is given; a violation raises {@link InvalidRequestException} naming the field.
     *
     * @param name the capability, as {@code capabilities} lists it
     * @param share the share of the system's peak requests it takes, in (0, 1], or null
     * @param peakRequestsPerSecond its own requests a second at peak, or null
     * @param readWriteRatio its own reads per write, or null
     */
    public CapabilityLoad {
        RequestConstraints.enforce(CapabilityLoad.class, name, share, peakRequestsPerSecond, readWriteRatio);
        if (share != null && peakRequestsPerSecond != null) {
            throw InvalidRequestException.of("peakRequestsPerSecond", "give either share or peakRequestsPerSecond, not both");
        }
    }

    /**
     * A capability taking a share of the system's peak requests.
     *
     * @param name the capability
     * @param share the share, in (0, 1]
     * @return the load
     */
    public static CapabilityLoad share(String name, double share) {
        return new CapabilityLoad(name, share, null, null);
    }

    /**
     * A capability with its own peak rate.
     *
     * @param name the capability
     * @param peakRequestsPerSecond its requests a second at peak
     * @return the load
     */
    public static CapabilityLoad peak(String name, double peakRequestsPerSecond) {
        return new CapabilityLoad(name, null, peakRequestsPerSecond, null);
    }

    /**
     * The same load with its own reads per write.
     *
     * @param readWriteRatio reads per write
     * @return a new load
     */
    public CapabilityLoad withReadWriteRatio(double readWriteRatio) {
        return new CapabilityLoad(name, share, peakRequestsPerSecond, readWriteRatio);
    }

    /**
     * Whether this entry states any figure; an entry with none is written back as a plain name.
     *
     * @return true when a share, a peak rate or a ratio is given
     */
    public boolean statesLoad() {
        return share != null || peakRequestsPerSecond != null || readWriteRatio != null;
    }
}
