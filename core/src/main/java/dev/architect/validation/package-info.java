/**
 * Cross-part checks of a dossier: {@link dev.architect.validation.DossierValidator} reports every reference to an
 * element that does not exist, plus warnings a reviewing architect would raise, each with its JSON path.
 */
package dev.architect.validation;
