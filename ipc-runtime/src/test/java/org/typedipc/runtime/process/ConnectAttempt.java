package org.typedipc.runtime.process;

import java.util.HexFormat;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * Tries to connect as a renderer to {@code <socket path> <secret hex>} and exits 0 if main
 * welcomed it, 3 if it was refused access, 4 if the connection failed otherwise.
 */
public final class ConnectAttempt {
  private ConnectAttempt() {}

  public static void main(String[] args) {
    try {
      RendererProcess.connect(new IpcEndpoint(TransportKind.UNIX_SOCKET, args[0], HexFormat.of().parseHex(args[1])),
          RendererOptions.defaults()).close();
      System.exit(0);
    } catch (IpcAccessDeniedException e) {
      System.err.println("refused: " + e.getMessage());
      System.exit(3);
    } catch (IpcException e) {
      System.err.println("failed: " + e.getMessage());
      System.exit(4);
    }
  }
}
