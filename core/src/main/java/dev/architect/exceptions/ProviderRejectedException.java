package dev.architect.exceptions;

/**
 * The provider refused the call in a way that retrying will not fix: a bad request (400), a missing or wrong key
 * (401, 403), an unknown model (404), a filtered reply, or any other failure that is not transient.
 */
public final class ProviderRejectedException extends ProviderException {

    /**
     * A call the provider refused for good.
     *
     * @param message what went wrong, without credentials
     * @param statusCode the HTTP status, or null when there was none
     * @param cause the underlying failure; may be null
     */
    public ProviderRejectedException(String message, Integer statusCode, Throwable cause) {
        super(message, statusCode, cause);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
