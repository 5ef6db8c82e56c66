package org.typedipc.runtime;

/**
 * A pair of entangled {@link MessagePort}s: what is posted on one arrives at the other, wherever
 * each has been sent. Electron's {@code MessageChannelMain}.
 *
 * <pre>{@code
 * MessageChannelMain channel = new MessageChannelMain();
 * first.postMessage("port", null, List.of(channel.port1()));   // two renderers now talk
 * second.postMessage("port", null, List.of(channel.port2()));  // through the pair
 * }</pre>
 */
public final class MessageChannelMain {
  private final MessagePort port1;
  private final MessagePort port2;

  /** Creates a pair of ports in this process. */
  public MessageChannelMain() {
    MessagePort[] pair = IpcRuntime.get().createMessageChannel();
    this.port1 = pair[0];
    this.port2 = pair[1];
  }

  /** {@return one end of the pair; its messages arrive at {@link #port2()}} */
  public MessagePort port1() {
    return port1;
  }

  /** {@return the other end of the pair; its messages arrive at {@link #port1()}} */
  public MessagePort port2() {
    return port2;
  }
}
