package org.typedipc.grpc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a resuming tunnel sends again: exactly the bytes after the peer's count, while they are kept. */
@Timeout(10)
class ReplayWindowTest {
  @Test
  void theBytesAfterThePeersCountComeBackAcrossChunkBoundaries() {
    ReplayWindow window = new ReplayWindow(100);
    window.sent(new byte[] {0, 1, 2});
    window.sent(new byte[] {3, 4});
    window.sent(new byte[] {5, 6, 7});

    assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 5, 6, 7}, joined(window.after(0)));
    assertArrayEquals(new byte[] {4, 5, 6, 7}, joined(window.after(4)));
    assertArrayEquals(new byte[] {5, 6, 7}, joined(window.after(5)));
    assertEquals(List.of(), window.after(8), "the peer has it all");
  }

  @Test
  void bytesOlderThanTheCapacityAreGoneAndACountBeyondTheSentIsRefused() {
    ReplayWindow window = new ReplayWindow(4);
    window.sent(new byte[] {0, 1, 2});
    window.sent(new byte[] {3, 4});
    window.sent(new byte[] {5, 6, 7});

    assertNull(window.after(2), "byte 2 was dropped with its chunk");
    assertArrayEquals(new byte[] {3, 4, 5, 6, 7}, joined(window.after(3)), "at least the capacity is kept");
    assertNull(window.after(9), "the peer cannot have more than was sent");
  }

  private static byte[] joined(List<byte[]> chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chunks.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
