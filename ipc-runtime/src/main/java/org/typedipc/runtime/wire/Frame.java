package org.typedipc.runtime.wire;

import org.typedipc.runtime.codec.WireReader;

/**
 * One received frame: its type, a reader over its header (valid until the next frame is read) and
 * its payload, which the frame owns (it was read straight into an exact-size array, so it is
 * handed on without a copy).
 */
final class Frame {
  final FrameType type;
  final WireReader header;
  final byte[] payload;

  Frame(FrameType type, WireReader header, byte[] payload) {
    this.type = type;
    this.header = header;
    this.payload = payload;
  }
}
