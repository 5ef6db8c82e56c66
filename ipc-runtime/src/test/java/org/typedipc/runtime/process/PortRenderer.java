package org.typedipc.runtime.process;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.MessageChannel;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process that uses a port main posts to it on {@code "port"}. With the message {@code
 * "echo"} it posts every message back on the port; with {@code "report"} it tells main of each
 * message ({@code "port-message"}) and of the close event ({@code "port-closed"}), and posts on the
 * port what main sends on {@code "say"}. On {@code "make"} it makes a pair itself, uses one end as
 * with {@code "report"} and posts the other to main on {@code "made"}. It sends {@code "ready"}
 * with its process id first.
 */
public final class PortRenderer {
  private PortRenderer() {}

  public static void main(String[] args) {
    RendererProcess.run(connection -> serve(connection.ipcRenderer()));
  }

  private static void serve(IpcRenderer ipc) {
    AtomicReference<MessagePort> held = new AtomicReference<>();
    ipc.on("port", (event, args) -> {
      MessagePort port = event.ports().get(0);
      held.set(port);
      if ("echo".equals(args[0])) {
        port.onMessage(message -> port.postMessage(message.data()));
        port.start();
      } else {
        report(ipc, port);
      }
      ipc.send("port-taken", args[0]);
    });
    ipc.on("make", (event, args) -> {
      MessageChannel channel = ipc.createMessageChannel();
      held.set(channel.port1());
      report(ipc, channel.port1());
      ipc.postMessage("made", args[0], List.of(channel.port2()));
    });
    ipc.on("say", (event, args) -> held.get().postMessage(args[0]));
    ipc.send("ready", ProcessHandle.current().pid());
  }

  private static void report(IpcRenderer ipc, MessagePort port) {
    port.onMessage(message -> ipc.send("port-message", message.data()));
    port.onClose(() -> ipc.send("port-closed", true));
    port.start();
  }
}
