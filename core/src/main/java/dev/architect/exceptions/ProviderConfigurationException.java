package dev.architect.exceptions;

/**
 * A provider cannot be set up: an unknown provider name (the message lists the available ones), a missing API key,
 * a malformed setting. Never retriable; never contains a secret value.
 */
public final class ProviderConfigurationException extends ArchitectException {

    /**
     * A provider that cannot be set up.
     *
     * @param message what is wrong; must not contain a secret value
     */
    public ProviderConfigurationException(String message) {
        super(message);
    }

    @Override
    public boolean isRetriable() {
        return false;
    }
}
