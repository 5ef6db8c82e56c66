package org.typedipc.web.internal;

import java.nio.ByteBuffer;

/**
 * Follows where the page's packets begin and end in its byte stream (a 6-byte preamble, then
 * packets with a {@code u32} length), so that the transport knows when it may slip in a packet of
 * its own between two of the page's, and how many bytes came before the handshake's answer.
 */
final class PacketBoundaries {
  private static final int PREAMBLE = 6;

  private long total;
  private int lengthBytesSeen;
  private int length;
  private long bodyLeft;
  private int packets;

  /** Advances over {@code payload} without consuming it. */
  void advance(ByteBuffer payload) {
    int p = payload.position();
    int end = payload.limit();
    while (p < end) {
      if (total < PREAMBLE) {
        int n = (int) Math.min(PREAMBLE - total, end - p);
        total += n;
        p += n;
      } else if (bodyLeft > 0) {
        int n = (int) Math.min(bodyLeft, end - p);
        bodyLeft -= n;
        total += n;
        p += n;
        if (bodyLeft == 0) {
          packets++;
        }
      } else {
        length = (length << 8) | (payload.get(p) & 0xFF);
        p++;
        total++;
        if (++lengthBytesSeen == 4) {
          bodyLeft = Integer.toUnsignedLong(length);
          lengthBytesSeen = 0;
          length = 0;
          if (bodyLeft == 0) {
            packets++;
          }
        }
      }
    }
  }

  /** Whether the stream stands between two whole packets, after at least one (the HELLO). */
  boolean betweenPackets() {
    return packets > 0 && bodyLeft == 0 && lengthBytesSeen == 0;
  }

  /** Whether the first packet (the HELLO) has arrived whole. */
  boolean firstPacketWhole() {
    return packets > 0;
  }

  long totalBytes() {
    return total;
  }
}
