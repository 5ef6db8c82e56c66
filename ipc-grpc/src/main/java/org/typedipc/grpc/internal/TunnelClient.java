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
 * main answers or the wait is over.
 */
public final class TunnelClient {
  private TunnelClient() {}

  public static ByteStream connect(HostPort main, ChannelCredentials credentials, KeepAlive keepAlive, Duration waitForMain)
      throws IOException {
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
    TunnelStream stream = new TunnelStream("GRPC " + who, channel::shutdown);
    ClientCall<byte[], byte[]> call = channel.newCall(TunnelMethod.OPEN, CallOptions.DEFAULT);
    stream.attach(new ClientSide(call));
    call.start(new ClientCall.Listener<>() {
      @Override
      public void onMessage(byte[] chunk) {
        stream.received(chunk);
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
        } else {
          stream.broken(GrpcMessages.streamEnded(who, status.getCode() + (status.getDescription() == null ? "" : ": " + status.getDescription())));
          channel.shutdownNow();
        }
      }
    }, new Metadata());
    call.request(1);
    return stream;
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
