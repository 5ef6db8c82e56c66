package org.typedipc.runtime.internal.main;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.SenderPolicy;
import org.typedipc.runtime.internal.dispatch.OwnInterceptor;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Channel;

/**
 * Main's sender policies as its first interceptor: a call from a frame its channel's policy
 * refuses fails before anything runs, logged once per sender and channel (of the most recent
 * {@value #LOGGED_CAPACITY}: a renderer that opens frames without end cannot fill main's memory).
 */
final class SenderPolicies implements OwnInterceptor {
  private final Map<String, SenderPolicy> byChannel;
  /** The policies of typed channels main registered listeners or handlers for. */
  private final Map<String, SenderPolicy> declared = new ConcurrentHashMap<>();
  private final SenderPolicy everyChannel;
  /** How many refused senders and channels main remembers having logged. */
  static final int LOGGED_CAPACITY = 1024;

  private final RecentKeys logged = new RecentKeys(LOGGED_CAPACITY);
  /** Whether any scope declared a policy of its own ({@link MainScope#setSenderPolicy}). */
  private volatile boolean scopesDeclared;

  private SenderPolicies(Map<String, SenderPolicy> byChannel, SenderPolicy everyChannel) {
    this.byChannel = byChannel;
    this.everyChannel = everyChannel;
  }

  /** The policies {@code options} declare; typed channels may declare more. */
  static SenderPolicies of(IpcMainOptions options) {
    return new SenderPolicies(options.senderPolicies(), options.senderPolicy().orElse(null));
  }

  /** A scope declared a policy: from now on each call asks its scopes. */
  void scopeDeclared() {
    scopesDeclared = true;
  }

  /** Adds the policy {@code channel} declares, if any, for its name. */
  void declare(Channel<?, ?> channel) {
    channel.senders().ifPresent(policy -> declared.put(channel.name(), policy));
  }

  /** Only calls from a renderer have a sender to check. */
  @Override
  public boolean follows(IpcCall.Type type) {
    return type.toMain();
  }

  @Override
  public Completion intercept(IpcCall call) {
    if (!follows(call.type())) {
      return Completion.NONE;
    }
    if (byChannel.isEmpty() && declared.isEmpty() && everyChannel == null && !scopesDeclared) {
      return Completion.NONE;
    }
    FrameHandle frame = (FrameHandle) call.frame().orElseThrow();
    SenderPolicy own = byChannel.get(call.channel());
    SenderPolicy typed = declared.isEmpty() ? null : declared.get(call.channel());
    if ((own != null && !own.allows(frame)) || (typed != null && !typed.allows(frame)) || (everyChannel != null && !everyChannel.allows(frame))) {
      throw refused(frame, call.channel(), null);
    }
    if (scopesDeclared) {
      checkScopes(frame, call.type(), call.channel());
    }
    return Completion.NONE;
  }

  /**
   * Asks the scopes that would take the call, as dispatch will find them: every scope with a
   * listener for a message, the first with a handler for an invoke.
   */
  private void checkScopes(FrameHandle frame, IpcCall.Type type, String channel) {
    RendererSession renderer = frame.session();
    MainScope[] scopes = {frame.scope, renderer.scope, renderer.main};
    String[] names = {frame.describe(), "renderer #" + renderer.id(), "ipcMain"};
    for (int i = 0; i < scopes.length; i++) {
      if (scopes[i].refuses(frame, type, channel)) {
        throw refused(frame, channel, names[i]);
      }
      if (type == IpcCall.Type.INVOKE && scopes[i].serves(type, channel)) {
        return; // this scope's handler answers; the later ones' never run
      }
    }
  }

  /** The refusal of {@code frame} on {@code channel}, by the channel's policies or {@code scope}'s. */
  private IpcAccessDeniedException refused(FrameHandle frame, String channel, String scope) {
    String sender = "frame " + frame.id() + (frame.isMainFrame() ? " (main frame)" : " (subframe)") + " of renderer #" + frame.renderer().id();
    if (logged.firstTime(frame.renderer().id() + "/" + frame.id() + "/" + channel)) {
      RendererSession renderer = frame.session();
      renderer.main.warnings.expected(System.Logger.Level.WARNING, new IpcWarning(IpcWarning.Kind.SENDER_DENIED, channel, renderer.id(),
          ErrorMessages.senderDeniedLog(channel, sender), null));
    }
    return new IpcAccessDeniedException(scope == null
        ? ErrorMessages.senderDenied(channel, sender)
        : ErrorMessages.senderDeniedByScope(channel, sender, scope));
  }
}
