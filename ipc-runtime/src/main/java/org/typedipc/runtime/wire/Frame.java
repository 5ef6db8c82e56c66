package org.typedipc.runtime.wire;

import org.typedipc.runtime.codec.WireReader;

/**
 * One received frame: its type, a reader over its header and its payload, which the frame owns
 * (it was read straight into an exact-size array, so it is handed on without a copy). A {@link
 * FrameReader} reuses one instance: type and header are valid until the next frame is read.
 */
final class Frame {
  FrameType type;
  final WireReader header = new WireReader(new byte[0]);
  byte[] payload;
}
