package dev.architect.dossier;

/** Band of a 5x5 risk score (likelihood x impact): 1-4 low, 5-9 medium, 10-15 high, 16-25 critical. */
public enum RiskBand {
    LOW, MEDIUM, HIGH, CRITICAL;

    public static RiskBand of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("a risk score is 1-25 but was " + score);
        }
        return score <= 4 ? LOW : score <= 9 ? MEDIUM : score <= 15 ? HIGH : CRITICAL;
    }
}
