/**
 * The wire protocol over any byte stream: packets and their framing, the handshake, connections
 * with channel interning, heartbeats, a writer thread each and inbound credit, and request tables. It knows no socket: transports hand
 * it a {@link org.typedipc.runtime.transport.ByteStream}. Layer: uses the dispatch core, the
 * transport SPI, the user API and the catalogue; PROTOCOL.md describes the bytes.
 */
package org.typedipc.runtime.internal.protocol;
