package org.typedipc.runtime.internal.protocol;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.internal.renderer.RendererClient;
import org.typedipc.runtime.transport.ByteStream;

/** The renderer's half of the handshake: HELLO with the secret and contracts, then WELCOME or REJECT. */
public final class RendererHandshake {
  private static final System.Logger LOG = Loggers.WIRE;

  private RendererHandshake() {}

  /**
   * Completes the handshake over {@code stream} and starts the connection's reader; returns once
   * main welcomed the renderer. Closes the stream if the handshake fails. When {@code isMainHere}
   * accepts the process id WELCOME names, the connection also watches that process, as main watches
   * a renderer it launched: a main stopped for the liveness timeout ends the connection, though its
   * silence behind this side's inbound credit does not. Elsewhere that process id names nothing here.
   */
  public static RendererClient complete(ByteStream stream, byte[] secret, RendererOptions options, LongPredicate isMainHere)
      throws IOException {
    ConnectionSettings settings = options.connectionSettings();
    PacketReader reader = PacketReader.over(stream.in(), settings);
    PacketWriter writer = PacketWriter.over(stream, settings);
    ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> closeQuietly(stream), settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    int mainFrameId = RendererClient.reserveFrameId();
    Handshake.Welcome welcome;
    try {
      Handshake.writeHello(writer, secret, ProcessHandle.current().pid(), options.contracts(), mainFrameId);
      welcome = Handshake.readWelcome(reader);
    } catch (IOException | IpcException e) {
      closeQuietly(stream);
      if (timeout.isDone() && !(e instanceof IpcException)) {
        throw new IpcDisconnectedException(ErrorMessages.handshakeTimedOut(settings.handshakeTimeout()));
      }
      throw e;
    } finally {
      timeout.cancel(false);
    }
    long mainPid = welcome.mainProcessId();
    boolean watchable = mainPid > 0 && mainPid != ProcessHandle.current().pid() && isMainHere.test(mainPid);
    RendererSideConnection connection = new RendererSideConnection(reader, writer, stream, settings,
        watchable ? OptionalLong.of(mainPid) : OptionalLong.empty());
    RendererClient client = new RendererClient("renderer #" + welcome.rendererId(), options, link -> connection);
    connection.attach(client);
    client.holdEventsUntilReady();
    client.openMainFrame(mainFrameId);
    Thread readerThread = new Thread(connection::runReader, "typed-ipc-reader");
    readerThread.setDaemon(true);
    readerThread.start();
    return client;
  }

  private static void closeQuietly(ByteStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingFailedLog(e));
    }
  }
}
