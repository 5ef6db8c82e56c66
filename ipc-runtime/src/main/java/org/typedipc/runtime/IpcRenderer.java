package org.typedipc.runtime;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One frame's endpoint in a renderer: Electron's {@code ipcRenderer}.
 *
 * <p>Everything one frame sends ({@code send}, {@code sendSync}, {@code invoke}) starts in main in
 * call order, and everything main sends to the frame arrives in send order. Listeners run one at a
 * time per renderer and never inside another listener or inside a call of this renderer.
 *
 * <pre>{@code
 * ipcRenderer.on("asynchronous-reply", (event, args) -> System.out.println(args[0])); // "pong"
 * ipcRenderer.send("asynchronous-message", "ping");
 * Object reply = ipcRenderer.sendSync("synchronous-message", "ping");
 * CompletableFuture<Object> result = ipcRenderer.invoke("my-invokable-ipc", "ping");
 * }</pre>
 *
 * <p>After its renderer closes every method throws {@link IpcDisconnectedException} with
 * Electron's {@code IPC method called after context was released}.
 */
public interface IpcRenderer extends AutoCloseable {
  /**
   * Sends a message to main's listeners on {@code channel}. The message is queued for the
   * connection's writer thread and the call returns at once, unless main is far behind: while more
   * than {@link ConnectionSettings#maxBufferedBytes()} (16 MiB by default) wait to be written —
   * main's listeners take messages slower than this renderer sends them, so main stopped reading —
   * the call blocks until main has read enough. It blocks only while main reads nothing for less
   * than {@link ConnectionSettings#drainTimeout()} (10 s by default): past that the connection is
   * closed as unresponsive and this throws {@link IpcDisconnectedException}. An embedded renderer
   * never blocks.
   *
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   * @throws IpcDisconnectedException if the connection is closed, or closes while the call waits
   */
  void send(String channel, Object... args);

  /**
   * Sends a message and blocks until a listener in main sets {@link
   * IpcMainEvent#setReturnValue(Object)}, at most for the sendSync deadline (30 s by default).
   *
   * @return the value main set
   * @throws IpcNoHandlerException at once if main has no listener for the channel
   * @throws IpcTimeoutException if no listener set a value within the deadline
   * @throws IllegalStateException if called from inside an IPC listener, where it would deadlock
   */
  Object sendSync(String channel, Object... args);

  /**
   * Calls main's handler for {@code channel}.
   *
   * @return the handler's result; fails with {@link IpcRemoteException} if the handler failed,
   *     {@link IpcNoHandlerException} if there is none, {@link IpcTimeoutException} after a
   *     deadline and {@link IpcDisconnectedException} if the connection closes first. Cancelling
   *     the future tells main's handler ({@link IpcMainInvokeEvent#isCancelled()}).
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  CompletableFuture<Object> invoke(String channel, Object... args);

  /**
   * Opens a stream from main's {@link IpcMainScope#handleStream handleStream} handler for {@code
   * channel}, once per subscriber. Demand crosses the wire: main's publisher is asked for exactly
   * what the subscriber requests, so a slow subscriber never holds more items than it requested.
   * Items arrive in order, one at a time on a delivery thread; {@code onComplete} or {@code
   * onError} follows the last one: {@link IpcRemoteException} with Electron's text if the
   * publisher failed, {@link IpcNoHandlerException} if main has no handler, {@link
   * IpcDisconnectedException} as soon as main or this frame is gone. {@code cancel()} reaches
   * main's publisher.
   *
   * <pre>{@code
   * ipcRenderer.stream("search", "needle").subscribe(new Flow.Subscriber<>() {
   *   Flow.Subscription subscription;
   *   public void onSubscribe(Flow.Subscription s) { subscription = s; s.request(16); }
   *   public void onNext(Object hit) { show(hit); subscription.request(1); }
   *   public void onError(Throwable failure) { report(failure); }
   *   public void onComplete() { done(); }
   * });
   * }</pre>
   *
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(String channel, Object... args);

  /**
   * Like {@link #stream(String, Object...)}, ended with {@link IpcTimeoutException} (and main's
   * publisher cancelled) when no item comes for {@code idleDeadline} while items are requested.
   */
  Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args);

  /**
   * Sets this frame's producer of main's streams on {@code channel} ({@link Renderer#stream(String,
   * Object...)}); the rules of {@link #handle} hold, and of {@link IpcMainStreamHandler} for the
   * publisher.
   *
   * @return closing it removes exactly this handler
   */
  default Registration handleStream(String channel, IpcRendererStreamHandler handler) {
    return handle(channel, handler == null ? null : handler::handle);
  }

  /** Adds a listener for messages main sends to this frame on {@code channel}. */
  Registration on(String channel, IpcRendererListener listener);

  /** Same as {@link #on(String, IpcRendererListener)}. */
  Registration addListener(String channel, IpcRendererListener listener);

  /** Adds a listener that is removed before it runs for the first message. */
  Registration once(String channel, IpcRendererListener listener);

  /** Removes one registration of {@code listener}, the most recent; a no-op if absent. */
  void off(String channel, IpcRendererListener listener);

  /** Same as {@link #off(String, IpcRendererListener)}. */
  void removeListener(String channel, IpcRendererListener listener);

  /** Removes every listener of {@code channel}. */
  void removeAllListeners(String channel);

  /** Removes every listener of every channel. */
  void removeAllListeners();

  /**
   * Sets this frame's handler for main's {@code renderer.invoke} / {@code frame.invoke} on {@code
   * channel}, as {@code ipcMain.handle} does in main: one handler per channel and frame.
   *
   * <pre>{@code
   * ipcRenderer.handle("word-count", (event, args) -> countWords((String) args[0]));
   * // in main:
   * CompletableFuture<Object> count = renderer.invoke("word-count", "notes.txt");
   * }</pre>
   *
   * @return closing it removes exactly this handler
   * @throws IllegalStateException with Electron's {@code Attempted to register a second handler for
   *     '<channel>'} if the channel has a handler
   */
  Registration handle(String channel, IpcRendererHandler handler);

  /** Like {@link #handle}, but the handler is removed before it runs for the first invoke. */
  Registration handleOnce(String channel, IpcRendererHandler handler);

  /** Removes the handler of {@code channel}; a no-op if it has none. */
  void removeHandler(String channel);

  /** The channels that have at least one listener. */
  Set<String> eventNames();

  /** How many listeners {@code channel} has. */
  int listenerCount(String channel);

  /**
   * A view of this endpoint whose {@code sendSync} and {@code invoke} calls are bounded by {@code
   * deadline}; listeners are shared with this endpoint.
   */
  IpcRenderer withDeadline(Duration deadline);

  /** This frame's id within its renderer. */
  int frameId();

  /** Whether this is the renderer's main frame. */
  boolean isMainFrame();

  /** Whether this frame or its renderer connection is closed. */
  boolean isClosed();

  /**
   * Closes this frame: main drops its scope and its pending calls fail. Closing the main frame
   * closes the whole renderer connection.
   */
  @Override
  void close();
}
