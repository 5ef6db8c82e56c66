/**
 * A renderer's side of the dispatch core: its connection, frames and their {@code IpcRenderer}
 * endpoints, pending calls with their deadlines, and deliveries of main's events (held until the
 * renderer is ready, counted when no listener hears them). It reaches main only through a {@link
 * org.typedipc.runtime.internal.dispatch.MainLink}. Layer: uses dispatch, the loop, the SPI, the
 * user API and the catalogue.
 */
package org.typedipc.runtime.internal.renderer;
