package org.typedipc.runtime;

/**
 * One end of a {@link MessageChannelMain}: Electron's {@code MessagePortMain} in main and the DOM
 * {@code MessagePort} in a renderer. A port travels to a renderer with {@link
 * Renderer#postMessage} or {@link Frame#postMessage}, and back to main (or on to another renderer
 * through main) with {@link IpcRenderer#postMessage}; the receiver finds it in the event's {@code
 * ports()}. A port that was posted is neutered: it may not be used again where it was.
 *
 * <p>Messages that arrive before {@link #start()} wait and are delivered, in order, once it is
 * called. Listeners run one message at a time; in a renderer on the renderer's loop.
 *
 * <pre>{@code
 * MessageChannelMain channel = new MessageChannelMain();
 * renderer.postMessage("port", null, List.of(channel.port2()));
 * channel.port1().onMessage(event -> System.out.println(event.data()));
 * channel.port1().onClose(() -> System.out.println("the renderer let go"));
 * channel.port1().start();
 * }</pre>
 */
public interface MessagePort {
  /**
   * Sends {@code message} to the other end; a value follows the rules of every other message (it
   * is copied). Once either end is closed the message is dropped, as in Electron.
   *
   * @param message the message; a value that can cross the wire
   * @throws IpcValueException if the message cannot cross the wire; nothing is sent
   * @throws IllegalStateException if this port was posted elsewhere (it is neutered)
   */
  void postMessage(Object message);

  /**
   * Adds a listener of the messages of the other end.
   *
   * @param listener receives each message once the port is started
   * @return closing it removes the listener
   */
  Registration onMessage(MessagePortListener listener);

  /**
   * Adds a listener that runs once when the other end goes away: it was closed, or the process
   * that held it closed its connection, was killed or crashed.
   *
   * @param listener runs once, on the close
   * @return closing it removes the listener
   */
  Registration onClose(Runnable listener);

  /** Starts delivering messages, those that waited first. Calling it again does nothing. */
  void start();

  /** Disentangles the pair: the other end gets its close event. Calling it again does nothing. */
  void close();

  /** {@return whether this end is closed, its other end went away, or it was posted elsewhere} */
  boolean isClosed();
}
