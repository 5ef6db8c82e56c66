package org.typedipc.runtime.internal.main;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.SenderPolicy;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.spi.Channel;

/**
 * Main's sender policies as its first interceptor: a call from a frame its channel's policy
 * refuses fails before anything runs, logged once per sender and channel.
 */
final class SenderPolicies implements IpcInterceptor {
  private static final System.Logger LOG = Loggers.MAIN;

  private final Map<String, SenderPolicy> byChannel;
  /** The policies of typed channels main registered listeners or handlers for. */
  private final Map<String, SenderPolicy> declared = new ConcurrentHashMap<>();
  private final SenderPolicy everyChannel;
  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  private SenderPolicies(Map<String, SenderPolicy> byChannel, SenderPolicy everyChannel) {
    this.byChannel = byChannel;
    this.everyChannel = everyChannel;
  }

  /** The policies {@code options} declare; typed channels may declare more. */
  static SenderPolicies of(IpcMainOptions options) {
    return new SenderPolicies(options.senderPolicies(), options.senderPolicy().orElse(null));
  }

  /** Adds the policy {@code channel} declares, if any, for its name. */
  void declare(Channel<?, ?> channel) {
    channel.senders().ifPresent(policy -> declared.put(channel.name(), policy));
  }

  @Override
  public Completion intercept(IpcCall call) {
    if (!call.type().toMain()) {
      return Completion.NONE;
    }
    if (byChannel.isEmpty() && declared.isEmpty() && everyChannel == null) {
      return Completion.NONE;
    }
    Frame frame = call.frame().orElseThrow();
    SenderPolicy own = byChannel.get(call.channel());
    SenderPolicy typed = declared.isEmpty() ? null : declared.get(call.channel());
    if ((own == null || own.allows(frame)) && (typed == null || typed.allows(frame)) && (everyChannel == null || everyChannel.allows(frame))) {
      return Completion.NONE;
    }
    String sender = "frame " + frame.id() + (frame.isMainFrame() ? " (main frame)" : " (subframe)") + " of renderer #" + frame.renderer().id();
    if (logged.add(frame.renderer().id() + "/" + frame.id() + "/" + call.channel())) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.senderDeniedLog(call.channel(), sender));
    }
    throw new IpcAccessDeniedException(ErrorMessages.senderDenied(call.channel(), sender));
  }
}
