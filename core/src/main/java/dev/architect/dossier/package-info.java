/**
 * The dossier a consultation returns: immutable records that check their own invariants, from
 * {@link dev.architect.dossier.Consultation} down to a schema property. {@link dev.architect.dossier.DossierJson}
 * reads and writes it as JSON.
 */
package dev.architect.dossier;
