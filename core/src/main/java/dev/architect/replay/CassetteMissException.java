package dev.architect.replay;

import dev.architect.exceptions.ArchitectException;
import java.nio.file.Path;

/**
 * A {@link ReplayChatModel} was asked something its cassette does not hold: the request, the persona, the prompts
 * or the SDK changed since the cassette was recorded. Record it again.
 */
public final class CassetteMissException extends ArchitectException {

    /**
     * A request the cassette holds no reply for.
     *
     * @param cassette the cassette file
     * @param recorded how many exchanges the cassette holds
     * @param request the unseen request, for diagnosis
     */
    public CassetteMissException(Path cassette, int recorded, String request) {
        super("cassette " + cassette + " holds no reply for this request (" + recorded + " exchanges recorded); "
                + "the request, persona, prompts or SDK changed since it was recorded. Unseen request: " + request);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
