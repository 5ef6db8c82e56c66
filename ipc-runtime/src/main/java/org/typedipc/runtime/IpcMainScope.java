package org.typedipc.runtime;

import java.util.Set;

/**
 * One registry of main-side listeners and handlers: the global {@link IpcMain}, a renderer's
 * {@link Renderer#ipc()} or a frame's {@link Frame#ipc()} (Electron's {@code ipcMain}, {@code
 * webContents.ipc}, {@code webFrameMain.ipc}).
 *
 * <p>Messages ({@code send}, {@code sendSync}) cascade through the sending frame's scope, then its
 * renderer's, then the global one, and every listener fires, in that order. An {@code invoke} goes
 * to the first of those scopes with a handler. Listeners and handlers never run concurrently unless
 * main was bound to an executor that runs tasks concurrently.
 *
 * <p>Listeners and handlers ({@code on}, {@code handle}) are separate: {@link #removeAllListeners()}
 * never removes a handler and {@link #removeHandler(String)} never removes a listener.
 */
public interface IpcMainScope {
  /**
   * Adds a listener for {@code send} and {@code sendSync} messages on {@code channel}. Listeners
   * run in registration order.
   *
   * @param channel the channel name
   * @param listener receives each message's event and arguments
   * @return a handle whose {@code close()} removes exactly this registration
   */
  Registration on(String channel, IpcMainListener listener);

  /**
   * Same as {@link #on(String, IpcMainListener)}.
   *
   * @param channel the channel name
   * @param listener receives each message's event and arguments
   * @return a handle whose {@code close()} removes exactly this registration
   */
  Registration addListener(String channel, IpcMainListener listener);

  /**
   * Adds a listener that is removed before it runs for the first message.
   *
   * @param channel the channel name
   * @param listener receives the first message's event and arguments
   * @return closing it removes the listener if it has not run yet
   */
  Registration once(String channel, IpcMainListener listener);

  /**
   * Removes one registration of {@code listener} on {@code channel}, the most recent if it was
   * added more than once; also removes a {@code once} registration that has not fired. Does
   * nothing if it is not registered.
   *
   * @param channel the channel the listener was added on
   * @param listener the listener, as it was passed to {@link #on} or {@link #once}
   */
  void off(String channel, IpcMainListener listener);

  /**
   * Same as {@link #off(String, IpcMainListener)}.
   *
   * @param channel the channel the listener was added on
   * @param listener the listener, as it was passed to {@link #on} or {@link #once}
   */
  void removeListener(String channel, IpcMainListener listener);

  /**
   * Removes every listener of {@code channel}; handlers stay.
   *
   * @param channel the channel name
   */
  void removeAllListeners(String channel);

  /** Removes every listener of every channel; handlers stay. */
  void removeAllListeners();

  /**
   * Sets the handler that answers {@code invoke} on {@code channel}.
   *
   * @param channel the channel name
   * @param handler answers each invoke; its result or exception becomes the caller's outcome
   * @return closing it removes exactly this handler
   * @throws IllegalStateException {@code Attempted to register a second handler for '<channel>'}
   *     if this scope already has one
   */
  Registration handle(String channel, IpcMainHandler handler);

  /**
   * Sets the producer of {@code channel}'s streams ({@link IpcRenderer#stream(String, Object...)}).
   * A stream is an invoke whose handler returns a publisher, so the rules of {@link #handle} hold:
   * one handler per channel, shared with {@code handle}; {@link #removeHandler} removes it.
   *
   * <pre>{@code
   * ipcMain.handleStream("search", (event, args) -> searcher.hits((String) args[0]));
   * }</pre>
   *
   * @param channel the channel name
   * @param handler returns the publisher of each stream a renderer opens
   * @return closing it removes exactly this handler
   * @throws IllegalStateException with Electron's text if the channel has a handler
   */
  default Registration handleStream(String channel, IpcMainStreamHandler handler) {
    return handle(channel, handler == null ? null : handler::handle);
  }

  /**
   * Sets a handler that answers one {@code invoke}: it is removed before it runs, so it may
   * register the channel again and a second invoke meanwhile finds no handler.
   *
   * @param channel the channel name
   * @param handler answers the first invoke
   * @return closing it removes the handler if it has not run yet
   * @throws IllegalStateException if this scope already has a handler for {@code channel}
   */
  Registration handleOnce(String channel, IpcMainHandler handler);

  /**
   * Removes the handler of {@code channel}, if any; listeners stay.
   *
   * @param channel the channel name
   */
  void removeHandler(String channel);

  /** {@return the channels that have at least one listener, in the order they got their first} */
  Set<String> eventNames();

  /**
   * Counts the listeners of a channel.
   *
   * @param channel the channel name
   * @return how many listeners {@code channel} has
   */
  int listenerCount(String channel);

  /**
   * Tells whether a channel has a handler here.
   *
   * @param channel the channel name
   * @return whether {@code channel} has a handler in this scope
   */
  boolean hasHandler(String channel);

  /**
   * Lets only the frames {@code senders} allows use this scope's channels: a {@code send} or
   * {@code sendSync} that would reach a listener of this scope, or an {@code invoke} this scope's
   * handler would answer, from any other frame is refused before any listener or handler runs, as
   * a channel's own policy ({@link IpcMainOptions#withSenderPolicy(String, SenderPolicy)}) refuses
   * it. Electron's advice to validate the sender, declared once for every handler of a scope:
   *
   * <pre>{@code
   * ipcMain.setSenderPolicy(SenderPolicy.MAIN_FRAME_ONLY);  // no subframe uses ipcMain's channels
   * renderer.ipc().setSenderPolicy(SenderPolicy.frames(frame -> trustedOrigin(frame)));
   * }</pre>
   *
   * @param senders which frames may use this scope's channels; {@link SenderPolicy#ANY_RENDERER}
   *     lifts the restriction. It replaces the scope's earlier policy and applies to calls
   *     dispatched from now on.
   */
  void setSenderPolicy(SenderPolicy senders);
}
