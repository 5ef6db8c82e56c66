package org.typedipc.runtime.process;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.TransportKind;

/**
 * A main process with default settings for the tests of hostile peers: it listens on TCP, answers
 * {@code "echo"}, and reads commands from its standard input: {@code invite} prints an invitation as
 * {@code address secret-hex}; {@code fds} prints how many file descriptors it has open;
 * {@code renderers} prints how many renderers it serves.
 */
public final class HostileMainProcess {
  private HostileMainProcess() {}

  public static void main(String[] args) throws Exception {
    IpcMain main = IpcMain.create();
    main.handle("echo", (event, a) -> a[0]);
    RendererAcceptor listener = main.listen(TransportKind.TCP);
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String command;
    while ((command = commands.readLine()) != null) {
      switch (command) {
        case "invite": {
          RendererInvitation invitation = listener.invite();
          System.out.println(invitation.endpoint().address() + " " + HexFormat.of().formatHex(invitation.endpoint().secret()));
          break;
        }
        case "fds":
          System.out.println(new File("/proc/self/fd").list().length);
          break;
        case "renderers":
          System.out.println(main.renderers().size());
          break;
        default:
          System.out.println("unknown command " + command);
      }
      System.out.flush();
    }
    main.close();
  }
}
