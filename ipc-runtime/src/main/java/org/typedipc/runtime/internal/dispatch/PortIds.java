package org.typedipc.runtime.internal.dispatch;

/**
 * The two spaces of port ids on a connection (PROTOCOL.md, "Message ports"). Main numbers its
 * ports below {@link #RENDERER_MADE}; a renderer numbers the pairs it made itself with that bit
 * set, in the order their first end goes to main, so the two can never collide and main learns
 * each renderer pair from the POST that first carries it. In both spaces the other end of port
 * {@code n} is {@code n ^ 1}.
 */
public final class PortIds {
  /** The bit that marks a port id a renderer gave a pair it made. */
  public static final int RENDERER_MADE = 1 << 30;
  /** How many pairs each space has room for. */
  public static final int MAX_PAIRS = RENDERER_MADE >>> 1;

  private PortIds() {}

  /** {@return whether {@code portId} is in a renderer's space} */
  public static boolean isRendererMade(int portId) {
    return (portId & RENDERER_MADE) != 0;
  }

  /** {@return the number of the pair {@code portId} belongs to, in its space} */
  public static int pairNumber(int portId) {
    return (portId & ~RENDERER_MADE) >>> 1;
  }

  /** {@return the id of the first end of a renderer's pair {@code pair}} */
  public static int rendererPair(int pair) {
    return RENDERER_MADE | (pair << 1);
  }
}
