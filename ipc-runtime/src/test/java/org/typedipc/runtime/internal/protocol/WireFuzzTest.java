package org.typedipc.runtime.internal.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcException;

/**
 * Coverage-guided fuzzing of what a peer's bytes reach first: the packet reader and the handshake's
 * HELLO parser. Each input is a whole stream. Reading it ends in packets, the end of the stream, an
 * {@link IOException} or an {@link IpcException}, never in another exception. The corpus lives in
 * {@code WireFuzzTestInputs/<target>/}; see FUZZING.md for long runs.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WireFuzzTest {
  private static final int MAX_PACKET_BYTES = 64 * 1024;

  @FuzzTest
  void packets(byte[] stream) {
    PacketReader reader = new PacketReader(over(stream), MAX_PACKET_BYTES);
    try {
      reader.readPreamble();
      Packet packet;
      while ((packet = reader.read()) != null) {
        drainHeader(packet);
      }
    } catch (IOException | IpcException expected) {
      // the stream ended early or broke the protocol: the connection would end with this reason
    }
  }

  @FuzzTest
  void hello(byte[] stream) {
    try {
      Handshake.readHello(new PacketReader(over(stream), MAX_PACKET_BYTES));
    } catch (IOException | IpcException expected) {
      // refused before any secret was compared
    }
  }

  /** Reads a header the way its handler would start: lengths and strings until it ends. */
  private static void drainHeader(Packet packet) {
    while (packet.header.remaining() > 0) {
      if (packet.header.readLength() % 2 == 0 && packet.header.remaining() > 0) {
        packet.header.readString();
      }
    }
  }

  private static ReadableByteChannel over(byte[] stream) {
    return Channels.newChannel(new ByteArrayInputStream(stream));
  }
}
