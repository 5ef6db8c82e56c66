package org.typedipc.runtime.internal.messages;

import java.time.Duration;

/**
 * Every message typed-ipc reports, in one place. Each says what went wrong, where, and what to do;
 * where Electron has a text for the same situation, that text is used verbatim.
 */
public final class ErrorMessages {
  private ErrorMessages() {}

  /** Electron's wrapper for every failed invoke. */
  public static String invokeFailed(String channel, String remoteClassName, String remoteMessage) {
    return invokeWrapper(channel)
        + (remoteMessage == null ? remoteClassName : remoteClassName + ": " + remoteMessage);
  }

  public static String noHandler(String channel) {
    return invokeWrapper(channel) + "No handler registered for '" + channel + "'";
  }

  private static String invokeWrapper(String channel) {
    return "Error invoking remote method '" + channel + "': ";
  }

  public static String secondHandler(String channel) {
    return "Attempted to register a second handler for '" + channel + "'";
  }

  public static String handlerFailedLog(String channel) {
    return "Error occurred in handler for '" + channel + "':";
  }

  public static String listenerFailedLog(String side, String channel) {
    return "Error occurred in " + side + " listener for '" + channel + "':";
  }

  public static String syncWithoutListeners(int rendererId, String channel) {
    return "Renderer #" + rendererId + " called ipcRenderer.sendSync() with '" + channel
        + "' channel without listeners.";
  }

  public static String syncNoListener(String channel) {
    return "sendSync '" + channel + "' failed: no listener in main for '" + channel
        + "'. Register one with ipcMain.on(\"" + channel + "\", …) and set event.returnValue.";
  }

  public static String syncTimeout(String channel, Duration deadline) {
    return "sendSync '" + channel + "' got no reply within " + format(deadline)
        + ": no listener set event.returnValue. Set it in a listener, or give the call a longer"
        + " deadline with IpcRenderer.withDeadline(…).";
  }

  public static String invokeTimeout(String channel, Duration deadline) {
    return invokeWrapper(channel) + "no reply within the deadline of " + format(deadline)
        + ". The handler may still be running; give the call a longer deadline if it needs one.";
  }

  public static String syncInsideListener(String channel) {
    return "sendSync '" + channel + "' was called from inside an IPC listener or handler, where it"
        + " would deadlock: listeners run one at a time. Use invoke(…) and continue when its"
        + " future completes.";
  }

  public static String contextReleased(String who) {
    return "IPC method called after context was released: " + who + " is closed.";
  }

  public static String pendingCallDisconnected(String method, String channel, String who) {
    return method + " '" + channel + "' failed: " + who + " closed before the reply came.";
  }

  public static String invokeDisconnected(String channel, String who) {
    return invokeWrapper(channel) + who + " closed before the reply came.";
  }

  public static String sendToClosed(String channel, String who) {
    return "Cannot send '" + channel + "': " + who + " is closed (Object has been destroyed).";
  }

  public static String registerOnClosed(String who) {
    return "Cannot register on the IPC scope of " + who + ": it is closed.";
  }

  public static String missingChannel() {
    return "Missing required channel argument: pass a non-empty channel name.";
  }

  public static String cannotSend(String channel, String reason) {
    return "Cannot send '" + channel + "': " + reason;
  }

  public static String badReturnValue(String channel, String reason) {
    return "Cannot set the returnValue of '" + channel + "': " + reason;
  }

  public static String unsupportedValue(String path, String typeName) {
    return path + " is a " + typeName + ", which cannot cross the wire."
        + " Supported: null, Boolean, Integer, Long, Double, String, byte[], Instant, and List and"
        + " Map<String, ?> of these. For records, enums and other types declare a typed contract"
        + " (@IpcContract).";
  }

  public static String nonStringKey(String path, String typeName) {
    return "The map " + path + " has a key of type " + typeName
        + "; maps cross the wire only with String keys.";
  }

  public static String nullKey(String path) {
    return "The map " + path + " has a null key; maps cross the wire only with non-null String"
        + " keys.";
  }

  public static String cyclicValue(String path) {
    return path + " contains itself (a cycle). Values cross the wire as trees:"
        + " break the cycle, e.g. send ids instead of references.";
  }

  public static String tooDeep(String path, int limit) {
    return path + " nests deeper than " + limit
        + " levels. Flatten it or send it in parts.";
  }

  public static String unpairedSurrogate(int index) {
    return "A String has an unpaired surrogate at index " + index
        + "; only well-formed Unicode crosses the wire.";
  }

  public static String nullArgs() {
    return "the argument array is null; pass values, or none.";
  }

  private static String format(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  // Library codecs (org.typedipc.runtime.spi.Codecs). Encode failures are whole messages; decode
  // failures are fragments for WireReader.malformed(…), which adds the byte offset.

  public static String nullValue(String typeName) {
    return "A null " + typeName + " cannot cross the wire where the value is declared non-null."
        + " Pass a value, or declare it nullable in the contract (or wrap its codec in"
        + " Codecs.nullable(…)).";
  }

  public static String changedWhileEncoding(String typeName, int size) {
    return "A " + typeName + " changed while it was encoded: it reported " + size + " elements"
        + " but yielded a different number. Do not modify it while it is being sent, or send a"
        + " copy.";
  }

  public static String badPresenceByte(int b) {
    return "a presence byte of " + b + " (expected 0 for absent or 1 for present)";
  }

  public static String unknownOrdinal(String enumName, int ordinal, int constants) {
    return "an unknown ordinal " + ordinal + " of enum " + enumName + ", which has " + constants
        + " constants";
  }

  public static String duplicate(String typeName, String part) {
    return "a " + typeName + " with the same " + part + " twice";
  }

  public static String outOfRange(String typeName, String fields) {
    return "a " + typeName + " out of range (" + fields + ")";
  }

  public static String badBigInteger(int bytes) {
    return "a BigInteger of " + bytes + " bytes (it needs at least one, and fewer than 2^28)";
  }

  public static String zeroByteElement() {
    return "Codec.none() writes no bytes, so it cannot be the element of a list, set, map or array:"
        + " a count of such elements could not be checked against the bytes received.";
  }

  // ---- transports ----

  public static String connectRefused(String transport, String address, String reason) {
    return "Cannot connect to main at " + transport + " " + address + ": " + reason;
  }

  public static String socketPathTooLong(String socket, int length, int max) {
    return "The Unix socket path " + socket + " is " + length + " bytes; the OS allows " + max
        + ". Point XDG_RUNTIME_DIR or java.io.tmpdir at a shorter directory.";
  }

  public static String peerIsAnotherUser(String peerUser, String mainUser) {
    return "the peer runs as user " + peerUser + ", main as " + mainUser;
  }

  public static String malformedTcpAddress(String address) {
    return "The TCP address '" + address + "' is not host:port. Pass the address main's acceptor gave.";
  }

  public static String missingTransportName() {
    return "An endpoint needs the name of its transport, e.g. \"TCP\"; got none.";
  }

  public static String notLaunchedAsRenderer(String variable) {
    return "This process was not launched as a typed-ipc renderer: " + variable
        + " is not set. Launch it with IpcMain.launch(…), or pass an IpcEndpoint to RendererProcess.connect(…).";
  }

  public static String malformedEndpoint(String variable, String problem) {
    return "Malformed typed-ipc endpoint in the environment: " + variable + ": " + problem;
  }

  public static String unknownTransport(String name, java.util.Collection<String> known) {
    return "No transport named '" + name + "': this renderer knows " + known
        + ". Pass the transport main uses with RendererOptions.withTransports(…).";
  }

  public static String noRuntimeProvider() {
    return "The typed-ipc runtime provides no IpcRuntime service: its module-info or its"
        + " META-INF/services entry was lost, e.g. by shading. Keep both when repackaging the runtime jar.";
  }

  // ---- accepting and launching renderers ----

  public static String cannotListenOn(String transport) {
    return "Main cannot listen on " + transport + ": it connects only a renderer main launched; use IpcMain.launch(…).";
  }

  public static String cannotListen(String transport, String reason) {
    return "Cannot listen on " + transport + ": " + reason;
  }

  public static String acceptorClosed() {
    return "This acceptor is closed; it invites no more renderers. Listen again with IpcMain.listen(…).";
  }

  public static String acceptorClosedBeforeConnect() {
    return "The acceptor closed before the renderer connected.";
  }

  public static String releaseFailed(String address, String reason) {
    return "Could not release " + address + " (a socket file may be left behind): " + reason;
  }

  public static String acceptFailed(String address) {
    return "Accepting renderers on " + address + " failed; the acceptor stops";
  }

  public static String tooManyHandshakes(String address, int max) {
    return "Refused a connection on " + address + ": " + max + " connections are in the handshake already.";
  }

  public static String wrongSecretReply() {
    return "the secret is wrong, missing or was used before.";
  }

  public static String wrongSecret() {
    return "a renderer presented a wrong, missing or reused secret";
  }

  public static String refusedConnection(String stream, String reason) {
    return "Refused a renderer connection on " + stream + ": " + reason;
  }

  public static String cannotReachMain(String endpoint, String reason) {
    return "Cannot connect to main at " + endpoint + ": " + reason;
  }

  public static String handshakeTimedOut(java.time.Duration timeout) {
    return "Main did not complete the handshake within " + timeout.toMillis() + " ms.";
  }

  public static String launchedDidNotConnect(String launch, java.time.Duration timeout) {
    return "The renderer " + launch + " did not connect within " + timeout.toMillis() + " ms.";
  }

  public static String cannotStartRenderer(String launch, String reason) {
    return "Cannot start the renderer process " + launch + ": " + reason;
  }

  public static String exitedBeforeConnecting(String launch, int exitCode) {
    return "The renderer process " + launch + " exited with code " + exitCode + " before it connected.";
  }

  public static String launchedHandshakeTimedOut(java.time.Duration timeout) {
    return "The renderer did not complete the handshake within " + timeout.toMillis() + " ms.";
  }

  public static String launchedHandshakeFailed(String reason) {
    return "The renderer handshake failed: " + reason;
  }

  public static String refusedLaunched(String reason) {
    return "Refused a launched renderer: " + reason;
  }

  public static String endingLingeringRenderer(int rendererId) {
    return "Renderer #" + rendererId + " did not exit after its connection closed; ending it.";
  }

  // ---- the SPI ----

  public static String nullRuntimeObject(String apiType) {
    return "The " + apiType + " is null; pass the one the runtime gave you.";
  }

  public static String notARuntimeObject(String apiType, String className) {
    return "Typed channels need an " + apiType + " the typed-ipc runtime created, got a " + className
        + ". Pass the object IpcMain or RendererProcess gave you, not a wrapper or a mock.";
  }
}
