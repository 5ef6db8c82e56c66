package org.typedipc.runtime;

import java.util.List;


/**
 * What a main-side listener learns about a message: who sent it and how to answer. Electron's
 * {@code IpcMainEvent}.
 */
public interface IpcMainEvent {
  /** {@return the renderer the message came from (Electron's {@code event.sender})} */
  Renderer sender();

  /** {@return the frame the message came from; {@link Frame#isDetached()} once it is gone} */
  Frame senderFrame();

  /** {@return the OS process id of the sending renderer} */
  long processId();

  /** {@return the id of the sending frame within its renderer} */
  int frameId();

  /** {@return the channel the message came on} */
  String channel();

  /** {@return whether the renderer sent it with {@code sendSync} and waits for a return value} */
  boolean isSync();

  /**
   * Answers a {@code sendSync}: the renderer's call returns {@code value}. The first value set
   * wins; later ones are ignored. It may be set later, from another thread, within the renderer's
   * deadline. For messages sent with {@code send} it does nothing, as in Electron.
   *
   * @param value the return value; it must be a value that can cross the wire
   * @throws IpcValueException if the value cannot cross the wire; nothing is set
   */
  void setReturnValue(Object value);

  /**
   * Sends a message to the frame that sent this one (Electron's {@code event.reply}); {@code
   * sender().send(…)} would reach the main frame instead.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  void reply(String channel, Object... args);

  /** {@return the ports the renderer posted with {@link IpcRenderer#postMessage}; empty for other messages} */
  default List<MessagePort> ports() {
    return List.of();
  }
}
