package org.typedipc.runtime.conformance;

import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.testing.Waits.Inbox;

/** Listeners on string channels that collect what arrives for the test thread to take. */
final class Inboxes {
  /** A main listener that ignores what arrives, for tests that only need one to be registered. */
  static final IpcMainListener IGNORE = (event, args) -> {};

  private Inboxes() {}

  /** A message a main listener received. */
  record MainMessage(IpcMainEvent event, Object[] args) {}

  /** A message a renderer listener received. */
  record RendererMessage(IpcRendererEvent event, Object[] args) {}

  /** A listener on {@code scope} that collects what arrives on {@code channel}. */
  static Inbox<MainMessage> listen(IpcMainScope scope, String channel) {
    Inbox<MainMessage> inbox = new Inbox<>();
    scope.on(channel, (event, args) -> inbox.add(new MainMessage(event, args)));
    return inbox;
  }

  /** A listener on {@code frame} that collects what arrives on {@code channel}. */
  static Inbox<RendererMessage> listen(IpcRenderer frame, String channel) {
    Inbox<RendererMessage> inbox = new Inbox<>();
    frame.on(channel, (event, args) -> inbox.add(new RendererMessage(event, args)));
    return inbox;
  }
}
