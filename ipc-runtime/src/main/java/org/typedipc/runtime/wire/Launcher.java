package org.typedipc.runtime.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.Daemons;
import org.typedipc.runtime.internal.MainRuntime;

/** Launches renderer processes and connects them to main. */
public final class Launcher {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  private Launcher() {}

  /**
   * Starts the renderer process of {@code launch}; the future completes with its handle after the
   * handshake, or fails if the process exits or the handshake times out first.
   *
   * @param listeners gives main's listener for a socket transport
   */
  public static CompletableFuture<Renderer> launch(MainRuntime main, RendererLaunch launch, ConnectionSettings settings,
      Function<TransportKind, SocketListener> listeners) {
    ProcessBuilder builder = new ProcessBuilder(launch.command());
    builder.environment().putAll(launch.environment());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    CompletableFuture<Renderer> result = new CompletableFuture<>();
    try {
      if (launch.transport() == TransportKind.STDIO) {
        builder.environment().putAll(new IpcEndpoint(TransportKind.STDIO, "", new byte[0]).toEnvironment());
        Process process = builder.start();
        watch(process, result, launch);
        Thread thread = new Thread(() -> serveStdio(main, process, settings, result), "typed-ipc-stdio-handshake");
        thread.setDaemon(true);
        thread.start();
      } else {
        SocketListener listener = listeners.apply(launch.transport());
        SocketListener.Invited invited = listener.inviteFor(null);
        builder.environment().putAll(invited.endpointAndFuture().endpoint().toEnvironment());
        builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        invited.invitation().process = process;
        watch(process, result, launch);
        invited.endpointAndFuture().renderer().whenComplete((renderer, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else {
            result.complete(renderer);
          }
        });
        ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> {
          if (invited.endpointAndFuture().renderer().completeExceptionally(
              new IpcException("The renderer " + launch + " did not connect within " + settings.handshakeTimeout().toMillis() + " ms."))) {
            process.destroyForcibly();
          }
        }, settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((r, f) -> timeout.cancel(false));
      }
    } catch (IOException e) {
      result.completeExceptionally(new IpcException("Cannot start the renderer process " + launch + ": " + e.getMessage(), e));
    }
    result.thenAccept(renderer -> renderer.whenGone().thenRun(() -> reap(renderer)));
    return result;
  }

  /** Fails the launch if the process exits before it connected. */
  private static void watch(Process process, CompletableFuture<Renderer> result, RendererLaunch launch) {
    process.onExit().thenAccept(exited -> result.completeExceptionally(
        new IpcException("The renderer process " + launch + " exited with code " + exited.exitValue() + " before it connected.")));
  }

  private static void serveStdio(MainRuntime main, Process process, ConnectionSettings settings, CompletableFuture<Renderer> result) {
    InputStream fromChild = process.getInputStream();
    OutputStream toChild = process.getOutputStream();
    ReadableByteChannel in = Channels.newChannel(fromChild);
    WritableByteChannel out = new FlushingChannel(toChild);
    java.io.Closeable streams = () -> {
      try (fromChild; toChild) {
        out.close();
      }
    };
    ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> {
      if (result.completeExceptionally(new IpcException("The renderer did not complete the handshake within "
          + settings.handshakeTimeout().toMillis() + " ms."))) {
        process.destroyForcibly();
      }
    }, settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    MainSideConnection connection;
    try {
      FrameReader reader = Connection.reader(in, settings);
      FrameWriter writer = Connection.writer(out, settings);
      Handshake.Hello hello = Handshake.readHello(reader);
      connection = MainHandshake.complete(main, hello, reader, writer, streams, settings, process, result);
    } catch (IOException | IpcException e) {
      result.completeExceptionally(e instanceof IpcException ? e : new IpcException("The renderer handshake failed: " + e, e));
      LOG.log(System.Logger.Level.WARNING, "Refused a launched renderer: " + e.getMessage());
      process.destroyForcibly();
      return;
    } finally {
      timeout.cancel(false);
    }
    connection.runReader();
  }

  /** Once a launched renderer is gone, gives its process a moment to exit, then ends it. */
  private static void reap(Renderer renderer) {
    ProcessHandle.of(renderer.processId()).ifPresent(handle -> handle.onExit()
        .completeOnTimeout(null, 2, TimeUnit.SECONDS)
        .thenRun(() -> {
          if (handle.isAlive()) {
            LOG.log(System.Logger.Level.INFO, "Renderer #" + renderer.id() + " did not exit after its connection closed; ending it.");
            handle.destroy();
          }
        }));
  }
}
