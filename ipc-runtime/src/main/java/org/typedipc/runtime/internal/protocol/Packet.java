package org.typedipc.runtime.internal.protocol;

import java.util.Arrays;
import org.typedipc.runtime.spi.WireReader;

/**
 * One received packet: its type, a reader over its header and its payload. A {@link PacketReader}
 * reuses one instance: type, header and payload are valid until the next packet is read. A small
 * payload stays in the reader's buffer until someone asks for it as an array ({@link #payload()}),
 * so that a reply decoded at once ({@link #payloadArray}, {@link #payloadOffset}, {@link
 * #payloadLength}) takes no copy; a large one was read straight into an exact-size array.
 */
final class Packet {
  private static final byte[] EMPTY = {};

  PacketType type;
  final WireReader header = new WireReader(EMPTY);
  private byte[] payload;
  /** Whether {@link #payload()} gave the payload out as an array of its own. */
  private boolean claimed;
  private byte[] array;
  private int offset;
  private int length;

  /** The payload is {@code length} bytes of {@code array} from {@code offset}, until the next read. */
  void payloadIn(byte[] array, int offset, int length) {
    this.payload = null;
    this.claimed = false;
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** The payload is {@code payload}, which the packet owns. */
  void payload(byte[] payload) {
    this.payload = payload;
    this.claimed = false;
    this.array = payload;
    this.offset = 0;
    this.length = payload.length;
  }

  /** The payload as an array of its own, which outlives the next read: copied on first need. */
  byte[] payload() {
    if (payload == null) {
      payload = length == 0 ? EMPTY : Arrays.copyOfRange(array, offset, offset + length);
    }
    claimed = true;
    return payload;
  }

  /**
   * The array of its own a large payload was read into, if nobody claimed it ({@link #payload()}):
   * once whoever read the payload in place is done, it may go back to the reader ({@link
   * PacketReader#reuse}). Null for a payload read into the reader's buffer, or claimed.
   */
  byte[] unclaimedArray() {
    return claimed ? null : payload;
  }

  /** The array the payload is in, valid until the next read; see {@link #payloadOffset}. */
  byte[] payloadArray() {
    return array;
  }

  int payloadOffset() {
    return offset;
  }

  int payloadLength() {
    return length;
  }
}
