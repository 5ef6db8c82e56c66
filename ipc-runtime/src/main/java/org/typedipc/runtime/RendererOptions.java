package org.typedipc.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * How a renderer connection calls main and runs its own listeners.
 *
 * <p>Defaults: {@code sendSync} waits at most 30 s; {@code invoke} has no deadline (as in Electron:
 * a file dialog may take minutes); renderer listeners run one at a time on the thread that brings
 * the message; up to 16 MiB of main's messages are held until the renderer is ready, or while one
 * of its calls waits for a reply.
 */
public final class RendererOptions {
  /**
   * The default bound of the messages a renderer holds before it is ready, or reads on while a call
   * waits for its reply: 16 MiB. That is sixteen times the default inbound credit of a connection
   * and the same as main's default total inbound budget, so a renderer that holds messages costs
   * no more than main may have waiting for all its renderers; it still holds one largest packet.
   */
  public static final long DEFAULT_HELD_BYTES_LIMIT = 16L << 20;

  /** The default bound of every {@code sendSync}. */
  public static final Duration DEFAULT_SEND_SYNC_DEADLINE = Duration.ofSeconds(30);

  private static final RendererOptions DEFAULTS =
      new RendererOptions(DEFAULT_SEND_SYNC_DEADLINE, null, Map.of(), null, List.of(), ConnectionSettings.defaults(), List.of(),
          DEFAULT_HELD_BYTES_LIMIT, List.of());

  private final Duration sendSyncDeadline;
  private final Duration invokeDeadline;
  private final Map<String, Duration> channelInvokeDeadlines;
  private final Executor executor;
  private final List<ContractDescriptor> contracts;
  private final ConnectionSettings connectionSettings;
  private final List<Transport> transports;
  private final long heldBytesLimit;
  private final List<IpcInterceptor> interceptors;

  private RendererOptions(Duration sendSyncDeadline, Duration invokeDeadline, Map<String, Duration> channelInvokeDeadlines,
      Executor executor, List<ContractDescriptor> contracts, ConnectionSettings connectionSettings, List<Transport> transports,
      long heldBytesLimit, List<IpcInterceptor> interceptors) {
    this.interceptors = interceptors;
    this.sendSyncDeadline = sendSyncDeadline;
    this.invokeDeadline = invokeDeadline;
    this.channelInvokeDeadlines = Map.copyOf(channelInvokeDeadlines);
    this.executor = executor;
    this.contracts = contracts;
    this.connectionSettings = connectionSettings;
    this.transports = transports;
    this.heldBytesLimit = heldBytesLimit;
  }

  /** {@return the defaults} */
  public static RendererOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Bounds every {@code sendSync} by {@code deadline}, which must be positive.
   *
   * @param deadline the longest a {@code sendSync} blocks
   * @return a copy with that deadline
   */
  public RendererOptions withSendSyncDeadline(Duration deadline) {
    return new RendererOptions(Checks.requirePositive(deadline), invokeDeadline, channelInvokeDeadlines, executor, contracts, connectionSettings, transports, heldBytesLimit, interceptors);
  }

  /**
   * Bounds every {@code invoke} by {@code deadline}, which must be positive.
   *
   * @param deadline the longest an {@code invoke} waits for main's handler
   * @return a copy with that deadline
   */
  public RendererOptions withInvokeDeadline(Duration deadline) {
    return new RendererOptions(sendSyncDeadline, Checks.requirePositive(deadline), channelInvokeDeadlines, executor, contracts, connectionSettings, transports, heldBytesLimit, interceptors);
  }

  /**
   * Bounds every {@code invoke} of {@code channel} by {@code deadline}, ahead of the global one.
   *
   * @param channel the channel name
   * @param deadline the longest an {@code invoke} of that channel waits; positive
   * @return a copy with that deadline added
   */
  public RendererOptions withInvokeDeadline(String channel, Duration deadline) {
    Map<String, Duration> deadlines = new HashMap<>(channelInvokeDeadlines);
    deadlines.put(Checks.requireName(channel), Checks.requirePositive(deadline));
    return new RendererOptions(sendSyncDeadline, invokeDeadline, deadlines, executor, contracts, connectionSettings, transports, heldBytesLimit, interceptors);
  }

  /**
   * Runs renderer listeners on {@code executor}, one at a time and in arrival order.
   *
   * @param executor where listeners and handlers run
   * @return a copy with that executor
   */
  public RendererOptions withExecutor(Executor executor) {
    return new RendererOptions(sendSyncDeadline, invokeDeadline, channelInvokeDeadlines, Objects.requireNonNull(executor, "executor"), contracts, connectionSettings, transports, heldBytesLimit, interceptors);
  }

  /**
   * Declares the contracts this renderer uses, so main can refuse a mismatch at connect.
   *
   * @param contracts the generated descriptors, e.g. {@code FilesIpc.CONTRACT}; they replace earlier ones
   * @return a copy with those contracts
   */
  public RendererOptions withContracts(ContractDescriptor... contracts) {
    return new RendererOptions(sendSyncDeadline, invokeDeadline, channelInvokeDeadlines, executor, List.of(contracts), connectionSettings, transports, heldBytesLimit, interceptors);
  }

  /**
   * Uses these limits and timers for the connection to main.
   *
   * @param settings the limits and timers
   * @return a copy with those settings
   */
  public RendererOptions withConnectionSettings(ConnectionSettings settings) {
    return new RendererOptions(sendSyncDeadline, invokeDeadline, channelInvokeDeadlines, executor, contracts, Objects.requireNonNull(settings, "settings"), transports, heldBytesLimit, interceptors);
  }

  /**
   * Lets this renderer connect over these transports too, besides the built-in ones: an endpoint
   * names its transport, and the renderer picks the one of that name.
   *
   * @param transports the transports of your own; they replace earlier ones
   * @return a copy with those transports
   */
  public RendererOptions withTransports(Transport... transports) {
    return new RendererOptions(sendSyncDeadline, invokeDeadline, channelInvokeDeadlines, executor, contracts, connectionSettings, List.of(transports), heldBytesLimit, interceptors);
  }

  /**
   * Bounds the payload bytes of the messages main sends before this renderer is {@linkplain
   * RendererConnection#ready() ready}, which it holds for its listeners. Past the limit the
   * renderer closes its connection, saying why, rather than growing its heap.
   *
   * @param bytes the payload bytes held at most; positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public RendererOptions withHeldBytesLimit(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveHeldBytesLimit(bytes));
    }
    return new RendererOptions(sendSyncDeadline, invokeDeadline, channelInvokeDeadlines, executor, contracts, connectionSettings, transports, bytes, interceptors);
  }

  /** {@return the bound of the payload bytes held before the renderer is ready} */
  public long heldBytesLimit() {
    return heldBytesLimit;
  }

  /** {@return the transports given besides the built-in ones} */
  public List<Transport> transports() {
    return transports;
  }

  /** {@return the contracts this renderer declared} */
  public List<ContractDescriptor> contracts() {
    return contracts;
  }

  /** {@return the limits and timers of the connection to main} */
  public ConnectionSettings connectionSettings() {
    return connectionSettings;
  }

  /** {@return the bound of every {@code sendSync}} */
  public Duration sendSyncDeadline() {
    return sendSyncDeadline;
  }

  /** {@return the bound of every {@code invoke}, or {@code null} for none} */
  public Duration invokeDeadline() {
    return invokeDeadline;
  }

  /**
   * The bound of an {@code invoke} of {@code channel}: its own, else the global one, else null.
   *
   * @param channel the channel name
   * @return the deadline that applies, or {@code null} for none
   */
  public Duration invokeDeadline(String channel) {
    return channelInvokeDeadlines.getOrDefault(channel, invokeDeadline);
  }

  /** {@return the executor renderer listeners run on, or {@code null} for the thread that brings them} */
  public Executor executor() {
    return executor;
  }

  /**
   * Adds {@code interceptor} after those added before: it sees every call this renderer makes and
   * every message and invoke from main before a listener or handler runs, and may refuse it. A
   * refused {@code send} or {@code sendSync} throws the refusal, a refused {@code invoke} fails
   * its future with it, and a refused invoke from main fails main's call.
   *
   * @param interceptor the interceptor to add
   * @return a copy with that interceptor added
   */
  public RendererOptions withInterceptor(IpcInterceptor interceptor) {
    List<IpcInterceptor> more = new ArrayList<>(interceptors);
    more.add(Objects.requireNonNull(interceptor, "interceptor"));
    return new RendererOptions(sendSyncDeadline, invokeDeadline, channelInvokeDeadlines, executor, contracts, connectionSettings, transports,
        heldBytesLimit, List.copyOf(more));
  }

  /** {@return the interceptors, in the order they were added} */
  public List<IpcInterceptor> interceptors() {
    return interceptors;
  }
}
