package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedTarget;
import org.typedipc.runtime.testing.LaunchedRenderer;

/**
 * 1 MiB echoes across a Unix socket between two OS processes, both ways, each read into its
 * reader's direct buffer: every argument and every reply arrives with the bytes that were sent,
 * call after call, while the buffers are read into again.
 */
@Timeout(120)
class LargePayloadCrossProcessTest {
  private static final int CALLS = 20;
  private final IpcMain main = IpcMain.create();

  @AfterEach
  void closeMain() {
    main.close();
  }

  @Test
  void oneMebibyteEchoesKeepTheirBytesBothWays() throws Exception {
    AtomicInteger differing = new AtomicInteger();
    Typed.of(main).handle(LargeEchoRenderer.ECHO, (event, value) -> {
      if (!uniformlyPatterned(value)) {
        differing.incrementAndGet();
      }
      return value;
    });
    LinkedBlockingQueue<Object> echoed = new LinkedBlockingQueue<>();
    main.on("echoed-to-main", (event, args) -> echoed.add(args[0]));
    Renderer renderer = LaunchedRenderer.launchReady(main, LargeEchoRenderer.class, TransportKind.UNIX_SOCKET);
    TypedTarget target = Typed.of(renderer);

    for (int call = 0; call < CALLS; call++) {
      byte[] value = LargeEchoRenderer.pattern(call + 100);
      assertArrayEquals(value, target.invoke(LargeEchoRenderer.ECHO, value).get(30, TimeUnit.SECONDS), "main's call " + call);
    }
    renderer.send("echo-to-main", CALLS);
    assertEquals("ok", echoed.poll(60, TimeUnit.SECONDS));
    assertEquals(0, differing.get(), "arguments main's handler got differed from a pattern");
  }

  /** Whether {@code value} is one of the renderer's patterns (which call's, from its first byte). */
  private static boolean uniformlyPatterned(byte[] value) {
    int call = Byte.toUnsignedInt(value[0]) * 197 % 256; // 13 * 197 = 1 (mod 256)
    for (int candidate = call; candidate < 1000; candidate += 256) {
      if (Arrays.equals(value, LargeEchoRenderer.pattern(candidate))) {
        return true;
      }
    }
    return false;
  }
}
