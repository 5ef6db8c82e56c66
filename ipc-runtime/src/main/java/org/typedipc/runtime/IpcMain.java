package org.typedipc.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.typedipc.runtime.transport.Transport;

/**
 * The main side: the global listener and handler registry (Electron's {@code ipcMain}) and the
 * host of every renderer connected to it.
 *
 * <pre>{@code
 * IpcMain ipcMain = IpcMain.create();
 * ipcMain.on("asynchronous-message", (event, args) -> event.reply("asynchronous-reply", "pong"));
 * ipcMain.handle("my-invokable-ipc", (event, args) -> "result for " + args[0]);
 *
 * EmbeddedRenderer renderer = ipcMain.embedRenderer();
 * renderer.ipcRenderer().invoke("my-invokable-ipc", "ping").join();
 * }</pre>
 */
public interface IpcMain extends IpcMainScope, AutoCloseable {
  /**
   * Creates a main side whose listeners run one at a time, on the thread that brings them.
   *
   * @return the new main, with {@link IpcMainOptions#defaults()}
   */
  static IpcMain create() {
    return create(IpcMainOptions.defaults());
  }

  /**
   * Creates a main side with the given options.
   *
   * @param options deadlines, executor, contracts and connection settings
   * @return the new main
   */
  static IpcMain create(IpcMainOptions options) {
    return IpcRuntime.get().createMain(options);
  }

  /**
   * Connects a new renderer in this JVM. Every argument and result still passes through its codec,
   * so the renderer and main share no mutable object. An embedded renderer is {@linkplain
   * RendererConnection#ready() ready} from the start: main's messages are delivered at once, and
   * one on a channel without a listener is dropped (and counted), as in Electron.
   *
   * @return the renderer, with {@link RendererOptions#defaults()}
   */
  EmbeddedRenderer embedRenderer();

  /**
   * Connects a new renderer in this JVM with the given options.
   *
   * @param options the renderer's deadlines, executor and contracts
   * @return the renderer
   */
  EmbeddedRenderer embedRenderer(RendererOptions options);

  /**
   * Sends a message to every renderer's main frame, in renderer-id order. A renderer that closes
   * meanwhile or fails to take the message is skipped without affecting the others.
   *
   * <pre>{@code
   * ipcMain.sendToAll("theme-changed", "dark");
   * }</pre>
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  void sendToAll(String channel, Object... args);

  /**
   * Like {@link #sendToAll(String, Object...)}, to the renderers {@code which} accepts.
   *
   * @param which chooses the renderers
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  void sendToAll(Predicate<? super Renderer> which, String channel, Object... args);

  /** {@return the renderers connected now, in the order they connected} */
  List<Renderer> renderers();

  /**
   * The connected renderer with this id.
   *
   * @param id the renderer's id, {@link Renderer#id()}
   * @return the renderer; empty if none with that id is connected
   */
  Optional<Renderer> renderer(int id);

  /**
   * The frame with this id in the renderer process {@code processId}, if a connected renderer has it
   * now (Electron's {@code webFrameMain.fromId}). Frame ids are unique within a process across all
   * its renderers, embedded or connected, so the pair names at most one frame.
   *
   * <pre>{@code
   * ipcMain.on("hello", (event, args) -> remember(event.processId(), event.frameId()));
   * ipcMain.frame(processId, frameId).ifPresent(frame -> frame.send("later", "hi"));
   * }</pre>
   *
   * @param processId the renderer process's id, {@link IpcMainEvent#processId()}
   * @param frameId the frame's id, {@link IpcMainEvent#frameId()}
   * @return the frame; empty if no connected renderer has it
   */
  Optional<Frame> frame(long processId, int frameId);

  /**
   * Calls {@code listener} for each renderer that connects from now on.
   *
   * @param listener receives each new renderer
   * @return closing it removes the listener
   */
  Registration onRendererCreated(Consumer<Renderer> listener);

  /**
   * Calls {@code listener} with each renderer that goes from now on, and why (Electron's {@code
   * app.on('render-process-gone')}): embedded, accepted and launched renderers alike, whether main
   * closed them, they closed, or their process exited. It runs once per renderer, after the
   * renderer's scopes were dropped and its pending calls failed; {@link #renderers()} no longer
   * lists it.
   *
   * <pre>{@code
   * ipcMain.onRendererGone((renderer, gone) -> log.info("renderer #" + renderer.id() + ": " + gone.reason()));
   * }</pre>
   *
   * @param listener receives each renderer that went and why
   * @return closing it removes the listener
   */
  Registration onRendererGone(BiConsumer<Renderer, RendererGone> listener);

  /**
   * Accepts renderer processes on a new Unix socket or TCP loopback port; each needs an {@link
   * RendererAcceptor#invite() invitation}.
   *
   * @param transport {@link TransportKind#UNIX_SOCKET} or {@link TransportKind#TCP}
   * @return the acceptor; closing it stops accepting and removes its socket
   * @throws IllegalArgumentException for {@link TransportKind#STDIO}, which only {@link #launch}
   *     can use
   */
  default RendererAcceptor listen(TransportKind transport) {
    return listen(transport.transport());
  }

  /**
   * Accepts renderer processes at a new address of {@code transport}, a built-in one or your own;
   * each needs an {@link RendererAcceptor#invite() invitation}.
   *
   * @param transport a transport that accepts connections at an address
   * @return the acceptor; closing it stops accepting and releases its address
   * @throws IllegalArgumentException if the transport only carries renderers main launched
   */
  RendererAcceptor listen(Transport transport);

  /**
   * Launches a renderer process and connects it; the future completes with main's handle of it
   * after the handshake. Every failure fails the future, nothing is thrown: a renderer that cannot
   * be found, a process that cannot start, one that exits before connecting (with its exit code and
   * the last lines of its standard error), a handshake that does not finish in time, or a main that
   * is closed. When the renderer is gone, its process gets two seconds to exit before it is ended;
   * and the renderer's own runtime ends its process within two seconds of main's process ending,
   * even by SIGKILL, so no launched renderer outlives main. With {@link RendererLaunch#withRestart}
   * main relaunches it after an abnormal end; the future completes with the first renderer.
   *
   * @param launch the renderer's main class, arguments, transport and restart policy
   * @return completes with the renderer once it connected, or fails with why it did not
   */
  CompletableFuture<Renderer> launch(RendererLaunch launch);

  /**
   * Closes every renderer, failing their pending calls, and every acceptor, failing their
   * invitations and removing their sockets; pending launches fail. Launched renderer processes are
   * asked to exit by closing their connections and get two seconds together to do so; the rest are
   * ended forcibly. Returns once every launched process is gone. This main accepts no new renderer.
   */
  @Override
  void close();

  /**
   * What main has done so far, over all renderers including those gone: counts and bytes per
   * direction, refused calls, pending calls, queued bytes and handler time.
   *
   * @return a snapshot of the counters, taken now
   */
  IpcStats stats();
}
