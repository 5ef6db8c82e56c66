package org.typedipc.runtime.process;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process for the cross-process tests. It answers main's {@code "command"} events:
 * {@code ["invoke", channel, arg]} invokes main and sends {@code "invoked"} with the result or
 * error message; {@code ["sendSync", channel, arg]} likewise with {@code "synced"}; {@code ["send",
 * channel, arg]} sends; {@code ["burst", n]} sends n mixed calls; {@code ["exit", code]} exits;
 * {@code ["collect"]} records {@code "seq"} events and sends them back on {@code "seq-end"}; {@code
 * ["print"]} prints to System.out, which must not reach the protocol stream. It handles main's
 * invokes {@code "echo-back"} and {@code "hang"}.
 */
public final class EchoRenderer {
  /** What the {@code print} command prints to {@code System.out}, which must reach standard error. */
  static final String PRINTED_LINE = "this line must go to stderr, not onto the protocol stream";

  private EchoRenderer() {}

  public static void main(String[] args) {
    RendererProcess.run(connection -> serve(connection.ipcRenderer()));
  }

  private static void serve(IpcRenderer ipc) {
    // Main's invokes: "echo-back" answers with its argument; "send-then-reply" sends it on
    // "sent-first", then answers with it; "hang" never answers, and once it
    // holds as many calls as its argument says, tells main on "all-hanging".
    ipc.handle("echo-back", (event, args) -> List.of("renderer", args[0]));
    // Sends an event to main before its reply: main must see them in that order.
    ipc.handle("send-then-reply", (event, args) -> {
      ipc.send("sent-first", args[0]);
      return args[0];
    });
    AtomicInteger hanging = new AtomicInteger();
    ipc.handle("hang", (event, args) -> {
      if (hanging.incrementAndGet() == (Integer) args[0]) {
        ipc.send("all-hanging", hanging.get());
      }
      return new CompletableFuture<>();
    });
    ipc.on("command", (event, command) -> {
      @SuppressWarnings("unchecked")
      List<Object> c = (List<Object>) command[0];
      switch ((String) c.get(0)) {
        case "invoke":
          ipc.invoke((String) c.get(1), c.get(2)).whenComplete((value, failure) ->
              ipc.send("invoked", failure == null ? value : "failed: " + failure.getMessage()));
          break;
        case "sendSync":
          new Thread(() -> {
            Object value;
            try {
              value = ipc.sendSync((String) c.get(1), c.get(2));
            } catch (RuntimeException e) {
              value = "failed: " + e.getMessage();
            }
            ipc.send("synced", value);
          }).start();
          break;
        case "send":
          ipc.send((String) c.get(1), c.get(2));
          break;
        case "burst":
          new Thread(() -> {
            int n = (Integer) c.get(1);
            for (int i = 0; i < n; i++) {
              switch (i % 3) {
                case 0:
                  ipc.send("order", i);
                  break;
                case 1:
                  ipc.sendSync("order-sync", i);
                  break;
                default:
                  ipc.invoke("order-invoke", i);
              }
            }
            ipc.send("burst-done", n);
          }).start();
          break;
        case "exit":
          System.exit((Integer) c.get(1));
          break;
        case "collect":
          java.util.List<Object> seen = new java.util.ArrayList<>();
          ipc.on("seq", (e, n) -> seen.add(n[0]));
          ipc.on("seq-end", (e, n) -> ipc.send("seq-result", seen));
          ipc.send("collecting", true);
          break;
        case "print":
          System.out.println(PRINTED_LINE);
          ipc.send("printed", true);
          break;
        default:
          ipc.send("unknown", c.get(0));
      }
    });
    ipc.send("ready", ProcessHandle.current().pid());
  }
}
