package org.typedipc.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A single-use endpoint for one renderer process, and the renderer once it connected.
 *
 * @param endpoint what the renderer process needs to connect; hand it over by environment
 * @param renderer completes when the renderer completed the handshake; fails if the listener
 *     closes first
 */
public record RendererInvitation(IpcEndpoint endpoint, CompletableFuture<Renderer> renderer) {
  /**
   * Checks that neither component is {@code null}.
   *
   * @param endpoint what the renderer process needs to connect; hand it over by environment
   * @param renderer completes when the renderer completed the handshake
   */
  public RendererInvitation {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(renderer, "renderer");
  }
}
