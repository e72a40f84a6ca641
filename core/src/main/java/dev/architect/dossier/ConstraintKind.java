package dev.architect.dossier;

/**
 * The invariants an entity's table enforces beyond keys, each rendered as PostgreSQL DDL by the SQL renderer:
 * <ul>
 * <li>{@code POSITIVE}: every named field is greater than zero;</li>
 * <li>{@code NOT_NEGATIVE}: every named field is zero or more;</li>
 * <li>{@code ORDERED}: the first field is before the second (a start before its end);</li>
 * <li>{@code AT_MOST}: the first field never exceeds the second (reserved stock within stock on hand);</li>
 * <li>{@code NO_OVERLAP}: no two rows with the same first field have overlapping [second, third) periods
 * (no double booking); an optional fourth, boolean field limits it to the rows where it is true (a cancelled
 * booking frees its slot);</li>
 * <li>{@code APPEND_ONLY}: rows are never updated or deleted (a ledger, an audit trail);</li>
 * <li>{@code BALANCED}: the second field sums to zero over the rows sharing the first field, checked at commit
 * (double entry: debits equal credits in every journal transaction);</li>
 * <li>{@code ONE_OF}: the field holds one of the constraint's values (a case's status among its states);</li>
 * <li>{@code DIFFERENT}: the two fields never hold the same value (the approver is not the person who submitted);</li>
 * <li>{@code QUORUM}: the rows sharing the first field, a reference to a parent entity, count at least N distinct values
 * of the second field before the parent's status takes a value; the values are the parent's status column, that
 * state and N (two distinct approvers before a case is approved);</li>
 * <li>{@code NOT_PARENTS}: the second field never holds the value of a column of the parent row the first field refers
 * to; the value is that parent column (an approver is never the batch's creator, an appeal is heard by a moderator other
 * than the one who decided);</li>
 * <li>{@code TENANT_ISOLATED}: a database session reads and writes only the rows whose field holds the tenant the
 * session acts for, which the service sets from the caller's token at the start of each transaction (row-level
 * security), so a query that forgets its tenant filter returns nothing of another tenant's.</li>
 * <li>{@code ACTIVE_AT_MOST}: the rows sharing every field but the last (one copy, one device, one seat and slot) whose
 * last field (the status) holds one of the values after the first number at most that first value: one active loan per
 * copy is a partial unique index (N = 1); N &gt; 1 a count taken under a lock on the group in the writing transaction.</li>
 * </ul>
 */
public enum ConstraintKind {
    /** Every named field is greater than zero. */
    POSITIVE(1),
    /** Every named field is zero or more. */
    NOT_NEGATIVE(1),
    /** The first field is before the second. */
    ORDERED(2),
    /** The first field never exceeds the second. */
    AT_MOST(2),
    /** Rows sharing the first field have no overlapping [second, third) periods. */
    NO_OVERLAP(3),
    /** Rows are never updated or deleted; names no field. */
    APPEND_ONLY(0),
    /** The second field sums to zero over the rows sharing the first field. */
    BALANCED(2),
    /** The field holds one of the constraint's values. */
    ONE_OF(1),
    /** The two fields never hold the same value. */
    DIFFERENT(2),
    /** Distinct values of the second field over the rows sharing the first (a parent reference) before the parent's state. */
    QUORUM(2),
    /** The second field never equals the parent's column (the value) in the row the first field refers to. */
    NOT_PARENTS(2),
    /** A session sees and writes only the rows whose field holds the tenant it acts for. */
    TENANT_ISOLATED(1),
    /** Rows sharing all fields but the last, while the last holds one of the active values, number at most N. */
    ACTIVE_AT_MOST(2);

    private final int fieldCount;

    ConstraintKind(int fieldCount) {
        this.fieldCount = fieldCount;
    }

    /**
     * How many fields the constraint names; {@code POSITIVE} and {@code NOT_NEGATIVE} name one or more, {@code ACTIVE_AT_MOST}
     * two or more.
     *
     * @param fields the number of fields a constraint of this kind names
     * @return whether this kind takes that many fields
     */
    public boolean accepts(int fields) {
        return acceptsFields(fields);
    }

    /**
     * How many values the constraint carries: the allowed values of {@code ONE_OF} (at least one), the parent's status
     * column, state and count of {@code QUORUM} (three), the parent's column of {@code NOT_PARENTS} (one), the count and
     * the active states of {@code ACTIVE_AT_MOST} (two or more), none for the others.
     *
     * @param values the number of values a constraint of this kind carries
     * @return whether this kind takes that many values
     */
    public boolean acceptsValues(int values) {
        return this == ONE_OF ? values >= 1 : this == QUORUM ? values == 3 : this == NOT_PARENTS ? values == 1
                : this == ACTIVE_AT_MOST ? values >= 2 : values == 0;
    }

    private boolean acceptsFields(int fields) {
        return this == POSITIVE || this == NOT_NEGATIVE ? fields >= 1
                : this == ACTIVE_AT_MOST ? fields >= 2
                : this == NO_OVERLAP ? fields == 3 || fields == 4 : fields == fieldCount;
    }
}
