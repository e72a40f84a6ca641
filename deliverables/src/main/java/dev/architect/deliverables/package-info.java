/**
 * Turns a {@link dev.architect.dossier.Consultation} into files: {@link dev.architect.deliverables.DossierWriter}
 * writes the whole dossier folder, {@link dev.architect.deliverables.document.Deliverable} is one file of it. The renderer of
 * each format lives in the sub-package named for it ({@code markdown}, {@code plantuml}, {@code openapi},
 * {@code sql}, {@code structurizr}, {@code html}, {@code json}); everything a model wrote is escaped for each format.
 */
package dev.architect.deliverables;
