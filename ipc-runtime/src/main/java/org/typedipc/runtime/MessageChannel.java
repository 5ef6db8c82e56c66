package org.typedipc.runtime;

import java.util.Objects;

/**
 * A pair of entangled {@link MessagePort}s a renderer made itself: the DOM's {@code MessageChannel}
 * that an Electron renderer creates with {@code new MessageChannel()}. Both ends start in the
 * renderer and talk to each other there; either may be posted to main with {@link
 * IpcRenderer#postMessage} (and from main on to another renderer), and then carries messages to the
 * other end wherever that is, exactly as an end of a {@link MessageChannelMain} does.
 *
 * <p>It is made by {@link IpcRenderer#createMessageChannel()} rather than a bare constructor
 * because a JVM may hold several renderers (and main): the pair belongs to the renderer whose
 * connection its ends travel over. Creating it needs no round trip to main, as in Electron.
 *
 * <pre>{@code
 * MessageChannel channel = ipcRenderer.createMessageChannel();   // const { port1, port2 } = new MessageChannel()
 * channel.port1().onMessage(event -> System.out.println(event.data()));
 * channel.port1().start();
 * ipcRenderer.postMessage("port", "hello", List.of(channel.port2()));  // main finds it in event.ports()
 * }</pre>
 *
 * @param port1 one end of the pair; its messages arrive at {@code port2}
 * @param port2 the other end of the pair; its messages arrive at {@code port1}
 */
public record MessageChannel(MessagePort port1, MessagePort port2) {
  /**
   * Pairs two ports; {@link IpcRenderer#createMessageChannel()} makes entangled ones.
   *
   * @param port1 one end of the pair
   * @param port2 the other end of the pair
   */
  public MessageChannel {
    Objects.requireNonNull(port1, "port1");
    Objects.requireNonNull(port2, "port2");
  }
}
