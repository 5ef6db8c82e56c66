package org.typedipc.web.internal;

import java.time.Duration;

/**
 * The texts of the web module: the runtime's catalogue is internal to its module, and these
 * speak of HTTP and WebSockets, which the runtime knows nothing of.
 */
public final class WebMessages {
  private WebMessages() {}

  public static String notLoopbackHost(String host) {
    return "Refused a request for host '" + host + "': main serves web renderers on loopback only, by "
        + "127.0.0.1, localhost or [::1] and its own port (a guard against DNS rebinding). Open the URL main printed.";
  }

  public static String foreignOrigin(String origin, String expected) {
    return "Refused a WebSocket from origin '" + origin + "': only pages main served itself ("
        + expected + ") may connect. Serve the page with IpcWeb.serveWeb.";
  }

  public static String textFrame() {
    return "The page sent a text frame; typed-ipc speaks binary frames only. Use the @typed-ipc/renderer package.";
  }

  public static String handshakeTooLarge(int limit) {
    return "The page sent more than " + limit + " bytes before main answered its HELLO; closed unread.";
  }

  public static String outboundStalled(long bytes, Duration waited) {
    return "The page has not taken " + bytes + " bytes main sent for " + waited.toSeconds()
        + " s; its renderer is disconnected so that main's memory stays bounded.";
  }

  public static String streamClosed() {
    return "The WebSocket is closed.";
  }

  public static String notAWebSocketAddress(String address) {
    return "'" + address + "' is not a WebSocket address; expected ws://127.0.0.1:<port>/typed-ipc/socket, as main's invitation gives it.";
  }

  public static String serverFailed(String cause) {
    return "The web renderer server could not start: " + cause + ".";
  }

  public static String notADirectory(String path) {
    return "The page's files must be a directory: " + path + " is not one.";
  }

  public static String noServerYet() {
    return "This WebSocketTransport has no server yet: hand it to ipcMain.listen(…) first, or use IpcWeb.serveWeb.";
  }

  public static String invitationExpired(Duration lifetime) {
    return "The page's invitation was not used within " + lifetime.toSeconds() + " s and has expired; "
        + "reload the page for a new one.";
  }

  public static String invitationDisplaced(int capacity) {
    return "The page's invitation gave way to newer ones: at most " + capacity + " may wait unused at once; "
        + "reload the page for a new one.";
  }

  /** The WebSocket close reason (at most 123 bytes) for a page dropped over its outbound budget. */
  public static String outboundStalledCloseReason() {
    return "typed-ipc: the page took nothing main sent for too long; disconnected.";
  }
}
