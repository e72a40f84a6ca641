package dev.architect.request.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of names whose entries a document may also write as records carrying a {@code name} and more, e.g.
 * {@code capabilities: [accounts, {name: search, share: 0.8}]}. The component keeps the names; the records that state
 * more than a name go to the component {@link #into()} names, which is no document field of its own. One declaration
 * serves the reader, the schema and the JSON form.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NamesOr {
    /**
     * The record an entry may be written as; it has a {@code name} component.
     *
     * @return the entry's record type
     */
    Class<? extends Record> value();

    /**
     * The component of the same record that keeps the entries written as records.
     *
     * @return the component's name
     */
    String into();
}
