package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.time.Duration;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcRendererEvent;

/** What one renderer frame owns: its id, its listeners and whether it is open. */
final class FrameState {
  final RendererClient client;
  final int id;
  final int parentId;
  final ListenerRegistry<ListenerAdapter<IpcRendererEvent>> listeners = new ListenerRegistry<>();
  /** The endpoint with the connection's default deadlines. */
  final FrameEndpoint endpoint;
  private volatile boolean closed;

  FrameState(RendererClient client, int id, int parentId, Duration sendSyncDeadline) {
    this.client = client;
    this.id = id;
    this.parentId = parentId;
    this.endpoint = new FrameEndpoint(this, sendSyncDeadline, null);
  }

  /** Throws Electron's {@code IPC method called after context was released} once closed. */
  void checkOpen() {
    if (closed || client.isClosed()) {
      throw new IpcDisconnectedException(ErrorMessages.contextReleased(describe()));
    }
  }

  boolean isClosed() {
    return closed || client.isClosed();
  }

  void close() {
    closed = true;
    listeners.close(describe());
  }

  String describe() {
    return "frame " + id + " of " + client.label();
  }
}
