package org.typedipc.runtime.process;

import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.TransportKind;

/**
 * A main process for the tests where the renderer is the test JVM: it listens on the transport
 * named by its first argument, prints one invitation as {@code kind address secret-hex}, answers
 * {@code "echo"} and never answers {@code "never"}.
 */
public final class ListeningMainProcess {
  private ListeningMainProcess() {}

  public static void main(String[] args) throws Exception {
    IpcMain main = IpcMain.create();
    main.handle("echo", (event, a) -> a[0]);
    main.handle("never", (event, a) -> new CompletableFuture<>());
    RendererAcceptor listener = main.listen(TransportKind.valueOf(args[0]));
    RendererInvitation invitation = listener.invite();
    System.out.println(invitation.endpoint().transport() + " " + invitation.endpoint().address() + " "
        + HexFormat.of().formatHex(invitation.endpoint().secret()));
    System.out.flush();
    Thread.sleep(60_000);
  }
}
