package org.typedipc.runtime.internal.connect;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.protocol.Handshake;
import org.typedipc.runtime.internal.protocol.MainHandshake;
import org.typedipc.runtime.internal.protocol.MainSideConnection;
import org.typedipc.runtime.internal.protocol.PacketReader;
import org.typedipc.runtime.internal.protocol.PacketWriter;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;

/**
 * Launches renderer processes and connects them to main: over the child's standard streams for a
 * transport that carries launched renderers, otherwise through an invitation to an acceptor.
 */
final class Launcher {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");
  private static final long MAIN_PID = ProcessHandle.current().pid();

  private Launcher() {}

  /**
   * Starts the renderer process of {@code launch}; the future completes with its handle after the
   * handshake, or fails if the process exits or the handshake times out first.
   *
   * @param acceptors gives main's acceptor for a transport whose renderers connect by address
   */
  static CompletableFuture<Renderer> launch(MainRuntime main, RendererLaunch launch, ConnectionSettings settings,
      Function<Transport, TransportAcceptor> acceptors) {
    Transport transport = launch.transport();
    ProcessBuilder builder = new ProcessBuilder(launch.command());
    builder.environment().putAll(launch.environment());
    builder.redirectError(launch.errorOutput());
    CompletableFuture<Renderer> result = new CompletableFuture<>();
    try {
      if (transport.carriesLaunchedRenderers()) {
        builder.environment().putAll(new IpcEndpoint(transport.name(), "", new byte[0]).launchedBy(MAIN_PID).toEnvironment());
        Process process = builder.start();
        failIfItExits(process, result, launch);
        Thread thread = new Thread(() -> serveAttached(main, transport.attach(process), process, settings, result), "typed-ipc-launch-handshake");
        thread.setDaemon(true);
        thread.start();
      } else {
        TransportAcceptor.Invitation invitation = acceptors.apply(transport).inviteFor(null);
        builder.environment().putAll(invitation.visible.endpoint().launchedBy(MAIN_PID).toEnvironment());
        builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        invitation.process = process;
        failIfItExits(process, result, launch);
        invitation.renderer.whenComplete((renderer, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else {
            result.complete(renderer);
          }
        });
        ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> {
          if (invitation.renderer.completeExceptionally(new IpcException(ErrorMessages.launchedDidNotConnect(launch.toString(), settings.handshakeTimeout())))) {
            process.destroyForcibly();
          }
        }, settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((r, f) -> timeout.cancel(false));
      }
    } catch (IOException e) {
      result.completeExceptionally(new IpcException(ErrorMessages.cannotStartRenderer(launch.toString(), e.getMessage()), e));
    }
    result.thenAccept(renderer -> renderer.whenGone().thenRun(() -> reap(renderer)));
    return result;
  }

  /** Fails the launch if the process exits before it connected. */
  private static void failIfItExits(Process process, CompletableFuture<Renderer> result, RendererLaunch launch) {
    process.onExit().thenAccept(exited -> result.completeExceptionally(
        new IpcException(ErrorMessages.exitedBeforeConnecting(launch.toString(), exited.exitValue()))));
  }

  /** The handshake and reading of a renderer that talks over its own standard streams. */
  private static void serveAttached(MainRuntime main, ByteStream stream, Process process, ConnectionSettings settings,
      CompletableFuture<Renderer> result) {
    ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> {
      if (result.completeExceptionally(new IpcException(ErrorMessages.launchedHandshakeTimedOut(settings.handshakeTimeout())))) {
        process.destroyForcibly();
      }
    }, settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    MainSideConnection connection;
    try {
      PacketReader reader = PacketReader.over(stream.in(), settings);
      PacketWriter writer = PacketWriter.over(stream.out(), settings);
      Handshake.Hello hello = Handshake.readHello(reader);
      connection = MainHandshake.complete(main, hello, reader, writer, stream, settings, process, result);
    } catch (IOException | IpcException e) {
      result.completeExceptionally(e instanceof IpcException ? e : new IpcException(ErrorMessages.launchedHandshakeFailed(e.toString()), e));
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.refusedLaunched(e.getMessage()));
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
            LOG.log(System.Logger.Level.INFO, ErrorMessages.endingLingeringRenderer(renderer.id()));
            handle.destroy();
          }
        }));
  }
}
