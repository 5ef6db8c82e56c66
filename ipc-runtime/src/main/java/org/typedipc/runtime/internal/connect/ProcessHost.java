package org.typedipc.runtime.internal.connect;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.main.RendererProcesses;
import org.typedipc.runtime.transport.Transport;

/**
 * Brings renderer processes to one main: acceptors the application opens, and one acceptor per
 * transport, opened on first need, for the renderers main launches.
 */
final class ProcessHost implements RendererProcesses {
  private final MainRuntime main;
  private final ConnectionSettings settings;
  private final Map<Transport, TransportAcceptor> launchAcceptors = new HashMap<>();

  ProcessHost(MainRuntime main, ConnectionSettings settings) {
    this.main = main;
    this.settings = settings;
  }

  @Override
  public RendererAcceptor listen(Transport transport) {
    return TransportAcceptor.open(main, transport, settings);
  }

  @Override
  public CompletableFuture<Renderer> launch(RendererLaunch launch) {
    return launch.restartPolicy()
        .map(policy -> Supervisor.launch(main, launch, policy, this::launchOnce))
        .orElseGet(() -> launchOnce(launch));
  }

  private CompletableFuture<Renderer> launchOnce(RendererLaunch launch) {
    return Launcher.launch(main, launch, settings, this::launchAcceptor);
  }

  private TransportAcceptor launchAcceptor(Transport transport) {
    synchronized (launchAcceptors) {
      main.checkOpen();
      return launchAcceptors.computeIfAbsent(transport, t -> TransportAcceptor.open(main, t, settings));
    }
  }

  @Override
  public void close() {
    synchronized (launchAcceptors) {
      launchAcceptors.values().forEach(TransportAcceptor::close);
      launchAcceptors.clear();
    }
  }
}
