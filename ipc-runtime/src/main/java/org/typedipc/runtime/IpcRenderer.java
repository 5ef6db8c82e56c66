package org.typedipc.runtime;

import java.time.Duration;
import java.util.List;
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
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   * @throws IpcDisconnectedException if the connection is closed, or closes while the call waits
   */
  void send(String channel, Object... args);

  /**
   * Sends a message and blocks until a listener in main sets {@link
   * IpcMainEvent#setReturnValue(Object)}, at most for the sendSync deadline (30 s by default).
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return the value main set
   * @throws IpcNoHandlerException at once if main has no listener for the channel
   * @throws IpcTimeoutException if no listener set a value within the deadline
   * @throws IllegalStateException if called from inside an IPC listener, where it would deadlock
   */
  Object sendSync(String channel, Object... args);

  /**
   * Calls main's handler for {@code channel}.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
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
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return a publisher that opens one stream per subscriber
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(String channel, Object... args);

  /**
   * Like {@link #stream(String, Object...)}, ended with {@link IpcTimeoutException} (and main's
   * publisher cancelled) when no item comes for {@code idleDeadline} while items are requested.
   *
   * @param idleDeadline the longest the stream waits for an item while items are requested
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return a publisher that opens one stream per subscriber
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args);

  /**
   * Sets this frame's producer of main's streams on {@code channel} ({@link Renderer#stream(String,
   * Object...)}); the rules of {@link #handle} hold, and of {@link IpcMainStreamHandler} for the
   * publisher.
   *
   * @param channel the channel name
   * @param handler returns the publisher of each stream main opens
   * @return closing it removes exactly this handler
   * @throws IllegalStateException with Electron's {@code Attempted to register a second handler for
   *     '<channel>'} if the channel has a handler
   */
  default Registration handleStream(String channel, IpcRendererStreamHandler handler) {
    return handle(channel, handler == null ? null : handler::handle);
  }

  /**
   * Posts {@code message} with {@code ports} (Electron's {@code ipcRenderer.postMessage}); the
   * listeners of {@code channel} find the ports in {@code event.ports()} and the message as their
   * only argument. The ports are neutered here.
   *
   * @param channel the channel main's listeners are on
   * @param message the message, their only argument
   * @param ports the ports to transfer; they cannot be used here afterwards
   * @throws IpcValueException if the message cannot cross the wire; nothing is sent
   * @throws IllegalArgumentException if a port is null, repeated, closed or posted already, or there
   *     are more than 64 ports; nothing is sent
   */
  void postMessage(String channel, Object message, List<MessagePort> ports);

  /**
   * Makes a pair of entangled ports in this renderer: Electron's {@code new MessageChannel()} in a
   * renderer. The pair needs no round trip to main: until one of its ends is posted, messages and
   * the close pass between the two ends here. Post either end with {@link #postMessage} to main
   * (or through main to another renderer) and it talks to the end that stayed, as a port of a
   * {@link MessageChannelMain} does. A pair neither of whose ends was posted lives as long as
   * either end is reachable, and is not tied to this renderer's connection.
   *
   * <pre>{@code
   * MessageChannel channel = ipcRenderer.createMessageChannel();
   * channel.port1().onMessage(event -> System.out.println(event.data()));
   * channel.port1().start();
   * ipcRenderer.postMessage("port", null, List.of(channel.port2()));
   * }</pre>
   *
   * @return the new pair, both ends held here
   * @throws IpcDisconnectedException if this renderer is closed
   */
  MessageChannel createMessageChannel();

  /**
   * Adds a listener for messages main sends to this frame on {@code channel}.
   *
   * @param channel the channel name
   * @param listener receives each message's event and arguments
   * @return closing it removes exactly this listener
   */
  Registration on(String channel, IpcRendererListener listener);

  /**
   * Same as {@link #on(String, IpcRendererListener)}.
   *
   * @param channel the channel name
   * @param listener receives each message's event and arguments
   * @return closing it removes exactly this listener
   */
  Registration addListener(String channel, IpcRendererListener listener);

  /**
   * Adds a listener that is removed before it runs for the first message.
   *
   * @param channel the channel name
   * @param listener receives the first message's event and arguments
   * @return closing it removes the listener if it has not run yet
   */
  Registration once(String channel, IpcRendererListener listener);

  /**
   * Removes one registration of {@code listener}, the most recent; a no-op if absent.
   *
   * @param channel the channel the listener was added on
   * @param listener the listener, as it was passed to {@link #on} or {@link #once}
   */
  void off(String channel, IpcRendererListener listener);

  /**
   * Same as {@link #off(String, IpcRendererListener)}.
   *
   * @param channel the channel the listener was added on
   * @param listener the listener, as it was passed to {@link #on} or {@link #once}
   */
  void removeListener(String channel, IpcRendererListener listener);

  /**
   * Removes every listener of {@code channel}.
   *
   * @param channel the channel name
   */
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
   * @param channel the channel name
   * @param handler answers main's invokes; its result or exception becomes main's future's outcome
   * @return closing it removes exactly this handler
   * @throws IllegalStateException with Electron's {@code Attempted to register a second handler for
   *     '<channel>'} if the channel has a handler
   */
  Registration handle(String channel, IpcRendererHandler handler);

  /**
   * Like {@link #handle}, but the handler is removed before it runs for the first invoke.
   *
   * @param channel the channel name
   * @param handler answers main's first invoke
   * @return closing it removes the handler if it has not run yet
   * @throws IllegalStateException if the channel has a handler
   */
  Registration handleOnce(String channel, IpcRendererHandler handler);

  /**
   * Removes the handler of {@code channel}; a no-op if it has none.
   *
   * @param channel the channel name
   */
  void removeHandler(String channel);

  /** {@return the channels that have at least one listener} */
  Set<String> eventNames();

  /**
   * Counts the listeners of a channel.
   *
   * @param channel the channel name
   * @return how many listeners {@code channel} has
   */
  int listenerCount(String channel);

  /**
   * A view of this endpoint whose {@code sendSync} and {@code invoke} calls are bounded by {@code
   * deadline}; listeners are shared with this endpoint.
   *
   * @param deadline the longest a {@code sendSync} blocks or an {@code invoke} waits for its result
   * @return the bounded view; this endpoint keeps its own deadlines
   */
  IpcRenderer withDeadline(Duration deadline);

  /** {@return this frame's id within its renderer} */
  int frameId();

  /** {@return whether this is the renderer's main frame} */
  boolean isMainFrame();

  /** {@return whether this frame or its renderer connection is closed} */
  boolean isClosed();

  /**
   * What this renderer and main have sent each other so far, and what is pending now: the same
   * record as main's {@link Renderer#stats()}, counted on this side, for all frames of this
   * renderer's connection. {@code toMain} counts this renderer's {@code send}s, {@code sendSync}s
   * and invokes (those its own interceptors refused never left and are not counted), {@code
   * toRenderer} main's messages and invokes; {@code denied} counts main's messages and invokes
   * this renderer's interceptors refused, {@code handlerTime} the time its listeners and handlers
   * ran, {@code queuedBytes} main's messages waiting for its loop.
   *
   * <pre>{@code
   * IpcStats stats = ipcRenderer.stats();
   * log.info("sent {} invokes, {} bytes; main's invokes pending: {}", stats.toMain().invokes(),
   *     stats.toMain().bytes(), stats.pendingCalls());
   * }</pre>
   *
   * @return a snapshot of this renderer's counters, taken now
   */
  IpcStats stats();

  /**
   * Closes this frame: main drops its scope and its pending calls fail. Closing the main frame
   * closes the whole renderer connection.
   */
  @Override
  void close();
}
