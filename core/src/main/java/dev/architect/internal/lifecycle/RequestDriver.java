package dev.architect.internal.lifecycle;

import dev.architect.request.ConsultationRequest;
import java.util.function.Function;

/**
 * A part of the request that can drive a decision, named as the request's field. Comparing two requests part by part
 * tells which drivers moved; {@code lifecycle/topic-drivers.yaml} says which parts drive which decision topic.
 */
public enum RequestDriver {
    DESCRIPTION("description", ConsultationRequest::description),
    GOALS("goals", ConsultationRequest::goals),
    ACTORS("actors", ConsultationRequest::actors),
    CAPABILITIES("capabilities", ConsultationRequest::capabilities),
    INTEGRATIONS("integrations", ConsultationRequest::integrations),
    LOAD("load", ConsultationRequest::load),
    DATA("data", ConsultationRequest::data),
    LATENCY("latency", ConsultationRequest::latency),
    AVAILABILITY("availability", ConsultationRequest::availability),
    COMPLIANCE("compliance", ConsultationRequest::compliance),
    BUDGET("budget", ConsultationRequest::budget),
    TEAM("team", ConsultationRequest::team),
    DEPLOYMENT("deployment", ConsultationRequest::deployment),
    CONSTRAINTS("constraints", ConsultationRequest::constraints),
    EXISTING_SYSTEM("existingSystem", ConsultationRequest::existingSystem);

    private final String field;
    private final Function<ConsultationRequest, Object> value;

    RequestDriver(String field, Function<ConsultationRequest, Object> value) {
        this.field = field;
        this.value = value;
    }

    /** The request field, as a request file spells it. */
    public String field() {
        return field;
    }

    /** Its value in {@code request}: a record, list or text whose equality is the field's. */
    Object valueIn(ConsultationRequest request) {
        return value.apply(request);
    }

    static RequestDriver ofField(String field) {
        for (RequestDriver d : values()) {
            if (d.field.equals(field)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no request field '" + field + "'");
    }
}
