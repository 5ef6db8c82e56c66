package org.typedipc.grpc.internal;

import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.ClientCall;
import io.grpc.ConnectivityState;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.transport.ByteStream;

/**
 * A renderer's end: a channel of its own to main and one {@link TunnelMethod#OPEN} call on it. The
 * channel goes with the stream. Failing fast, a channel that cannot connect ends the call at once
 * with gRPC's reason (a TLS refusal, say); waiting, gRPC reconnects with exponential back-off until
 * main answers or the wait is over. With an outage allowance a cut call is followed by another that
 * resumes the stream, once gRPC reconnected, within the allowance.
 */
public final class TunnelClient {
  private static final Duration RETRY = Duration.ofMillis(200);

  private TunnelClient() {}

  public static ByteStream connect(HostPort main, ChannelCredentials credentials, KeepAlive keepAlive, Duration waitForMain,
      Duration outage) throws IOException {
    ManagedChannel channel = Grpc.newChannelBuilderForAddress(main.host(), main.port(), credentials)
        .directExecutor()
        .maxInboundMessageSize(TunnelMethod.MAX_MESSAGE_BYTES)
        .keepAliveTime(keepAlive.time().toNanos(), TimeUnit.NANOSECONDS)
        .keepAliveTimeout(keepAlive.timeout().toNanos(), TimeUnit.NANOSECONDS)
        .keepAliveWithoutCalls(true)
        .build();
    String address = HostPort.format(main.host(), main.port());
    try {
      if (!waitForMain.isZero()) {
        awaitReady(channel, address, waitForMain);
      }
    } catch (IOException e) {
      channel.shutdownNow();
      throw e;
    }
    String who = "main at " + address;
    TunnelStream stream = new TunnelStream("GRPC " + who, channel::shutdown, !outage.isZero());
    new Tunnel(channel, stream, who, outage).open(null);
    return stream;
  }

  /** The calls that carry one stream: the first, and after each cut the one that resumes it. */
  private static final class Tunnel {
    private final ManagedChannel channel;
    private final TunnelStream stream;
    private final String who;
    private final Duration outage;
    /** Main's resume token from the first call's headers; null if main does not keep streams through outages. */
    private volatile String token;

    Tunnel(ManagedChannel channel, TunnelStream stream, String who, Duration outage) {
      this.channel = channel;
      this.stream = stream;
      this.who = who;
      this.outage = outage;
    }

    /** Opens the first call ({@code resumeToken} null) or one that resumes the stream. */
    void open(String resumeToken) {
      boolean resuming = resumeToken != null;
      Metadata headers = new Metadata();
      if (resuming) {
        headers.put(Resumption.TOKEN, resumeToken);
        headers.put(Resumption.RECEIVED, Long.toString(stream.receivedBytes()));
      }
      // A resuming call waits while gRPC reconnects with back-off, rather than failing on the first refusal.
      ClientCall<byte[], byte[]> call = channel.newCall(TunnelMethod.OPEN, resuming ? CallOptions.DEFAULT.withWaitForReady() : CallOptions.DEFAULT);
      ClientSide side = new ClientSide(call);
      if (!resuming) {
        stream.attach(side);
      }
      call.start(new ClientCall.Listener<>() {
        private boolean carrying = !resuming;

        @Override
        public void onHeaders(Metadata response) {
          if (!resuming) {
            token = outage.isZero() ? null : response.get(Resumption.TOKEN);
            return;
          }
          String mainReceived = response.get(Resumption.RECEIVED);
          carrying = mainReceived != null && stream.resume(side, Long.parseLong(mainReceived));
          if (!carrying) {
            call.cancel(GrpcMessages.cannotResume(who), null);
          }
        }

        @Override
        public void onMessage(byte[] chunk) {
          stream.received(side, chunk);
        }

        @Override
        public void onReady() {
          stream.ready();
        }

        @Override
        public void onClose(Status status, Metadata trailers) {
          if (status.isOk()) {
            stream.callEnded();
            channel.shutdown();
          } else if (carrying && token != null && status.getCode() != Status.Code.NOT_FOUND) {
            cut(side);
          } else if (resuming && !carrying && !stream.isClosed() && status.getCode() != Status.Code.NOT_FOUND
              && status.getCode() != Status.Code.CANCELLED) {
            // Refused before it carried anything (main's host came back before main did): try again shortly.
            Resumption.after(RETRY, () -> open(resumeToken));
          } else {
            stream.broken(GrpcMessages.streamEnded(who, status.getCode() + (status.getDescription() == null ? "" : ": " + status.getDescription())));
            channel.shutdownNow();
          }
        }
      }, headers);
      if (!resuming) {
        call.request(1);
      }
    }

    /** The call carrying the stream was cut: suspend the stream, resume it on a new call, or give up after the allowance. */
    private void cut(ClientSide side) {
      int cut = stream.suspend(side);
      if (cut < 0) {
        return;
      }
      Resumption.after(outage, () -> {
        stream.expire(cut, GrpcMessages.outageTooLong(who, outage));
        if (stream.isClosed()) {
          channel.shutdownNow();
        }
      });
      open(token);
    }
  }

  /** Waits until the channel is connected; gRPC retries with back-off meanwhile. */
  private static void awaitReady(ManagedChannel channel, String address, Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    ConnectivityState state = channel.getState(true);
    while (state != ConnectivityState.READY) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IOException(GrpcMessages.mainUnreachable(address, state.toString(), wait));
      }
      CountDownLatch changed = new CountDownLatch(1);
      channel.notifyWhenStateChanged(state, changed::countDown);
      try {
        changed.await(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(GrpcMessages.interrupted(), e);
      }
      state = channel.getState(true);
    }
  }

  /** A client call as the stream's {@link TunnelStream.Call}. */
  private record ClientSide(ClientCall<byte[], byte[]> call) implements TunnelStream.Call {
    @Override
    public boolean isReady() {
      return call.isReady();
    }

    @Override
    public void send(byte[] chunk) {
      call.sendMessage(chunk);
    }

    @Override
    public void request(int messages) {
      call.request(messages);
    }

    @Override
    public void finish() {
      try {
        call.halfClose();
      } catch (IllegalStateException alreadyClosed) {
        // Main went first; nothing is left to end.
      }
    }
  }
}
