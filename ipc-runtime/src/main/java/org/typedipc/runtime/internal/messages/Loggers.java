package org.typedipc.runtime.internal.messages;

/**
 * The runtime's loggers, one per area, so that a user can route or silence each on its own. The
 * names are public (README, "Logging"); every runtime class logs through the logger of its area.
 */
public final class Loggers {
  private Loggers() {}

  /** The prefix of every logger name: configuring it configures them all. */
  public static final String ROOT_NAME = "org.typedipc.runtime";

  /** Main's side: handlers and listeners in main, renderers connecting and going. */
  public static final System.Logger MAIN = System.getLogger(ROOT_NAME + ".main");

  /** A renderer's side: its handlers and listeners, messages main sends it. */
  public static final System.Logger RENDERER = System.getLogger(ROOT_NAME + ".renderer");

  /** Connections: the wire protocol, handshakes, transports and the loops that deliver messages. */
  public static final System.Logger WIRE = System.getLogger(ROOT_NAME + ".wire");

  /** Renderer processes: launching, supervising, restarting and ending them. */
  public static final System.Logger LAUNCH = System.getLogger(ROOT_NAME + ".launch");
}
