package org.typedipc.runtime.reliability;

import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;

/**
 * A main process for the tests that stop main. It never answers {@code "never"}, and on {@code
 * "flood-me"} {@code [count, bytes]} sends the renderer that many {@code "flood"} messages of that
 * size from a thread of its own, so that its writer holds what the renderer has not read yet.
 * Arguments: {@code listen <transport>} prints one invitation as {@code kind address secret-hex},
 * for the test JVM as the renderer; {@code launch <transport> <report-file>} launches a {@link
 * FloodedRenderer} writing to that file and prints its pid.
 */
public final class FloodingMainProcess {
  private FloodingMainProcess() {}

  public static void main(String[] args) throws Exception {
    IpcMain main = IpcMain.create();
    main.handle("never", (event, a) -> new CompletableFuture<>());
    main.on("flood-me", (event, a) -> {
      int count = (Integer) a[0];
      byte[] payload = new byte[(Integer) a[1]];
      Thread flood = new Thread(() -> {
        try {
          for (int i = 0; i < count; i++) {
            event.sender().send("flood", payload);
          }
        } catch (RuntimeException e) {
          // the renderer is gone: nothing left to flood
        }
      }, "flood-renderer");
      flood.setDaemon(true);
      flood.start();
    });
    TransportKind transport = TransportKind.valueOf(args[1]);
    if (args[0].equals("launch")) {
      Renderer renderer = main.launch(RendererLaunch.mainClass(FloodedRenderer.class.getName())
          .withTransport(transport).withArgs(args[2])).get(60, TimeUnit.SECONDS);
      System.out.println(renderer.processId());
    } else {
      RendererAcceptor listener = main.listen(transport);
      RendererInvitation invitation = listener.invite();
      System.out.println(invitation.endpoint().transport() + " " + invitation.endpoint().address() + " "
          + HexFormat.of().formatHex(invitation.endpoint().secret()));
    }
    System.out.flush();
    Thread.sleep(120_000);
  }
}
