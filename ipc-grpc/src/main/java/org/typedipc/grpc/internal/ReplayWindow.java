package org.typedipc.grpc.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The chunks most recently sent on a tunnel that may resume, so that after a cut the bytes the peer
 * never got can be sent again on the next call. Without acknowledgements it keeps the last {@code
 * capacity} bytes: more than HTTP/2's window and the sockets' buffers hold in flight, so that a
 * resume falls outside it only when the peer fell that far behind, and then the tunnel ends.
 */
final class ReplayWindow {
  private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
  private final long capacity;
  private long kept;
  /** Bytes sent over the tunnel's life; the window's end. */
  private long sent;

  ReplayWindow(long capacity) {
    this.capacity = capacity;
  }

  /** A chunk went to the peer (not necessarily arrived). */
  void sent(byte[] chunk) {
    chunks.add(chunk);
    kept += chunk.length;
    sent += chunk.length;
    while (kept - chunks.peek().length >= capacity) {
      kept -= chunks.poll().length;
    }
  }

  /**
   * The bytes after the first {@code peerReceived}, as chunks to send again.
   *
   * @return the chunks; null if some of those bytes are no longer kept, or the count is beyond what was sent
   */
  List<byte[]> after(long peerReceived) {
    long start = sent - kept;
    if (peerReceived < start || peerReceived > sent) {
      return null;
    }
    List<byte[]> replay = new ArrayList<>();
    long offset = start;
    for (byte[] chunk : chunks) {
      long end = offset + chunk.length;
      if (end > peerReceived) {
        int skip = (int) Math.max(0, peerReceived - offset);
        replay.add(skip == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, skip, chunk.length));
      }
      offset = end;
    }
    return replay;
  }
}
