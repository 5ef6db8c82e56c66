package org.typedipc.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.typedipc.runtime.transport.PeerIdentity;

/**
 * Main's handle of one connected renderer: Electron's {@code webContents}. A renderer hosts one
 * main frame and any number of subframes, each with its own {@link IpcRenderer}.
 */
public interface Renderer {
  /** {@return the id main gave this renderer, unique for the life of its {@link IpcMain}} */
  int id();

  /** {@return the OS process id of the renderer: this JVM's for an embedded renderer} */
  long processId();

  /**
   * Who the transport verified this renderer to be, before it could send anything: with mutual TLS
   * (the gRPC transport's {@code requiringRendererCertificates}), its certificate's subject,
   * alternative names and chain. The renderer cannot claim it; a handler can rest decisions on it.
   *
   * <pre>{@code
   * ipcMain.handle("publish", (event, args) -> event.sender().peerIdentity()
   *     .filter(peer -> peer.subject().equals("CN=publisher,O=Example"))
   *     .map(peer -> publish(args))
   *     .orElseThrow(() -> new IllegalStateException("only the publisher may publish")));
   * }</pre>
   *
   * @return the verified identity; empty on transports without one (plain text, TLS without a
   *     renderer certificate, Unix sockets, standard streams, embedded renderers)
   */
  Optional<PeerIdentity> peerIdentity();

  /** {@return the renderer's main frame} */
  Frame mainFrame();

  /** {@return the renderer's frames now, the main frame first} */
  List<Frame> frames();

  /**
   * The frame with this id, if the renderer has it now.
   *
   * @param frameId the frame's id, as {@link IpcMainEvent#frameId()} gives it
   * @return the frame; empty if the renderer has no such frame now
   */
  Optional<Frame> frame(int frameId);

  /**
   * Sends a message to the main frame's listeners on {@code channel}. It is queued for the
   * connection's writer thread. When more than {@link ConnectionSettings#maxBufferedBytes()} wait
   * for this renderer (or {@link ConnectionSettings#totalBufferedBytes()} for all renderers), an
   * application thread blocks until the renderer read enough; inside a listener or handler, which
   * runs on main's loop, nothing blocks: the renderer is disconnected as {@link
   * RendererGone.Reason#UNRESPONSIVE} and this throws {@link IpcDisconnectedException}.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   * @throws IpcDisconnectedException if the renderer is closed, or is disconnected as above
   */
  void send(String channel, Object... args);

  /**
   * Posts {@code message} with {@code ports} (Electron's {@code webContents.postMessage}); the
   * listeners of {@code channel} find the ports in {@code event.ports()} and the message as their
   * only argument. The ports are neutered here.
   *
   * @param channel the channel the renderer's listeners are on
   * @param message the message, their only argument
   * @param ports the ports to transfer; they cannot be used here afterwards
   * @throws IpcValueException if the message cannot cross the wire; nothing is sent
   * @throws IllegalArgumentException if a port is null, repeated, closed or posted already, or there
   *     are more than 64 ports; nothing is sent
   */
  void postMessage(String channel, Object message, List<MessagePort> ports);

  /**
   * Sends a message to one frame.
   *
   * @param frameId the frame's id within this renderer
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return {@code false} if the renderer has no such frame, and nothing was sent
   */
  boolean sendToFrame(int frameId, String channel, Object... args);

  /**
   * Calls the main frame's handler for {@code channel} ({@link IpcRenderer#handle}), within the
   * deadline configured for the channel ({@link IpcMainOptions#withRendererInvokeDeadline(String,
   * Duration)}), else this renderer's ({@link #setInvokeDeadline}), else main's (30 s by default).
   *
   * <pre>{@code
   * renderer.invoke("word-count", "notes.txt").thenAccept(count -> System.out.println(count));
   * }</pre>
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return the handler's result; fails with {@link IpcRemoteException} if the handler failed,
   *     {@link IpcNoHandlerException} if there is none, {@link IpcTimeoutException} after the
   *     deadline and {@link IpcDisconnectedException} as soon as the renderer is gone. Cancelling
   *     the future tells the handler ({@link IpcRendererInvokeEvent#isCancelled()}).
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  CompletableFuture<Object> invoke(String channel, Object... args);

  /**
   * Like {@link #invoke(String, Object...)}, bounded by {@code deadline}, which must be positive.
   *
   * @param deadline the longest the call waits for the handler's result
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return the handler's result, failing as {@link #invoke(String, Object...)} describes
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  CompletableFuture<Object> invoke(Duration deadline, String channel, Object... args);

  /**
   * Opens a stream from the main frame's {@link IpcRenderer#handleStream handleStream} handler for {@code
   * channel}, once per subscriber, with the rules of {@link IpcRenderer#stream(String, Object...)}
   * in this direction: demand crosses the wire, the renderer's going away fails it with {@link
   * IpcDisconnectedException}, and {@code cancel()} reaches the renderer's publisher.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return a publisher that opens one stream per subscriber
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(String channel, Object... args);

  /**
   * Like {@link #stream(String, Object...)}, ended with {@link IpcTimeoutException} after {@code
   * idleDeadline} without an item while items are requested.
   *
   * @param idleDeadline the longest the stream waits for an item while items are requested
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return a publisher that opens one stream per subscriber
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args);

  /**
   * Bounds main's invokes of this renderer by {@code deadline}, which must be positive, on
   * channels without a deadline of their own ({@link IpcMainOptions#withRendererInvokeDeadline(String,
   * Duration)}); a deadline given with the call comes first. Applies to invokes made from now on.
   *
   * @param deadline the longest main's invokes of this renderer wait
   */
  void setInvokeDeadline(Duration deadline);

  /** {@return the scope of listeners and handlers for messages from this renderer only} */
  IpcMainScope ipc();

  /**
   * Adds a hook that sees every message from any frame of this renderer before the scopes do
   * (Electron's {@code 'ipc-message'} and {@code 'ipc-message-sync'}); it counts as a listener.
   *
   * @param hook receives each message with its channel and arguments
   * @return closing it removes the hook
   */
  Registration onIpcMessage(IpcMessageHook hook);

  /** {@return whether the renderer is closed or gone} */
  boolean isClosed();

  /** {@return a stage that completes once the renderer is gone, saying why} */
  CompletionStage<RendererGone> whenGone();

  /** Closes the renderer from main: its pending calls fail and its scopes are dropped. */
  void close();

  /**
   * What this renderer and main have sent each other so far, and what is pending now.
   *
   * @return a snapshot of this renderer's counters, taken now
   */
  IpcStats stats();
}
