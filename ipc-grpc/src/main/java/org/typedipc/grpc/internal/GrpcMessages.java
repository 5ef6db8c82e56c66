package org.typedipc.grpc.internal;

import java.time.Duration;

/**
 * The texts of the gRPC module: the runtime's catalogue is internal to its module, and these speak
 * of TLS, certificates and gRPC status, which the runtime knows nothing of.
 */
public final class GrpcMessages {
  private GrpcMessages() {}

  public static String plaintextOffLoopback(String host) {
    return "Refused plain text to or from '" + host + "': without TLS the gRPC transport runs on loopback only. "
        + "Give the transport certificates with GrpcTransport.overTls(…), or use 127.0.0.1.";
  }

  public static String noServerCertificate() {
    return "Main cannot listen over TLS without its own certificate: give GrpcTls.serverCertificate(chain, key).";
  }

  public static String noTrustedRoots() {
    return "A renderer cannot connect over TLS without the authorities that vouch for main: give GrpcTls.trusting(rootsPem).";
  }

  public static String badAddress(String address) {
    return "'" + address + "' is not a gRPC address; expected host:port, as main's endpoint gives it.";
  }

  public static String badCredentials(String what, String cause) {
    return "The " + what + " for the gRPC transport could not be read (" + cause + "); give PEM-encoded certificates and a PKCS#8 key.";
  }

  public static String listenFailed(String address, String cause) {
    return "The gRPC transport could not listen on " + address + ": " + cause + ".";
  }

  public static String mainUnreachable(String address, String state, Duration waited) {
    return "Main is not reachable over gRPC at " + address + " (channel " + state + " after " + waited.toMillis()
        + " ms): check the address, that main listens, and that both sides trust each other's certificates.";
  }

  public static String mainUnreachableNow(String address, String state) {
    return "Main is not reachable over gRPC at " + address + " (channel " + state + "); this renderer fails at once. "
        + "Use GrpcTransport.waitingForMain(…) to wait while gRPC reconnects with back-off.";
  }

  public static String streamEnded(String who, String status) {
    return "The gRPC stream to " + who + " ended: " + status + ".";
  }

  public static String streamCut(String who) {
    return "The gRPC stream from " + who + " was cut (the peer cancelled it, or the network or keepalive dropped it).";
  }

  public static String outageTooLong(String who, Duration outage) {
    return "The gRPC stream to " + who + " was cut and not resumed within " + outage.toMillis()
        + " ms; its calls fail. Raise GrpcTransport.waitingThroughOutages(…) on both sides if such outages are expected.";
  }

  public static String cannotResume(String who) {
    return "The gRPC stream to " + who + " cannot be resumed: main no longer holds it, it belongs to another certificate, "
        + "or more was lost than the tunnel keeps to send again. Connect again with a new invitation.";
  }

  public static String rendererNotAdmitted(String identity) {
    return "Refused the renderer with certificate '" + identity + "': main's admission check for gRPC renderers does not accept it.";
  }

  public static String serverClosed() {
    return "main stopped accepting gRPC renderers";
  }

  public static String interrupted() {
    return "Interrupted while the gRPC transport waited.";
  }

  public static String durationNotPositive(String what, Duration value) {
    return "The " + what + " must be positive, not " + value + ".";
  }
}
