package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.renderer.RendererClient;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererOptions;

/**
 * A renderer in main's JVM: the client and main's session call each other directly. Payloads are
 * still encoded and decoded on every hop, so nothing mutable is shared.
 */
final class EmbeddedConnection extends RendererClient implements EmbeddedRenderer {
  EmbeddedConnection(MainRuntime main, int id, RendererOptions options) {
    super("renderer #" + id, options, client -> new RendererSession(main, id, ProcessHandle.current().pid(), client));
    openMainFrame();
  }

  RendererSession session() {
    return (RendererSession) mainLink();
  }

  @Override
  public Renderer renderer() {
    return session();
  }
}
