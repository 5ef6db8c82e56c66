package org.typedipc.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/** Who may connect over gRPC: certificates, the admission check, and plain text kept to loopback. */
@Timeout(60)
class GrpcSecurityTest {
  private static final TestCertificates.Authority STRANGER = TestCertificates.authority("someone else");

  @Test
  void aRendererWithACertificateMainDoesNotTrustIsRefusedWithNothingDispatched() throws Exception {
    GrpcTransport mains = GrpcSetups.MUTUAL_TLS.transport();
    TestCertificates.Leaf forged = STRANGER.issue("renderer-1", false);
    GrpcTransport untrusted = GrpcTransport.overTls(GrpcTls.trusting(GrpcSetups.Pki.AUTHORITY.pem())
        .withRendererCertificate(forged.chainPem(), forged.keyPem()));
    AtomicInteger dispatched = new AtomicInteger();
    try (IpcMain main = IpcMain.create(); RendererAcceptor acceptor = main.listen(mains)) {
      main.handle("anything", (event, args) -> dispatched.incrementAndGet());
      main.on("anything", (event, args) -> dispatched.incrementAndGet());
      RendererInvitation invitation = acceptor.invite();

      RuntimeException refused = assertThrows(RuntimeException.class,
          () -> RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withTransports(untrusted)).close());

      assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), refused::toString);
      assertEquals(0, dispatched.get());
      assertTrue(main.renderers().isEmpty());
      assertFalse(invitation.renderer().isDone(), "the invitation is still unused");
    }
  }

  @Test
  void aRendererWithoutACertificateIsRefusedWhereMainRequiresOne() throws Exception {
    GrpcTransport anonymous = GrpcSetups.TLS.transport();
    try (IpcMain main = IpcMain.create(); RendererAcceptor acceptor = main.listen(GrpcSetups.MUTUAL_TLS.transport())) {
      RendererInvitation invitation = acceptor.invite();

      assertThrows(RuntimeException.class,
          () -> RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withTransports(anonymous)).close());
      assertTrue(main.renderers().isEmpty());
    }
  }

  @Test
  void theAdmissionCheckSeesTheCertificateSubject() throws Exception {
    GrpcTransport both = GrpcSetups.MUTUAL_TLS.transport();
    try (IpcMain main = IpcMain.create();
        RendererAcceptor admits = main.listen(both.admitting(subject -> subject.equals("CN=renderer-1")));
        RendererAcceptor refuses = main.listen(both.admitting(subject -> subject.equals("CN=renderer-2")))) {
      RendererInvitation welcome = admits.invite();
      try (RendererConnection connection = RendererProcess.connect(welcome.endpoint(), RendererOptions.defaults().withTransports(both))) {
        assertEquals(1, welcome.renderer().get(10, TimeUnit.SECONDS).id() > 0 ? 1 : 0);
        assertFalse(connection.isClosed());
      }
      RendererInvitation turnedAway = refuses.invite();
      assertThrows(RuntimeException.class,
          () -> RendererProcess.connect(turnedAway.endpoint(), RendererOptions.defaults().withTransports(both)).close());
      assertFalse(turnedAway.renderer().isDone());
    }
  }

  @Test
  void plainTextStaysOnLoopback() {
    IOException listening = assertThrows(IOException.class,
        () -> GrpcTransport.plaintextOnLoopback().listeningOn("0.0.0.0", 0).listen().close());
    assertTrue(listening.getMessage().startsWith("Refused plain text"), listening::getMessage);
    IOException connecting = assertThrows(IOException.class, () -> GrpcTransport.plaintextOnLoopback().connect("192.0.2.1:443"));
    assertTrue(connecting.getMessage().startsWith("Refused plain text"), connecting::getMessage);
  }

  @Test
  void aMalformedAddressIsATypedError() {
    IOException bad = assertThrows(IOException.class, () -> GrpcTransport.plaintextOnLoopback().connect("no port here"));
    assertTrue(bad.getMessage().contains("is not a gRPC address"), bad::getMessage);
  }
}
