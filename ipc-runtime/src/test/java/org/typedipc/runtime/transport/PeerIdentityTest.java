package org.typedipc.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererOptions;

/**
 * A peer identity's rules, and that a renderer no transport vouched for has none. The identity a
 * real certificate gives is tested over mutual TLS in the gRPC module, which can issue one.
 */
@Timeout(30)
class PeerIdentityTest {
  @Test
  void theListsAreCopiedAndCannotChangeLater() {
    List<String> names = new ArrayList<>(List.of("indexer-3.example"));
    PeerIdentity peer = new PeerIdentity("CN=indexer-3", names, List.of());
    names.clear();
    assertEquals(List.of("indexer-3.example"), peer.alternativeNames());
    assertThrows(UnsupportedOperationException.class, () -> peer.alternativeNames().add("other"));
  }

  @Test
  void anIdentityFromCertificatesNeedsOne() {
    assertThrows(IllegalArgumentException.class, () -> PeerIdentity.ofCertificates(List.of()));
    assertThrows(NullPointerException.class, () -> new PeerIdentity(null, List.of(), List.of()));
  }

  @Test
  void anEmbeddedRendererHasNoPeerIdentity() throws Exception {
    try (IpcMain main = IpcMain.create(); EmbeddedRenderer renderer = main.embedRenderer(RendererOptions.defaults())) {
      main.handle("whoami", (event, args) -> event.sender().peerIdentity().map(PeerIdentity::subject).orElse("nobody"));
      assertEquals("nobody", renderer.ipcRenderer().invoke("whoami").get());
      assertEquals(Optional.empty(), main.renderers().get(0).peerIdentity());
    }
  }
}
