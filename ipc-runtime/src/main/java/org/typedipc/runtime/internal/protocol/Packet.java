package org.typedipc.runtime.internal.protocol;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.typedipc.runtime.spi.WireReader;

/**
 * One received packet: its type, a reader over its header and its payload. A {@link PacketReader}
 * reuses one instance: type, header and payload are valid until the next packet is read. A small
 * payload stays in the reader's buffer until someone asks for it as an array ({@link #payload()}),
 * so that a reply decoded at once ({@link #payloadArray}, {@link #payloadOffset}, {@link
 * #payloadLength}) takes no copy; a large one was read straight into the reader's direct buffer
 * ({@link #takeDirect}), or, if that was taken or too small, into an exact-size array.
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
  /**
   * The reader's direct buffer a large payload was read into, from its position to its limit, until
   * someone takes it ({@link #takeDirect}); else null. {@link #payload()} copies it out.
   */
  private ByteBuffer direct;

  /** The payload is {@code length} bytes of {@code array} from {@code offset}, until the next read. */
  void payloadIn(byte[] array, int offset, int length) {
    this.direct = null;
    this.payload = null;
    this.claimed = false;
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** The payload is {@code payload}, which the packet owns. */
  void payload(byte[] payload) {
    this.direct = null;
    this.payload = payload;
    this.claimed = false;
    this.array = payload;
    this.offset = 0;
    this.length = payload.length;
  }

  /** The payload is in {@code direct} from its position to its limit, which the packet holds until taken. */
  void payloadIn(ByteBuffer direct) {
    this.direct = direct;
    this.payload = null;
    this.claimed = false;
    this.array = null;
    this.offset = 0;
    this.length = direct.remaining();
  }

  /**
   * The direct buffer the payload is in, which the caller now holds and gives back to the reader
   * ({@link PacketReader#reuse(ByteBuffer)}) once nothing reads it; null if the payload is not in
   * one, or the buffer was taken already.
   */
  ByteBuffer takeDirect() {
    ByteBuffer taken = direct;
    direct = null;
    return taken;
  }

  /** The payload as an array of its own, which outlives the next read: copied on first need. */
  byte[] payload() {
    if (payload == null && direct != null) {
      payload = new byte[length];
      direct.get(direct.position(), payload);
    } else if (payload == null) {
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
