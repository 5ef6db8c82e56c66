package org.typedipc.runtime;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How main runs its listeners and handlers, and what it expects of renderer processes.
 *
 * <p>By default listeners and handlers run one at a time, in arrival order, on the thread that
 * brings the message (the caller in-process, the connection's reader across processes) —
 * Electron's single main loop without a thread hand-off. {@link #withExecutor(Executor)} moves
 * them to an executor instead (a UI thread, for example), still one at a time and in order.
 */
public final class IpcMainOptions {
  private static final IpcMainOptions DEFAULTS = new IpcMainOptions(null, List.of(), ConnectionSettings.defaults());

  private final Executor executor;
  private final List<ContractDescriptor> contracts;
  private final ConnectionSettings connectionSettings;

  private IpcMainOptions(Executor executor, List<ContractDescriptor> contracts, ConnectionSettings connectionSettings) {
    this.executor = executor;
    this.contracts = contracts;
    this.connectionSettings = connectionSettings;
  }

  /** Listeners run on the thread that brings the message; default connection settings. */
  public static IpcMainOptions defaults() {
    return DEFAULTS;
  }

  /** Runs listeners and handlers on {@code executor}, one at a time and in arrival order. */
  public IpcMainOptions withExecutor(Executor executor) {
    return new IpcMainOptions(Objects.requireNonNull(executor, "executor"), contracts, connectionSettings);
  }

  /**
   * Declares the contracts main serves: a renderer process that uses one of them with another
   * fingerprint is refused at connect, naming both.
   */
  public IpcMainOptions withContracts(ContractDescriptor... contracts) {
    return new IpcMainOptions(executor, List.of(contracts), connectionSettings);
  }

  /** Uses these limits and timers for connections to renderer processes. */
  public IpcMainOptions withConnectionSettings(ConnectionSettings settings) {
    return new IpcMainOptions(executor, contracts, Objects.requireNonNull(settings, "settings"));
  }

  /** The executor listeners run on, or {@code null} for the thread that brings the message. */
  public Executor executor() {
    return executor;
  }

  /** The contracts main declared. */
  public List<ContractDescriptor> contracts() {
    return contracts;
  }

  /** The limits and timers of connections to renderer processes. */
  public ConnectionSettings connectionSettings() {
    return connectionSettings;
  }
}
