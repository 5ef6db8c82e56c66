package org.typedipc.runtime.internal.renderer;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.internal.dispatch.InvokeHandlers;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/** What one renderer frame owns: its id, its listeners and handlers, and whether it is open. */
final class FrameState {
  final RendererClient client;
  final int id;
  final int parentId;
  final ListenerRegistry<ListenerAdapter<IpcRendererEvent>> listeners = new ListenerRegistry<>();
  final InvokeHandlers<IpcRendererInvokeEvent> handlers = new InvokeHandlers<>();
  /** The endpoint with the connection's default deadlines. */
  final FrameEndpoint endpoint;
  /** Completes once main knows the frame; fails if the frame closes first. */
  final CompletableFuture<IpcRenderer> knownToMain = new CompletableFuture<>();
  private volatile boolean closed;

  FrameState(RendererClient client, int id, int parentId, Duration sendSyncDeadline) {
    this.client = client;
    this.id = id;
    this.parentId = parentId;
    this.endpoint = new FrameEndpoint(this, sendSyncDeadline, null);
    if (parentId == 0) {
      knownToMain.complete(endpoint); // main knows the main frame from the handshake on
    }
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
    handlers.close(describe());
    knownToMain.completeExceptionally(new IpcDisconnectedException(ErrorMessages.frameClosedBeforeMainKnewIt(describe())));
  }

  String describe() {
    return "frame " + id + " of " + client.label();
  }
}
