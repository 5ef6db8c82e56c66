package org.typedipc.runtime.process;

import java.util.Arrays;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;

/**
 * A renderer process for {@link LargePayloadCrossProcessTest}: it answers main's {@code "echo"}
 * invokes with their argument, and on main's {@code "echo-to-main"} event (a call count) invokes
 * main's {@code "echo"} that often with 1 MiB arrays of a pattern of their own, checks every reply
 * and sends main {@code "echoed-to-main"}: {@code "ok"} or what differed. It sends {@code "ready"}
 * with its process id once it handles them.
 */
public final class LargeEchoRenderer {
  static final Channel<byte[], byte[]> ECHO = Channel.invoke("echo", Codecs.BYTES, Codecs.BYTES);
  static final int SIZE = 1 << 20;

  private LargeEchoRenderer() {}

  public static void main(String[] args) {
    RendererProcess.run(connection -> {
      TypedRenderer ipc = Typed.of(connection.ipcRenderer());
      ipc.handle(ECHO, (event, value) -> value);
      connection.ipcRenderer().on("echo-to-main", (event, command) -> new Thread(() -> {
        String outcome = "ok";
        for (int call = 0; call < (Integer) command[0] && outcome.equals("ok"); call++) {
          byte[] value = pattern(call);
          byte[] back = ipc.invoke(ECHO, value).join();
          if (!Arrays.equals(value, back)) {
            outcome = "call " + call + ": the reply differs from what was sent";
          }
        }
        connection.ipcRenderer().send("echoed-to-main", outcome);
      }).start());
      connection.ipcRenderer().send("ready", ProcessHandle.current().pid());
    });
  }

  /** A 1 MiB array whose bytes differ from call to call and along the array. */
  static byte[] pattern(int call) {
    byte[] value = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      value[i] = (byte) (i * 7 + i / 4096 + call * 13);
    }
    return value;
  }
}
