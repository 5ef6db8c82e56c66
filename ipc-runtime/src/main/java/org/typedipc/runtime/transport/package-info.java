/**
 * The transport SPI: how bytes travel between main and renderer processes. Implement {@link
 * org.typedipc.runtime.transport.Transport} to add one; the runtime's protocol, authentication and
 * dispatch work over it unchanged.
 *
 * <p>Layer: depends on the JDK alone, so that the user API can name transports. Applications that
 * only use the built-in transports never import it.
 */
package org.typedipc.runtime.transport;
