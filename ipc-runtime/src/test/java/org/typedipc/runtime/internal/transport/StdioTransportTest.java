package org.typedipc.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.transport.ByteStream;

/** A launched process's pipes half-close like a socket: the child sees the end, and its answer still arrives. */
@Timeout(60)
class StdioTransportTest {
  @Test
  void endingTheOutputLeavesTheChildsAnswerReadable() throws Exception {
    // The child reads until its input ends, then answers with what it read.
    Process child = new ProcessBuilder("sh", "-c", "wc -c; sleep 0.2; echo done").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (ByteStream stream = new StdioTransport().attach(child)) {
      stream.out().write(ByteBuffer.wrap("close packet".getBytes(StandardCharsets.US_ASCII)));
      assertTrue(stream.shutdownOutput());
      String answer = readToEnd(stream);
      assertEquals("12\ndone\n", answer.replace(" ", ""));
    } finally {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String readToEnd(ByteStream stream) throws Exception {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    while (stream.in().read(buffer) >= 0) {
      if (!buffer.hasRemaining()) {
        break;
      }
    }
    buffer.flip();
    return StandardCharsets.US_ASCII.decode(buffer).toString();
  }
}
