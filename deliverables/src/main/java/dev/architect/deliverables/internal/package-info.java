/** Escaping, slug and identifier helpers shared by the renderers. Not API: may change in any release. */
package dev.architect.deliverables.internal;
