package org.typedipc.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.transport.PeerIdentity;

/** The sender identity main's handlers see comes from the renderer's certificate, and only from it. */
@Timeout(60)
class GrpcPeerIdentityTest {
  @Test
  void aHandlerSeesTheSubjectOfTheRenderersCertificateWithMutualTls() throws Exception {
    TestCertificates.Leaf indexer = GrpcSetups.Pki.AUTHORITY.issue("indexer-7", true);
    GrpcTls pki = GrpcTls.serverCertificate(GrpcSetups.Pki.MAIN.chainPem(), GrpcSetups.Pki.MAIN.keyPem())
        .requiringRendererCertificates(GrpcSetups.Pki.AUTHORITY.pem())
        .trustingMainFrom(GrpcSetups.Pki.AUTHORITY.pem());
    GrpcTransport mains = GrpcTransport.overTls(pki);
    GrpcTransport renderers = GrpcTransport.overTls(pki.withRendererCertificate(indexer.chainPem(), indexer.keyPem()));
    try (IpcMain main = IpcMain.create(); RendererAcceptor acceptor = main.listen(mains)) {
      main.handle("whoami", (event, args) -> event.sender().peerIdentity().map(PeerIdentity::subject).orElse("nobody"));
      RendererInvitation invitation = acceptor.invite();
      try (RendererConnection connection = RendererProcess.connect(invitation.endpoint(),
          RendererOptions.defaults().withTransports(renderers))) {
        assertEquals("CN=indexer-7", connection.ipcRenderer().invoke("whoami").get(10, TimeUnit.SECONDS));

        Renderer renderer = invitation.renderer().get(10, TimeUnit.SECONDS);
        PeerIdentity peer = renderer.peerIdentity().orElseThrow();
        assertEquals(List.of("localhost", "127.0.0.1"), peer.alternativeNames());
        assertEquals(indexer.certificate(), peer.certificateChain().get(0));
      }
    }
  }

  @Test
  void withoutARendererCertificateThereIsNoIdentity() throws Exception {
    for (GrpcSetups setup : List.of(GrpcSetups.PLAINTEXT, GrpcSetups.TLS)) {
      GrpcTransport transport = setup.transport();
      try (IpcMain main = IpcMain.create(); RendererAcceptor acceptor = main.listen(transport)) {
        main.handle("whoami", (event, args) -> event.sender().peerIdentity().map(PeerIdentity::subject).orElse("nobody"));
        RendererInvitation invitation = acceptor.invite();
        try (RendererConnection connection = RendererProcess.connect(invitation.endpoint(),
            RendererOptions.defaults().withTransports(transport))) {
          assertEquals("nobody", connection.ipcRenderer().invoke("whoami").get(10, TimeUnit.SECONDS), setup.name());
          assertEquals(Optional.empty(), invitation.renderer().get(10, TimeUnit.SECONDS).peerIdentity(), setup.name());
        }
      }
    }
  }
}
