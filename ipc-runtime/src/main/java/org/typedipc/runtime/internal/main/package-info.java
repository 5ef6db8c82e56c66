/**
 * Main's side of the dispatch core: the global and scoped registries, main's loop, each
 * renderer's session and frames, and the deliveries of messages and invokes. Renderers in this JVM
 * are embedded here directly; renderer processes come through {@link
 * org.typedipc.runtime.internal.main.RendererProcesses}, which main receives. Layer: may use the
 * renderer side (for embedded renderers), dispatch, the loop, the SPI, the user API and the catalogue.
 */
package org.typedipc.runtime.internal.main;
