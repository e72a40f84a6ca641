package dev.architect.dossier;

/** Band of a 5x5 risk score (likelihood x impact): 1-4 low, 5-9 medium, 10-15 high, 16-25 critical. */
public enum RiskBand {
    /** Score 1 to 4. */
    LOW,
    /** Score 5 to 9. */
    MEDIUM,
    /** Score 10 to 15. */
    HIGH,
    /** Score 16 to 25. */
    CRITICAL;

    /**
     * The band of a risk score.
     *
     * @param score likelihood times impact, 1 to 25
     * @return the band
     * @throws IllegalArgumentException when the score is outside 1 to 25
     */
    public static RiskBand of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("a risk score is 1-25 but was " + score);
        }
        return score <= 4 ? LOW : score <= 9 ? MEDIUM : score <= 15 ? HIGH : CRITICAL;
    }
}
