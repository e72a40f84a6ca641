package dev.architect.deliverables.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting that does not depend on the JVM's locale, so output is byte-identical everywhere. */
public final class Figures {

    private Figures() {
    }

    /** {@code 1820.48} -> {@code 1,820.48}. */
    public static String money(double amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** {@code 2000.0} -> {@code 2000}, {@code 95.24} -> {@code 95.24}: no trailing zeros, no exponent. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
