/**
 * The deliverables a dossier is rendered into, as immutable values: a sealed
 * {@link dev.architect.deliverables.document.Deliverable} per format (Markdown, PlantUML, SVG, OpenAPI, SQL,
 * Structurizr, HTML, JSON), each with a safe relative path, and {@link
 * dev.architect.deliverables.document.DeliverableException} for a deliverable that cannot be made.
 */
package dev.architect.deliverables.document;
