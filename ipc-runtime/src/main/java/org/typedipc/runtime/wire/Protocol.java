package org.typedipc.runtime.wire;

/** The constants of the wire protocol; PROTOCOL.md describes it. */
final class Protocol {
  private Protocol() {}

  /** "TIPC": the first bytes each side writes. */
  static final int MAGIC = 0x54495043;

  /** The protocol version this runtime speaks. */
  static final int VERSION = 1;

  /** Magic and version. */
  static final int PREAMBLE_BYTES = 6;

  /** The size of the authentication secret of TCP connections. */
  static final int SECRET_BYTES = 32;
}
