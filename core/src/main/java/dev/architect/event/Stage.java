package dev.architect.event;

/**
 * The stages of a consultation, in workflow order: {@code analyze -> (clarify) -> design -> {decisions, components,
 * apis, data, flows, risks, plan} in parallel -> validate}. Each model stage is one structured call (plus repairs);
 * its instructions live in {@code dev/architect/prompts/stages/<id>.md}. {@link #VALIDATE} checks the assembled
 * dossier in code.
 */
public enum Stage {
    /** Reads the request: requirements, assumptions and clarifying questions. */
    ANALYZE("analyze"),
    /** Chooses the architecture style and the C4 containers. */
    DESIGN("design"),
    /** Writes the architecture decision records. */
    DECISIONS("decisions"),
    /** Details each container's components. */
    COMPONENTS("components"),
    /** Writes the API specifications. */
    APIS("apis"),
    /** Writes the data model. */
    DATA("data"),
    /** Writes the sequence diagrams of the main flows. */
    FLOWS("flows"),
    /** Writes the risk register. */
    RISKS("risks"),
    /** Writes the operations plan and the roadmap. */
    PLAN("plan"),
    /** Checks the assembled dossier; no model call. */
    VALIDATE("validate");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /**
     * Lower-case name used in prompts, events, metadata and file names.
     *
     * @return the name, e.g. {@code analyze}
     */
    public String id() {
        return id;
    }

    /**
     * Whether the stage runs in the parallel fan-out after the design.
     *
     * @return true for the seven detail stages
     */
    public boolean isFanOut() {
        return ordinal() >= DECISIONS.ordinal() && ordinal() <= PLAN.ordinal();
    }
}
