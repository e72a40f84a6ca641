package dev.architect.dossier;

/** Whether the estimate fits the request's monthly budget. */
public enum BudgetStatus {
    /** Month 1 and month 36 both cost no more than the budget. */
    WITHIN,
    /** Month 1 or month 36 costs more than the budget. */
    OVER,
    /** The request states no budget. */
    UNKNOWN
}
