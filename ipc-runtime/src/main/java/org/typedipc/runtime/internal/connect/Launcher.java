package org.typedipc.runtime.internal.connect;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.internal.protocol.Handshake;
import org.typedipc.runtime.internal.dispatch.FlightEvents;
import org.typedipc.runtime.internal.protocol.MainHandshake;
import org.typedipc.runtime.internal.protocol.MainSideConnection;
import org.typedipc.runtime.internal.protocol.PacketReader;
import org.typedipc.runtime.internal.protocol.PacketWriter;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;

/**
 * Launches renderer processes and connects them to main: over the child's standard streams for a
 * transport that carries launched renderers, otherwise through an invitation to an acceptor. Every
 * failure fails the returned future, and a launch that fails leaves no process behind.
 */
final class Launcher {
  private static final System.Logger LOG = Loggers.LAUNCH;
  private static final long MAIN_PID = ProcessHandle.current().pid();
  /** How long a child whose stream ended before the handshake gets to show its exit code. */
  private static final long EXIT_WAIT_SECONDS = 5;
  /** The transport a launched renderer attached over its standard streams uses, as flight-recorder events name it. */
  private static final String STDIO = "stdio";

  private Launcher() {}

  /**
   * Starts the renderer process of {@code launch}; the future completes with its handle after the
   * handshake, or fails if the process cannot start, exits or the handshake times out first.
   *
   * @param acceptors gives main's acceptor for a transport whose renderers connect by address
   * @param started told of the process once it runs
   */
  static CompletableFuture<Renderer> launch(MainRuntime main, RendererLaunch launch, ConnectionSettings settings,
      Function<Transport, TransportAcceptor> acceptors, Consumer<Process> started) {
    CompletableFuture<Renderer> result = new CompletableFuture<>();
    TransportAcceptor.Invitation invitation = null;
    try {
      Transport transport = launch.transport();
      ProcessBuilder builder = new ProcessBuilder(launch.command());
      builder.environment().putAll(launch.environment());
      ErrorTail errors = ErrorTail.prepare(builder, launch.errorOutput());
      if (transport.carriesLaunchedRenderers()) {
        builder.environment().putAll(new IpcEndpoint(transport.name(), "", new byte[0]).launchedBy(MAIN_PID).toEnvironment());
      } else {
        invitation = acceptors.apply(transport).inviteFor(null);
        builder.environment().putAll(invitation.visible.endpoint().launchedBy(MAIN_PID).toEnvironment());
        builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      }
      Process process = builder.start();
      errors.started(process);
      started.accept(process);
      result.whenComplete((renderer, failure) -> {
        if (failure != null) {
          process.destroyForcibly();
        }
      });
      CompletableFuture<IpcException> exited = failureOnExit(process, errors, launch);
      if (invitation == null) {
        ByteStream stream = transport.attach(process);
        Thread thread = new Thread(() -> serveAttached(main, stream, process, settings, result, exited),
            "typed-ipc-launch-handshake");
        thread.setDaemon(true);
        thread.start();
      } else {
        exited.thenAccept(result::completeExceptionally);
        awaitInvited(invitation, process, launch, settings, result);
      }
    } catch (IOException e) {
      result.completeExceptionally(new IpcException(ErrorMessages.cannotStartRenderer(launch.toString(), e.getMessage()), e));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    if (invitation != null && result.isCompletedExceptionally()) {
      invitation.renderer.cancel(false);
    }
    return result;
  }

  /** Completes {@code result} as the invitation does, or fails both once the handshake timeout passed. */
  private static void awaitInvited(TransportAcceptor.Invitation invitation, Process process, RendererLaunch launch,
      ConnectionSettings settings, CompletableFuture<Renderer> result) {
    invitation.process = process;
    invitation.renderer.whenComplete((renderer, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(renderer);
      }
    });
    result.whenComplete((renderer, failure) -> {
      if (failure != null) {
        invitation.renderer.completeExceptionally(failure);
      }
    });
    ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> invitation.renderer.completeExceptionally(
        new IpcException(ErrorMessages.launchedDidNotConnect(launch.toString(), settings.handshakeTimeout()))),
        settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    result.whenComplete((r, f) -> timeout.cancel(false));
  }

  /** The failure to report once the process exited, with its exit code and last lines of standard error. */
  private static CompletableFuture<IpcException> failureOnExit(Process process, ErrorTail errors, RendererLaunch launch) {
    // Draining the last output may take a moment, so it runs on a thread of its own, not the timer.
    return process.onExit().thenApplyAsync(exited -> new IpcException(
        ErrorMessages.exitedBeforeConnecting(launch.toString(), exited.exitValue(), errors.lastLines())),
        task -> {
          Thread thread = new Thread(task, "typed-ipc-exit-" + process.pid());
          thread.setDaemon(true);
          thread.start();
        });
  }

  /** The handshake and reading of a renderer that talks over its own standard streams. */
  private static void serveAttached(MainRuntime main, ByteStream stream, Process process, ConnectionSettings settings,
      CompletableFuture<Renderer> result, CompletableFuture<IpcException> exited) {
    ScheduledFuture<?> timeout = Daemons.timer().schedule(
        () -> result.completeExceptionally(new IpcException(ErrorMessages.launchedHandshakeTimedOut(settings.handshakeTimeout()))),
        settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    MainSideConnection connection;
    Object handshake = FlightEvents.handshakeStarted();
    try {
      PacketReader reader = PacketReader.forHandshake(stream.in(), settings);
      Handshake.Hello hello = Handshake.readHello(reader);
      PacketWriter writer = PacketWriter.over(stream, settings);
      connection = MainHandshake.complete(main, hello, reader, writer, stream, settings, process, result);
      FlightEvents.handshakeDone(handshake, STDIO, FlightEvents.ACCEPTED);
    } catch (IOException e) {
      FlightEvents.handshakeDone(handshake, STDIO, e.getClass().getSimpleName());
      // A child that dies before connecting closes its standard output first; its exit code and
      // last words say more than the end of the stream, so they get a moment to arrive.
      IpcException streamEnded = new IpcException(ErrorMessages.launchedHandshakeFailed(e.toString()), e);
      exited.completeOnTimeout(streamEnded, EXIT_WAIT_SECONDS, TimeUnit.SECONDS).thenAccept(result::completeExceptionally);
      Streams.closeQuietly(stream);
      return;
    } catch (IpcProtocolException e) {
      FlightEvents.handshakeDone(handshake, STDIO, e.getClass().getSimpleName());
      // A JVM that cannot start (a missing module, say) prints why on standard output, which is
      // the protocol stream here: the exit code and standard error belong next to those bytes.
      exited.thenApply(exit -> new IpcException(exit.getMessage() + " " + e.getMessage(), e))
          .completeOnTimeout(e, EXIT_WAIT_SECONDS, TimeUnit.SECONDS)
          .thenAccept(result::completeExceptionally);
      Streams.closeQuietly(stream);
      return;
    } catch (IpcException | IllegalStateException e) {
      FlightEvents.handshakeDone(handshake, STDIO, e.getClass().getSimpleName());
      // IllegalStateException: main closed during the handshake.
      result.completeExceptionally(e);
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.refusedLaunched(e.getMessage()));
      Streams.closeQuietly(stream);
      return;
    } catch (RuntimeException | Error e) {
      FlightEvents.handshakeDone(handshake, STDIO, e.getClass().getSimpleName());
      // Out of memory, say: the launch fails and its pipes close, so nothing is left half open.
      result.completeExceptionally(e);
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.refusedLaunched(e.toString()));
      Streams.closeQuietly(stream);
      return;
    } finally {
      timeout.cancel(false);
    }
    connection.runReader();
  }
}
