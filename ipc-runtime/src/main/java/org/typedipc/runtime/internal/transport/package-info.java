/**
 * The built-in transports — Unix socket, TCP loopback, stdio — each one {@link
 * org.typedipc.runtime.transport.Transport}. Layer: below the user API (which names them through
 * {@code TransportKind}); uses only the transport SPI and the message catalogue.
 */
package org.typedipc.runtime.internal.transport;
