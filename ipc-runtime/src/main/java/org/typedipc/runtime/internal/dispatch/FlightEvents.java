package org.typedipc.runtime.internal.dispatch;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcOutcome;

/**
 * The JDK Flight Recorder events of typed-ipc, all under the category "typed-ipc". They are off
 * unless a recording enables them; a call event that is off costs a check and no allocation, the
 * others a check and no allocation that escapes.
 */
public final class FlightEvents {
  private FlightEvents() {}

  private static final String MAIN_SIDE = "main";
  private static final String RENDERER_SIDE = "renderer";
  private static final String TO_MAIN = "to main";
  private static final String TO_RENDERER = "to renderer";

  // Whether an event type is on is the same for all its instances: these answer it, so that a call
  // allocates its event only when it is on.
  private static final InvokeEvent INVOKE_PROBE = new InvokeEvent();
  private static final SendSyncEvent SEND_SYNC_PROBE = new SendSyncEvent();
  private static final MessageEvent MESSAGE_PROBE = new MessageEvent();

  /**
   * Begins the event of {@code call}, or returns null if that event is off: then it costs a check
   * and no allocation. {@link #callDone} ends it.
   */
  /** Whether a recording takes the events of calls of {@code type}. */
  static boolean recording(IpcCall.Type type) {
    return switch (type) {
      case INVOKE, RENDERER_INVOKE -> INVOKE_PROBE.isEnabled();
      case SEND_SYNC -> SEND_SYNC_PROBE.isEnabled();
      case SEND, EVENT -> MESSAGE_PROBE.isEnabled();
    };
  }

  static CallEvent callStarted(IpcCall call) {
    CallEvent event = switch (call.type()) {
      case INVOKE, RENDERER_INVOKE -> INVOKE_PROBE.isEnabled() ? new InvokeEvent() : null;
      case SEND_SYNC -> SEND_SYNC_PROBE.isEnabled() ? new SendSyncEvent() : null;
      case SEND, EVENT -> MESSAGE_PROBE.isEnabled() ? new MessageEvent() : null;
    };
    if (event != null) {
      event.begin();
    }
    return event;
  }

  /** Ends the event {@link #callStarted} began for {@code call}, which ended with {@code status}. */
  static void callDone(CallEvent event, IpcCall call, boolean inMain, IpcOutcome.Status status, int replyBytes) {
    event.end();
    if (!event.shouldCommit()) {
      return;
    }
    IpcCall.Type type = call.type();
    boolean received = inMain == type.toMain();
    event.side = inMain ? MAIN_SIDE : RENDERER_SIDE;
    event.channel = call.channel();
    event.direction = type.toMain() ? TO_MAIN : TO_RENDERER;
    event.renderer = inMain ? rendererId(call) : 0;
    event.frame = call.frameId();
    event.bytesIn = received ? call.payloadBytes() : replyBytes;
    event.bytesOut = received ? replyBytes : call.payloadBytes();
    event.outcome = status.name();
    event.commit();
  }

  /** Main's id of the renderer at the other end of a call main sees. */
  private static int rendererId(IpcCall call) {
    Frame frame = call.frame().orElse(null);
    return frame == null ? 0 : frame.renderer().id();
  }

  // One per call: a stack trace by default cost each ~1 µs (about 10% of a 64 B invoke); a
  // recording that wants them asks with stackTrace=true.
  @Category("typed-ipc")
  @StackTrace(false)
  abstract static class CallEvent extends Event {
    @Label("Side")
    @Description("The process side that recorded it: main or renderer")
    String side;

    @Label("Channel")
    String channel;

    @Label("Direction")
    String direction;

    @Label("Renderer")
    @Description("Main's id of the renderer; 0 in a renderer process")
    int renderer;

    @Label("Frame")
    int frame;

    @Label("Bytes In")
    @Description("Encoded bytes this side received: the arguments of a call it served, or the reply to one it made")
    @DataAmount
    long bytesIn;

    @Label("Bytes Out")
    @DataAmount
    long bytesOut;

    @Label("Outcome")
    String outcome;
  }

  @Name("typedipc.Invoke")
  @Label("IPC Invoke")
  @Description("An invoke, renderer to main or main to renderer, from dispatch to reply")
  static final class InvokeEvent extends CallEvent {}

  @Name("typedipc.Message")
  @Label("IPC Message")
  @Description("A send from a renderer or an event from main, while its listeners ran")
  static final class MessageEvent extends CallEvent {}

  @Name("typedipc.SendSync")
  @Label("IPC SendSync")
  @Description("A renderer's sendSync, from dispatch until its value was set")
  static final class SendSyncEvent extends CallEvent {}

  @Name("typedipc.Handshake")
  @Label("IPC Handshake")
  @Category("typed-ipc")
  static final class HandshakeEvent extends Event {
    @Label("Transport")
    String transport;

    @Label("Outcome")
    String outcome;
  }

  @Name("typedipc.RendererGone")
  @Label("IPC Renderer Gone")
  @Category("typed-ipc")
  static final class RendererGoneEvent extends Event {
    @Label("Renderer")
    int renderer;

    @Label("Reason")
    String reason;

    @Label("Exit Code")
    @Description("The process's exit code, -1 if unknown")
    int exitCode;

    @Label("Message")
    String message;
  }

  @Name("typedipc.ProtocolError")
  @Label("IPC Protocol Error")
  @Category("typed-ipc")
  static final class ProtocolErrorEvent extends Event {
    @Label("Peer")
    String peer;

    @Label("Message")
    String message;
  }

  @Name("typedipc.BackPressure")
  @Label("IPC Back-Pressure Block")
  @Description("A reader waited for room in main's or a renderer's inbound credit")
  @Category("typed-ipc")
  static final class BackPressureEvent extends Event {
    @Label("Peer")
    String peer;
  }

  /** The outcome of a handshake that connected the renderer. */
  public static final String ACCEPTED = "ACCEPTED";

  /** Times one handshake; {@link #handshakeDone} commits it. */
  public static Object handshakeStarted() {
    HandshakeEvent event = new HandshakeEvent();
    if (!event.isEnabled()) {
      return null;
    }
    event.begin();
    return event;
  }

  /** Ends a handshake {@link #handshakeStarted} began; {@code started} may be null. */
  public static void handshakeDone(Object started, String transport, String outcome) {
    if (started instanceof HandshakeEvent event) {
      event.end();
      if (event.shouldCommit()) {
        event.transport = transport;
        event.outcome = outcome;
        event.commit();
      }
    }
  }

  /** A renderer is gone; {@code exitCode} -1 if unknown. */
  public static void rendererGone(int renderer, String reason, int exitCode, String message) {
    RendererGoneEvent event = new RendererGoneEvent();
    if (event.isEnabled()) {
      event.renderer = renderer;
      event.reason = reason;
      event.exitCode = exitCode;
      event.message = message;
      event.commit();
    }
  }

  /** A peer broke the protocol. */
  public static void protocolError(String peer, String message) {
    ProtocolErrorEvent event = new ProtocolErrorEvent();
    if (event.isEnabled()) {
      event.peer = peer;
      event.message = message;
      event.commit();
    }
  }

  /** Times one wait for inbound room; {@link #backPressureDone} commits it if the wait blocked. */
  public static Object backPressureStarted() {
    BackPressureEvent event = new BackPressureEvent();
    if (!event.isEnabled()) {
      return null;
    }
    event.begin();
    return event;
  }

  /** Ends a wait {@link #backPressureStarted} began; {@code started} may be null. */
  public static void backPressureDone(Object started, String peer) {
    if (started instanceof BackPressureEvent event) {
      event.end();
      if (event.shouldCommit()) {
        event.peer = peer;
        event.commit();
      }
    }
  }
}
