/**
 * How an architecture changes when its requirements do: {@link dev.architect.change.DossierDiff} lists what differs
 * between two dossiers (decisions new and superseded, containers and relationships, API operations with breaking
 * changes called out, data-model migration steps, cost at months 1 and 36, risks, roadmap). {@code
 * Architect.reconsult} produces the newer dossier so that what still holds keeps its ids and text.
 */
package dev.architect.change;
