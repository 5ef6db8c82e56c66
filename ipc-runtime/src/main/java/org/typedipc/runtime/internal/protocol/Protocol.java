package org.typedipc.runtime.internal.protocol;

import org.typedipc.runtime.internal.dispatch.PortEnd;

/** The constants of the wire protocol; PROTOCOL.md describes it. */
public final class Protocol {
  private Protocol() {}

  /** "TIPC": the first bytes each side writes. */
  public static final int MAGIC = 0x54495043;

  /** The protocol version this runtime speaks. */
  public static final int VERSION = 5;

  /** Magic and version. */
  public static final int PREAMBLE_BYTES = 6;

  /** The most ports one POST may carry. */
  public static final int MAX_PORTS_PER_POST = PortEnd.MAX_PORTS_PER_MESSAGE;

  /** The size of the authentication secret of TCP connections. */
  public static final int SECRET_BYTES = 32;
}
