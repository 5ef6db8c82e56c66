package org.typedipc.runtime.internal.protocol;

import org.typedipc.runtime.spi.WireReader;

/**
 * One received packet: its type, a reader over its header and its payload, which the packet owns
 * (it was read straight into an exact-size array, so it is handed on without a copy). A {@link
 * PacketReader} reuses one instance: type and header are valid until the next packet is read.
 */
final class Packet {
  PacketType type;
  final WireReader header = new WireReader(new byte[0]);
  byte[] payload;
}
