package org.typedipc.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.typedipc.runtime.internal.messages.Checks;

/**
 * How main runs its listeners and handlers, and what it expects of renderer processes.
 *
 * <p>By default listeners and handlers run one at a time, in arrival order, on the thread that
 * brings the message (the caller in-process, the connection's reader across processes) —
 * Electron's single main loop without a thread hand-off. {@link #withExecutor(Executor)} moves
 * them to an executor instead (a UI thread, for example), still one at a time and in order.
 */
public final class IpcMainOptions {
  /** How long main waits for a renderer's handler unless told otherwise. */
  public static final Duration DEFAULT_RENDERER_INVOKE_DEADLINE = Duration.ofSeconds(30);

  private static final IpcMainOptions DEFAULTS =
      new IpcMainOptions(null, List.of(), ConnectionSettings.defaults(), DEFAULT_RENDERER_INVOKE_DEADLINE, Map.of(), Guards.NONE, null);

  private final Executor executor;
  private final List<ContractDescriptor> contracts;
  private final ConnectionSettings connectionSettings;
  private final Duration rendererInvokeDeadline;
  private final Map<String, Duration> channelInvokeDeadlines;
  private final Guards guards;
  private final Consumer<IpcWarning> warnings;

  /** Interceptors and sender policies: one field, so that the other options need not know them. */
  private record Guards(List<IpcInterceptor> interceptors, Map<String, SenderPolicy> policies, SenderPolicy everyChannel) {
    static final Guards NONE = new Guards(List.of(), Map.of(), null);
  }

  private IpcMainOptions(
      Executor executor,
      List<ContractDescriptor> contracts,
      ConnectionSettings connectionSettings,
      Duration rendererInvokeDeadline,
      Map<String, Duration> channelInvokeDeadlines,
      Guards guards,
      Consumer<IpcWarning> warnings) {
    this.executor = executor;
    this.contracts = contracts;
    this.connectionSettings = connectionSettings;
    this.rendererInvokeDeadline = rendererInvokeDeadline;
    this.channelInvokeDeadlines = Map.copyOf(channelInvokeDeadlines);
    this.guards = guards;
    this.warnings = warnings;
  }

  /**
   * Listeners run on the thread that brings the message; default connection settings.
   *
   * @return the defaults
   */
  public static IpcMainOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Runs listeners and handlers on {@code executor}, one at a time and in arrival order.
   *
   * @param executor where listeners and handlers run, e.g. a UI thread's
   * @return a copy with that executor
   */
  public IpcMainOptions withExecutor(Executor executor) {
    return new IpcMainOptions(Objects.requireNonNull(executor, "executor"), contracts, connectionSettings, rendererInvokeDeadline, channelInvokeDeadlines, guards, warnings);
  }

  /**
   * Declares the contracts main serves: a renderer process that uses one of them with another
   * fingerprint is refused at connect, naming both.
   *
   * @param contracts the generated descriptors, e.g. {@code FilesIpc.CONTRACT}; they replace earlier ones
   * @return a copy with those contracts
   */
  public IpcMainOptions withContracts(ContractDescriptor... contracts) {
    return new IpcMainOptions(executor, List.of(contracts), connectionSettings, rendererInvokeDeadline, channelInvokeDeadlines, guards, warnings);
  }

  /**
   * Uses these limits and timers for connections to renderer processes.
   *
   * @param settings the limits and timers
   * @return a copy with those settings
   */
  public IpcMainOptions withConnectionSettings(ConnectionSettings settings) {
    return new IpcMainOptions(executor, contracts, Objects.requireNonNull(settings, "settings"), rendererInvokeDeadline, channelInvokeDeadlines, guards, warnings);
  }

  /**
   * Bounds main's invokes of renderers ({@code renderer.invoke}, {@code frame.invoke}) by {@code
   * deadline}, which must be positive; 30 s by default. A renderer is the side that can hang, so
   * these invokes always have a deadline.
   *
   * @param deadline the longest main waits for a renderer's handler
   * @return a copy with that deadline
   */
  public IpcMainOptions withRendererInvokeDeadline(Duration deadline) {
    return new IpcMainOptions(executor, contracts, connectionSettings, Checks.requirePositive(deadline), channelInvokeDeadlines, guards, warnings);
  }

  /**
   * Bounds main's invokes of renderers on {@code channel} by {@code deadline}, ahead of a
   * renderer's own deadline ({@link Renderer#setInvokeDeadline}) and the global one.
   *
   * @param channel the channel name
   * @param deadline the longest main waits for a renderer's handler of that channel; positive
   * @return a copy with that deadline added
   */
  public IpcMainOptions withRendererInvokeDeadline(String channel, Duration deadline) {
    Map<String, Duration> deadlines = new HashMap<>(channelInvokeDeadlines);
    deadlines.put(Checks.requireName(channel), Checks.requirePositive(deadline));
    return new IpcMainOptions(executor, contracts, connectionSettings, rendererInvokeDeadline, deadlines, guards, warnings);
  }

  /**
   * Sends this main's warnings to {@code warnings} instead of the {@code org.typedipc.runtime.main}
   * logger: failed handlers and listeners, invokes without a handler, {@code sendSync} without a
   * listener, renderers gone other than by a close or a clean exit. It runs on the thread that
   * noticed, so it must be quick and must not throw (what it throws is logged at ERROR).
   *
   * @param warnings the consumer that gets each warning
   * @return options that send warnings to {@code warnings}
   */
  public IpcMainOptions withWarnings(Consumer<IpcWarning> warnings) {
    return new IpcMainOptions(executor, contracts, connectionSettings, rendererInvokeDeadline, channelInvokeDeadlines, guards,
        Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * The consumer this main's warnings go to instead of its logger.
   *
   * @return the consumer given to {@link #withWarnings}, or {@code null} for the logger
   */
  public Consumer<IpcWarning> warnings() {
    return warnings;
  }

  /** {@return the executor listeners run on, or {@code null} for the thread that brings the message} */
  public Executor executor() {
    return executor;
  }

  /** {@return the contracts main declared} */
  public List<ContractDescriptor> contracts() {
    return contracts;
  }

  /** {@return the deadline of main's invokes of renderers on channels without one of their own} */
  public Duration rendererInvokeDeadline() {
    return rendererInvokeDeadline;
  }

  /**
   * The deadline {@code channel} has of its own, if any.
   *
   * @param channel the channel name
   * @return the channel's own deadline; empty if it has none
   */
  public Optional<Duration> rendererInvokeDeadline(String channel) {
    return Optional.ofNullable(channelInvokeDeadlines.get(channel));
  }

  /** {@return the limits and timers of connections to renderer processes} */
  public ConnectionSettings connectionSettings() {
    return connectionSettings;
  }

  /**
   * Adds {@code interceptor} after those added before: it sees every call from and to renderers
   * before any listener or handler runs, and may refuse it.
   *
   * @param interceptor the interceptor to add
   * @return a copy with that interceptor added
   */
  public IpcMainOptions withInterceptor(IpcInterceptor interceptor) {
    List<IpcInterceptor> interceptors = new ArrayList<>(guards.interceptors());
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
    return withGuards(new Guards(List.copyOf(interceptors), guards.policies(), guards.everyChannel()));
  }

  /**
   * Lets only the frames {@code policy} allows send or invoke on {@code channel}.
   *
   * @param channel the channel name
   * @param policy which frames may send or invoke on that channel, e.g. {@link SenderPolicy#MAIN_FRAME_ONLY}
   * @return a copy with that policy; it replaces an earlier one of the channel
   */
  public IpcMainOptions withSenderPolicy(String channel, SenderPolicy policy) {
    Map<String, SenderPolicy> policies = new HashMap<>(guards.policies());
    policies.put(Checks.requireName(channel), Objects.requireNonNull(policy, "policy"));
    return withGuards(new Guards(guards.interceptors(), Map.copyOf(policies), guards.everyChannel()));
  }

  /**
   * Lets only the frames {@code policy} allows send or invoke on any channel; a channel's own
   * policy ({@link #withSenderPolicy(String, SenderPolicy)}) must allow the frame as well.
   *
   * @param policy which frames may send or invoke at all; combined with earlier ones, all must allow
   * @return a copy with that policy added
   */
  public IpcMainOptions withSenderPolicy(SenderPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    SenderPolicy every = guards.everyChannel() == null ? policy : guards.everyChannel().and(policy);
    return withGuards(new Guards(guards.interceptors(), guards.policies(), every));
  }

  private IpcMainOptions withGuards(Guards guards) {
    return new IpcMainOptions(executor, contracts, connectionSettings, rendererInvokeDeadline, channelInvokeDeadlines, guards, warnings);
  }

  /** {@return the interceptors, in the order they were added} */
  public List<IpcInterceptor> interceptors() {
    return guards.interceptors();
  }

  /** {@return the sender policies of single channels, by channel name} */
  public Map<String, SenderPolicy> senderPolicies() {
    return guards.policies();
  }

  /** {@return the sender policy of every channel; empty if there is none} */
  public Optional<SenderPolicy> senderPolicy() {
    return Optional.ofNullable(guards.everyChannel());
  }
}
