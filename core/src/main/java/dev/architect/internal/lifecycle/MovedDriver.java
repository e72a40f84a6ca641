package dev.architect.internal.lifecycle;

/**
 * A request field whose value differs between the previous request and the changed one.
 *
 * @param driver the field
 * @param before its value before, as compact JSON ({@code null} when absent)
 * @param after  its value now, as compact JSON ({@code null} when absent)
 */
public record MovedDriver(RequestDriver driver, String before, String after) {

    /** One line for a prompt: {@code load: {...} -> {...}}. */
    public String line() {
        return driver.field() + ": " + before + " -> " + after;
    }
}
