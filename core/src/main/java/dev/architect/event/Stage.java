package dev.architect.event;

/**
 * The stages of a consultation, in workflow order: {@code analyze -> (clarify) -> design -> {decisions, components,
 * apis, data, flows, risks, plan} in parallel -> validate}. Each model stage is one structured call (plus repairs);
 * its instructions live in {@code dev/architect/prompts/stages/<id>.md}. {@link #VALIDATE} checks the assembled
 * dossier in code.
 */
public enum Stage {
    ANALYZE("analyze"),
    DESIGN("design"),
    DECISIONS("decisions"),
    COMPONENTS("components"),
    APIS("apis"),
    DATA("data"),
    FLOWS("flows"),
    RISKS("risks"),
    PLAN("plan"),
    VALIDATE("validate");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** Lower-case name used in prompts, events, metadata and file names. */
    public String id() {
        return id;
    }

    /** Whether the stage runs in the parallel fan-out after the design. */
    public boolean isFanOut() {
        return ordinal() >= DECISIONS.ordinal() && ordinal() <= PLAN.ordinal();
    }
}
