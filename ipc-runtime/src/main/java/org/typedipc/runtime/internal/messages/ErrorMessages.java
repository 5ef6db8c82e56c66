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

  public static String broadcastFailedLog(String channel, int rendererId) {
    return "Broadcast on '" + channel + "' could not reach renderer #" + rendererId
        + "; the other renderers still got it:";
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

  public static String rendererInvokeTimeout(String channel, String frame, Duration deadline) {
    return invokeWrapper(channel) + "no reply from " + frame + " within the deadline of " + format(deadline)
        + ". Its handler may still be running and sees the call cancelled; give the call a longer"
        + " deadline if it needs one: renderer.invoke(deadline, …), Renderer.setInvokeDeadline(…) or"
        + " IpcMainOptions.withRendererInvokeDeadline(…).";
  }

  public static String syncInsideListener(String channel) {
    return "sendSync '" + channel + "' was called from inside an IPC listener or handler, where it"
        + " would deadlock: listeners run one at a time. Use invoke(…) and continue when its"
        + " future completes.";
  }

  public static String contextReleased(String who) {
    return "IPC method called after context was released: " + who + " is closed.";
  }

  public static String noRendererListenerLog(String who, String channel) {
    return "A message from main on '" + channel + "' to " + who + " found no listener and was dropped,"
        + " as Electron drops it. Register the listener before calling RendererConnection.ready()"
        + " (RendererProcess.run calls it after your set-up); later drops on this channel are only"
        + " counted (RendererConnection.unheardMessages()).";
  }

  public static String heldBytesExceeded(String who, long heldBytes, long limit) {
    return who + " held " + heldBytes + " bytes of messages from main before it was ready, over"
        + " the limit of " + limit + " bytes, and closed its connection. Call"
        + " RendererConnection.ready() once the listeners are registered (RendererProcess.run does),"
        + " or raise RendererOptions.withHeldBytesLimit(…).";
  }

  public static String nonPositiveHeldBytesLimit(long limit) {
    return "The limit of bytes a renderer holds before it is ready must be positive, got " + limit + ".";
  }

  public static String pendingCallDisconnected(String method, String channel, String who) {
    return method + " '" + channel + "' failed: " + who + " closed before the reply came.";
  }

  public static String invokeDisconnected(String channel, String who) {
    return invokeWrapper(channel) + who + " closed before the reply came.";
  }

  public static String callGone(String channel, String why) {
    return invokeWrapper(channel) + "the call ended before its reply came: " + why;
  }

  public static String frameClosedBeforeCall(String frame) {
    return frame + " closed before main's call reached it.";
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

  public static String unreadableText(String typeName, String text, String problem) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "a " + typeName + " \"" + shown + "\" that cannot be read here (" + problem + ")";
  }

  public static String pathOfOtherFileSystem(String fileSystem) {
    return "A Path of the file system " + fileSystem + " cannot cross the wire: a Path travels as"
        + " its string and is read on the receiver's default file system, so it names the same"
        + " file only on the same machine. Send a path of FileSystems.getDefault(), or the file's"
        + " contents.";
  }

  public static String zoneDisagreesWithOffset(String zone, String offset) {
    return "a ZonedDateTime in the fixed zone " + zone + " with the different offset " + offset;
  }

  public static String zeroByteElement() {
    return "Codec.none() writes no bytes, so it cannot be the element of a list, set, map or array:"
        + " a count of such elements could not be checked against the bytes received.";
  }

  public static String invalidStringValue(String path, String problem) {
    return "The String " + path + ": " + problem;
  }

  public static String invalidMapKey(String path, String problem) {
    return "A key of the map at " + path + ": " + problem;
  }

  public static String unknownValueTag(int tag) {
    return "an unknown value tag " + tag;
  }

  public static String instantOutOfRange(long seconds, int nanos) {
    return "an Instant out of range (" + seconds + " s, " + nanos + " ns)";
  }

  public static String duplicateMapKey(String key) {
    return "a map with the key '" + key + "' twice";
  }

  // ---- the wire format (org.typedipc.runtime.spi.WireWriter and WireReader) ----

  public static String negativeLength(int length) {
    return "length must not be negative: " + length;
  }

  public static String referenceThresholdNotPositive(int minBytes) {
    return "WireWriter.referToArraysFrom needs a length of at least 1, not " + minBytes
        + ": pass the shortest array to keep by reference.";
  }

  public static String valueTooLarge() {
    return "The value is too large to encode: more than 2 GiB.";
  }

  public static String badArrayRange(int offset, int length, int arrayLength) {
    return "offset " + offset + ", length " + length + ", array " + arrayLength;
  }

  public static String notUtf8(int start) {
    return "Malformed message: a string at byte " + start + " is not valid UTF-8.";
  }

  /** Wraps a decode failure's fragment. */
  public static String malformedMessage(int position, String what) {
    return "Malformed message at byte " + position + ": " + what + ".";
  }

  public static String badBooleanByte(int b) {
    return "a boolean byte of " + b + " (expected 0 or 1)";
  }

  public static String lengthTooLong() {
    return "a length that does not fit in 31 bits";
  }

  public static String countExceedsBytes(int count, int remaining) {
    return "a count of " + count + " elements with only " + remaining + " bytes left";
  }

  public static String byteArrayOf(int length) {
    return "a byte array of " + length + " bytes";
  }

  public static String stringOf(int length) {
    return "a string of " + length + " bytes";
  }

  public static String nestedTooDeep(int limit) {
    return "values nested deeper than " + limit + " levels";
  }

  public static String unreadBytes(int count) {
    return count + " unread bytes after the last value";
  }

  public static String truncated(String what, int remaining) {
    return "truncated while reading " + what + " (" + remaining + " bytes left)";
  }

  public static String nonPositiveDecodedLimit(long limit) {
    return "A decoded-size limit must be positive, not " + limit + ".";
  }

  public static String argumentsSettled(String channel) {
    return "The arguments of the call on channel '" + channel + "' were read once its handler ran and are no longer"
        + " kept in another form: read them while the handler runs, with the codec of the channel.";
  }

  public static String decodedTooLarge(String subject, long limit) {
    return "The message " + subject + " decodes to more than its limit of " + limit
        + " bytes (ConnectionSettings.maxDecodedBytes): send it in smaller parts, or raise the limit on"
        + " the receiving side with ConnectionSettings.withMaxDecodedBytes.";
  }

  public static String onChannel(String channel) {
    return "on channel '" + channel + "'";
  }

  public static String tooManyEqualHashes(String typeName, long work, long limit) {
    return "a " + typeName + " whose keys share hash codes so often that decoding it would take " + work
        + " comparisons, more than the " + limit + " allowed for its size; keys with better hashCode methods"
        + " avoid this";
  }

  public static String decodedLimitBelowPacketLimit() {
    return "maxDecodedBytes must be at least maxPacketBytes: a byte array as large as a packet must decode.";
  }

  public static String nonPositiveLimit(String name, long value) {
    return name + " must be positive, not " + value + ".";
  }

  // ---- per-connection caps ----

  public static String tooManyFrames(int limit) {
    return "The renderer opened more than " + limit + " frames at once (ConnectionSettings.maxFramesPerRenderer):"
        + " close frames it no longer uses, or raise the limit with ConnectionSettings.withPeerCaps.";
  }

  public static String tooManyChannels(int limit) {
    return "The peer declared more than " + limit + " channels on one connection (ConnectionSettings.maxChannels):"
        + " use fewer channel names, or raise the limit with ConnectionSettings.withPeerCaps.";
  }

  public static String channelNamesTooLong(long limit) {
    return "The peer's channel names take more than " + limit + " bytes on one connection"
        + " (ConnectionSettings.maxChannelNameBytes): use shorter or fewer channel names, or raise the limit"
        + " with ConnectionSettings.withPeerCaps.";
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

  public static String handshakeSlotsFull(String address, int max, long evicted) {
    return "Closed the longest-waiting of " + max + " connections on " + address + " that had not sent their HELLO, to admit a new one ("
        + evicted + " so far): something connects without completing the handshake; raise maxPendingHandshakes if these are slow renderers.";
  }

  public static String wrongSecretReply() {
    return "the secret is wrong, missing or was used before.";
  }

  public static String wrongSecret() {
    return "a renderer presented a wrong, missing or reused secret";
  }

  public static String withSuppressed(String line, long suppressed) {
    return line + " (" + suppressed + " more like it since the last such line were not logged)";
  }

  public static String peerMessageFailedLog(String side, String channel, String reason) {
    return "A message on '" + channel + "' failed in " + side + " before its listener or handler could run: " + reason;
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

  public static String exitedBeforeConnecting(String launch, int exitCode, java.util.List<String> lastErrorLines) {
    return "The renderer process " + launch + " exited with code " + exitCode + " before it connected. "
        + (lastErrorLines.isEmpty()
            ? "It wrote nothing to standard error; check that its main method calls RendererProcess.connect()."
            : "The last lines it wrote to standard error:\n  " + String.join("\n  ", lastErrorLines)
                + "\nFix what they report; the renderer must reach RendererProcess.run(…) or RendererProcess.connect().");
  }

  public static String launchEndedByClose(String launch) {
    return "IpcMain.close() ended the renderer process " + launch + " before it connected. Wait for the launch "
        + "future before closing main if you need the renderer.";
  }

  public static String endingRendererAtClose(long pid, long graceMillis) {
    return "The renderer process " + pid + " did not exit within " + graceMillis + " ms after IpcMain.close() "
        + "closed its connection; ending it forcibly. Let the renderer exit once RendererConnection.whenClosed() completes.";
  }

  public static String mainClassNowhere(String mainClass) {
    return "Cannot find the renderer's main class " + mainClass + ": it is neither in a named module of this JVM "
        + "nor on its class path. Launch it with RendererLaunch.module(\"your.module\", \"" + mainClass
        + "\"), or give its location with withClassPath(…) or withModulePath(…).";
  }

  public static String moduleNowhere(String module) {
    return "Cannot give the renderer its module " + module + ": it is not in this JVM's runtime image and this JVM "
        + "has no module path. Link it into the image (jlink --add-modules " + module
        + "), or give its location with withModulePath(…).";
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

  public static String notAProcessId(long processId) {
    return "Not a process id: " + processId + "; pass the pid of main's process, e.g. ProcessHandle.current().pid().";
  }

  public static String mainGoneEndingRenderer(String why, Duration grace) {
    return "This renderer was launched by main and " + why + ", and it did not exit within " + grace.toMillis()
        + " ms; ending its process. (A launched renderer never outlives its main.)";
  }

  public static String launchedRendererExitHung(Duration wait) {
    return "This launched renderer's exit did not finish within " + wait.toMillis()
        + " ms (a shutdown hook is stuck); halting it.";
  }

  public static String mainProcessEnded(long mainProcessId) {
    return "main's process " + mainProcessId + " ended";
  }

  public static String connectionToMainClosed(String reason) {
    return "its connection to main closed (" + reason + ")";
  }

  public static String negativeRestarts(int restarts) {
    return "maxRestarts must be 0 or more, got " + restarts;
  }

  public static String backoffShorterThanFirst(Duration first, Duration longest) {
    return "The longest back-off (" + longest + ") is shorter than the first (" + first + "); pass longest >= first.";
  }

  public static String restartingRenderer(String launch, String why, Duration delay, int restart, int max) {
    return "Renderer " + launch + " ended abnormally (" + why + "); relaunching it in " + delay.toMillis() + " ms (restart "
        + restart + " of at most " + max + ").";
  }

  public static String gaveUpRestarting(String launch, int max, Duration window, String why) {
    return "Gave up relaunching " + launch + ": it ended abnormally (" + why + ") after " + max + " restarts within "
        + window + ". Fix the renderer, or allow more restarts in its RestartPolicy.";
  }

  public static String relaunchFailed(String launch, String problem) {
    return "Relaunching " + launch + " failed: " + problem;
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

  // ---- options and settings ----

  public static String nonPositiveDeadline(Duration deadline) {
    return "A deadline must be positive, got " + deadline;
  }

  public static String nonPositiveDuration(String name, Duration duration) {
    return name + " must be positive, got " + duration;
  }

  public static String emptyText(String name) {
    return name + " must not be empty";
  }

  public static String packetLimitTooSmall(int maxPacketBytes) {
    return "maxPacketBytes must be at least 1024, got " + maxPacketBytes;
  }

  public static String bufferBelowPacketLimit() {
    return "maxBufferedBytes must hold at least one packet of maxPacketBytes: raise maxBufferedBytes or lower maxPacketBytes.";
  }

  public static String inboundCreditTooSmall(long credit, int overhead) {
    return "inboundCreditBytes must hold at least one message's overhead of " + overhead + " bytes, got " + credit;
  }

  public static String totalBelowPerConnection() {
    return "The totals per main must hold at least what one connection may: totalBufferedBytes >= maxBufferedBytes and "
        + "totalInboundBytes >= inboundCreditBytes.";
  }

  public static String livenessNotAfterHeartbeat() {
    return "livenessTimeout must be longer than heartbeatInterval: raise livenessTimeout or shorten heartbeatInterval.";
  }

  public static String noPendingHandshakes() {
    return "maxPendingHandshakes must be positive";
  }

  public static String cannotAttach(String transport) {
    return transport + " does not carry launched renderers; they connect to a listener.";
  }

  // ---- main, renderers and listeners ----

  public static String nullListener(String what) {
    return "The " + what + " is null; pass one to register.";
  }

  public static String mainClosed() {
    return "This IpcMain is closed; it accepts no new renderer.";
  }

  public static String rendererCreatedListenerFailedLog() {
    return "Error occurred in an onRendererCreated listener:";
  }

  public static String rendererGoneListenerFailedLog() {
    return "Error occurred in an onRendererGone listener:";
  }

  public static String giveUpListenerFailedLog() {
    return "Error occurred in a RestartPolicy onGiveUp listener:";
  }

  public static String cancelActionFailedLog() {
    return "Error occurred in an invoke cancel action:";
  }

  public static String deliveryFailedLog() {
    return "Unexpected failure in IPC delivery";
  }

  public static String executorRejectedLog() {
    return "The IPC executor rejected a delivery; it stays queued";
  }

  public static String parentNotOfThisRenderer(Object parent) {
    return "The parent must be a frame of this renderer connection, got " + parent;
  }

  public static String frameNotOfThisRenderer(Object frame) {
    return "whenKnownToMain takes a frame of this renderer connection (its ipcRenderer() or a frame its openFrame returned), got "
        + frame;
  }

  public static String frameClosedBeforeMainKnewIt(String frame) {
    return "The " + frame + " closed before main acknowledged it, so it may never have been known to main. Open a new frame to talk to main through.";
  }

  public static String syncInterrupted(String channel) {
    return "sendSync '" + channel + "' was interrupted while it waited for main.";
  }

  public static String closedByRenderer() {
    return "closed by the renderer";
  }

  public static String rendererClosedConnection() {
    return "the renderer closed its connection";
  }

  public static String closedByMain() {
    return "closed by main";
  }

  // ---- the protocol: connections ----

  public static String peerClosed() {
    return "the peer closed the connection";
  }

  /** Whether a disconnect reason says the peer closed the connection. */
  public static boolean isPeerClosed(String reason) {
    return reason.startsWith(peerClosed());
  }

  public static String peerClosedSaying(String reason) {
    return peerClosed() + ": " + reason;
  }

  public static String connectionBroke(Object cause) {
    return "the connection broke: " + cause;
  }

  public static String connectionFailed(Object cause) {
    return "the connection failed: " + cause;
  }

  public static String heartbeatTimeout(java.time.Duration liveness) {
    return "no whole packet from the peer for " + liveness.toMillis() + " ms (heartbeat timeout): it is stalled, or trickles a packet too slowly";
  }

  public static String peerProcessStopped(long pid, java.time.Duration liveness) {
    return "the peer's process " + pid + " has been stopped (SIGSTOP or a debugger) for " + liveness.toMillis()
        + " ms (heartbeat timeout): disconnected, since what it sent before it stopped proves nothing; resume it"
        + " within the liveness timeout, or raise ConnectionSettings.withHeartbeat's liveness timeout";
  }

  public static String mainProcessStopped(long pid, java.time.Duration liveness) {
    return "main's process " + pid + " has been stopped (SIGSTOP or a debugger) for " + liveness.toMillis()
        + " ms (heartbeat timeout) while this renderer waited for it: disconnected, since a stopped main neither"
        + " answers nor reads; resume main's process within the liveness timeout, or raise the liveness timeout"
        + " of the renderer's ConnectionSettings.withHeartbeat";
  }

  public static String drainTimeout(java.time.Duration drain, long queuedBytes) {
    return "the peer read none of the " + queuedBytes + " bytes queued for it for " + drain.toMillis()
        + " ms (drain timeout): disconnected so that it cannot hold up the others; if it is merely slow, raise "
        + "ConnectionSettings.withDrainTimeout";
  }

  public static String fellBehind(long queuedBytes, long limit) {
    return "the peer fell " + queuedBytes + " bytes behind (limit " + limit + ") while one of main's listeners sent to it: "
        + "disconnected rather than block main's loop for every renderer; let it read faster, send less from the listener, "
        + "or raise ConnectionSettings.withMaxBufferedBytes";
  }

  public static String mainHeldWhileWaiting(int rendererId, long heldBytes, long limit) {
    return "Main held " + heldBytes + " bytes of messages from renderer #" + rendererId + " while an invoke of it waited for its"
        + " reply, over the limit of " + limit + " (ConnectionSettings.totalInboundBytes): disconnected rather than run out of"
        + " memory. Do not wait for a renderer's reply inside a listener while that renderer floods main, or raise the limit";
  }

  public static String heldWhileWaiting(String who, long heldBytes, long limit) {
    return who + " held " + heldBytes + " bytes of messages from main while a call waited for its reply, over the limit of "
        + limit + ": closed rather than run out of memory. Raise RendererOptions.withHeldBytesLimit, or have main send "
        + "less while the renderer waits";
  }

  public static String killingUnresponsiveRendererLog(int rendererId, long pid, long graceMillis) {
    return "Renderer #" + rendererId + " (process " + pid + ") did not end within " + graceMillis
        + " ms of SIGTERM (a stopped process never handles it): killing it";
  }

  public static String rendererExited(int code, String reason) {
    return "the renderer process exited with code " + code + " (" + reason + ")";
  }

  public static String mainGone(String reason) {
    return "main is gone: " + reason;
  }

  public static String readFailedLog() {
    return "Unexpected failure reading a packet";
  }

  public static String closeNotSentLog(String reason) {
    return "Could not send CLOSE: " + reason;
  }

  public static String closingStreamFailedLog(Object cause) {
    return "Closing the stream failed: " + cause;
  }

  public static String closingFailedLog(Object cause) {
    return "Closing failed: " + cause;
  }

  public static String connectionClosed() {
    return "The connection is closed.";
  }

  public static String brokeWhileWriting(String reason) {
    return "The connection broke while writing: " + reason;
  }

  public static String interruptedWaitingForRoom() {
    return "Interrupted while waiting for room to write a packet.";
  }

  public static String packetTooLargeToSend(long length, int max) {
    return "A packet of " + length + " bytes exceeds the limit of " + max + " bytes; nothing was sent."
        + " Send large data in parts.";
  }

  public static String helloTooLarge(int length, int max) {
    return "A packet of " + length + " bytes before the handshake exceeds the HELLO limit of " + max
        + " bytes; the connection was closed unread. A renderer of this runtime never sends one; check what connects to this address.";
  }

  public static String packetTooLargeToRead(int length, int max) {
    return "A packet of " + length + " bytes exceeds the limit of " + max + " bytes; it was not read.";
  }

  // ---- the protocol: malformed input ----

  public static String closedBeforePreamble() {
    return "The peer closed the stream before the protocol preamble.";
  }

  public static String nonProtocolBytes(String bytes) {
    return "Non-protocol bytes on the stream: " + bytes
        + ". The peer is not a typed-ipc endpoint, or it wrote to the protocol stream"
        + " (a renderer launched over stdio must not print to System.out).";
  }

  public static String closedMidPacket() {
    return "The peer closed the stream in the middle of a packet.";
  }

  public static String packetShorterThanHeader(int length) {
    return "Malformed packet: a length of " + length + " bytes is shorter than a packet header.";
  }

  public static String unknownPacketType(int typeCode) {
    return "Malformed packet: unknown packet type " + typeCode + ".";
  }

  public static String headerTooLong(int headerLength, int length) {
    return "Malformed packet: a header of " + headerLength + " bytes in a packet of " + length + ".";
  }

  public static String malformedChannelDeclaration(int id, String name, int declared) {
    return "Malformed CHANNEL packet: channel id " + id + " for '" + name + "' after " + declared + " channels.";
  }

  public static String undeclaredChannel(int id) {
    return "Malformed packet: undeclared channel id " + id + ".";
  }

  public static String malformedFrameOpened(int frameId, int parentId) {
    return "Malformed FRAME_OPENED: frame " + frameId + " under " + parentId + ".";
  }

  public static String requestIdInUse(long requestId) {
    return "Malformed packet: request id " + requestId + " is already in use.";
  }

  public static String notFromRenderer(Object type) {
    return "Malformed packet: a renderer may not send " + type + ".";
  }

  public static String callFromClosedFrame(String channel, int frameId, int rendererId) {
    return "Main did not run '" + channel + "': frame " + frameId + " of renderer #" + rendererId
        + " is closed in main (it or its parent closed); call from an open frame.";
  }

  public static String malformedPayload(String channel, String problem) {
    return "Malformed payload on '" + channel + "': " + problem;
  }

  public static String warningSinkFailedLog(String warning) {
    return "The warning consumer given to IpcMainOptions.withWarnings(…) threw; it must not. The"
        + " warning was: " + warning;
  }

  public static String rendererGoneLog(int rendererId, String reason, String detail) {
    return "Renderer #" + rendererId + " is gone (" + reason + "): " + detail;
  }

  public static String malformedPayloadFromMain(String who, String channel, String problem) {
    return who + " closed its connection: main sent a malformed payload on '" + channel + "': " + problem
        + ". Main and renderer must use the same contract and a compatible typed-ipc version";
  }

  public static String droppedRendererLog(int rendererId, String reason) {
    return "Dropped renderer #" + rendererId + " for breaking the protocol: " + reason;
  }

  public static String frameNeverOpened(int frameId) {
    return "Malformed packet: frame " + frameId + " was never opened.";
  }

  public static String notFromMain(Object type) {
    return "Malformed packet: main may not send " + type + ".";
  }

  public static String unknownErrorKind(int kind) {
    return "Malformed REPLY_ERROR: unknown error kind " + kind + ".";
  }

  public static String undeclaredExceptionIndex(int index, int declared) {
    return "a declared exception index of " + index + ", but the channel declares " + declared
        + " exception type(s); main and this renderer must be built from the same contract";
  }

  public static String notDeclaredException(String channel, String className) {
    return "Cannot fail '" + channel + "' with " + className + ": the channel does not declare it."
        + " Declare it in the contract method's throws clause, or throw an unchecked exception.";
  }

  // ---- the protocol: handshake ----

  public static String unexpectedHandshakePacket(String expected, Object got) {
    return "Malformed handshake: expected " + expected + ", got " + got + ".";
  }

  public static String tooManyContracts(int count) {
    return "Malformed handshake: " + count + " contracts.";
  }

  public static String closedBeforeHandshake(String expected) {
    return "The peer closed the connection before " + expected + ".";
  }

  public static String mainSpeaksOtherVersion(int mainVersion, int ownVersion) {
    return "Main speaks typed-ipc protocol version " + mainVersion + ", this renderer speaks " + ownVersion + ".";
  }

  public static String rendererSpeaksOtherVersion(int rendererVersion, int ownVersion) {
    return "the renderer speaks typed-ipc protocol version " + rendererVersion + ", main speaks " + ownVersion
        + ". Use the same typed-ipc version on both sides.";
  }

  public static String contractDiffers(String contract, String mainFingerprint, String rendererFingerprint) {
    return "contract " + contract + ": main has fingerprint " + mainFingerprint + ", the renderer has "
        + rendererFingerprint;
  }

  public static String contractsDiffer(String problems) {
    return problems + ". Main and the renderer were compiled against different versions of the contract: rebuild both.";
  }

  public static String mainRefused(String reason) {
    return "Main refused the connection: " + reason;
  }

  public static String refusedRenderer(String reason) {
    return "Refused a renderer: " + reason;
  }

  // ---- streams ----

  public static String subscriberFailedLog(String channel) {
    return "The subscriber of stream '" + channel + "' threw; its stream is cancelled. A subscriber should not throw (Reactive Streams rule 2.13):";
  }

  public static String nonPositiveRequest(String channel, long n) {
    return "Stream '" + channel + "': request(" + n + ") asks for no items; request a positive number (Reactive Streams rule 3.9).";
  }

  public static String streamBeyondCredit(String channel) {
    return "Stream '" + channel + "': the producer sent an item beyond the subscriber's request; the stream is ended. The peer breaks the protocol.";
  }

  public static String streamIdle(String channel, Duration idle) {
    return "Stream '" + channel + "': no item within the idle deadline of " + format(idle)
        + " while items were requested; the producer was cancelled. Give the stream a longer idle deadline if it may pause longer.";
  }

  public static String publisherBeyondDemand(String channel) {
    return "The publisher of stream '" + channel + "' emitted more items than were requested (Reactive Streams rule 1.1); fix the publisher to honour request(n).";
  }

  public static String publisherToInvoke(String channel) {
    return "The handler for '" + channel + "' returned a Flow.Publisher to an invoke; call the channel with stream() instead of invoke().";
  }

  public static String notAPublisher(String channel, Object result) {
    return "The handler for stream '" + channel + "' returned " + (result == null ? "null" : "a " + result.getClass().getName())
        + ", not a Flow.Publisher; a stream's handler returns the publisher of its items.";
  }

  public static String nonPositiveCredit(long n) {
    return "A STREAM_CREDIT packet granted " + n + " items; credit must be positive.";
  }

  // ---- interceptors and sender policies ----

  public static String completionFailedLog() {
    return "An IPC interceptor's completion threw; the call it watched is unaffected. Fix the interceptor so that its completion does not throw.";
  }

  public static String senderDenied(String channel, String sender) {
    return "The sender policy of channel '" + channel + "' refuses " + sender
        + "; no listener or handler ran. Send from a frame the policy allows, or change the policy in IpcMainOptions.withSenderPolicy.";
  }

  public static String senderDeniedByScope(String channel, String sender, String scope) {
    return "The sender policy of the scope of " + scope + ", which serves channel '" + channel + "', refuses " + sender
        + "; no listener or handler ran. Send from a frame the policy allows, or change the scope's policy with setSenderPolicy.";
  }

  public static String senderDeniedLog(String channel, String sender) {
    return "Refused " + sender + " on channel '" + channel
        + "' by its sender policy (logged once per sender and channel); its later refusals are only counted in ipcMain.stats().";
  }

  public static String interceptorRefusedLog(String channel) {
    return "An IPC interceptor refused a call on channel '" + channel + "' with an unexpected exception; the call failed. Throw IpcAccessDeniedException to refuse a call on purpose.";
  }

  // ---- message ports ----

  /** Electron's text for a transfer list entry that is not a port. */
  public static String invalidPort(int index) {
    return "Port at index " + index + " is not a valid port";
  }

  public static String duplicatePort(int index) {
    return "Port at index " + index + " is a duplicate of an earlier port: post each port once.";
  }

  /** Electron's text for a port that cannot move (index {@code index}, id {@code portId}, -1 before its first post). */
  public static String portNotTransferable(int index, int portId) {
    return "Port at index " + index + " is already neutered. " + (portId < 0 ? "It" : "MessagePort #" + portId)
        + " is closed or was posted already: a port can be posted once, from where it is held now;"
        + " no port of this message moved and nothing was sent.";
  }

  public static String portNeutered(int portId) {
    return "MessagePort #" + portId + " was posted elsewhere and can no longer be used here;"
        + " use the port the receiver got in event.ports().";
  }

  public static String cannotPostOnPort(int portId, String why) {
    return "Cannot post on MessagePort #" + portId + ": " + why;
  }

  public static String portListenerFailedLog(int portId) {
    return "Error occurred in a listener of MessagePort #" + portId + ":";
  }

  public static String portMessageDroppedLog(int portId, String why) {
    return "Dropped a message of MessagePort #" + portId + " that does not decode: " + why;
  }

  public static String tooManyPortsToPost(int count, int max) {
    return "Cannot post " + count + " ports with one message: a message carries at most " + max
        + " ports. Post the others with further messages; nothing was sent.";
  }

  public static String negativeDeliveredCount(int portId, long delivered) {
    return "A POST said " + delivered + " messages of port #" + portId + " were delivered: only a port of a pair"
        + " the renderer made itself may have a negative count (its own messages waiting).";
  }

  public static String rendererPortIdsExhausted(int max) {
    return "This renderer has posted ports of " + max + " pairs it made itself, all its connection can number;"
        + " reconnect, or post ends of pairs main made (MessageChannelMain).";
  }

  public static String portNeverMadeByMain(int portId) {
    return "The renderer named port #" + portId + " in main's space of port ids, but main never made that port;"
        + " a renderer names its own pairs with bit 30 set (PROTOCOL.md, Message ports).";
  }

  public static String rendererPortOutOfOrder(int portId, int pair, int expectedPair) {
    return "The renderer posted port #" + portId + " of its own pair " + pair + ", but the next"
        + " pair it may introduce is " + expectedPair + ": a renderer numbers its pairs in the order their first"
        + " end goes to main (PROTOCOL.md, Message ports).";
  }

  public static String rendererPortNeverPosted(int portId) {
    return "The renderer named port #" + portId + " of a pair it made, but never posted a port of that pair to main;"
        + " it may name its own pair only after the POST that introduces it (PROTOCOL.md, Message ports).";
  }

  public static String tooManyPorts(int count, int max) {
    return "A POST carried " + count + " ports, more than the " + max + " a message may carry.";
  }
}
