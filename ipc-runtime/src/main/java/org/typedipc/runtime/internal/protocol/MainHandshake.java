package org.typedipc.runtime.internal.protocol;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcContractMismatchException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.main.RendererSession;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;

/** Main's half of the handshake after the secret was checked: versions, contracts, WELCOME. */
public final class MainHandshake {
  private MainHandshake() {}

  /**
   * Completes the handshake of an authenticated renderer and registers it with main. The calling
   * thread is named after the renderer: it goes on to read the connection.
   *
   * @throws IpcContractMismatchException after sending REJECT, when versions or contracts differ
   */
  public static MainSideConnection complete(MainRuntime main, Handshake.Hello hello, PacketReader reader, PacketWriter writer,
      ByteStream stream, ConnectionSettings settings, Process process, CompletableFuture<Renderer> renderer) throws IOException {
    reader.authenticated();
    String refusal = null;
    if (hello.version() != Protocol.VERSION) {
      refusal = ErrorMessages.rendererSpeaksOtherVersion(hello.version(), Protocol.VERSION);
    } else {
      refusal = Handshake.contractMismatch(main.contractFingerprints(), hello.contracts());
    }
    if (refusal != null) {
      Handshake.writeReject(writer, Handshake.REJECT_CONTRACT_MISMATCH, refusal);
      IpcContractMismatchException mismatch = new IpcContractMismatchException(ErrorMessages.refusedRenderer(refusal));
      renderer.completeExceptionally(mismatch);
      throw mismatch;
    }
    MainSideConnection connection = new MainSideConnection(reader, writer, stream, settings, hello.mainFrameId());
    RendererSession session = main.newRemoteSession(hello.processId(), hello.mainFrameId(), stream.peerIdentity(), connection);
    connection.attach(session, process);
    Handshake.writeWelcome(writer, session.id(), ProcessHandle.current().pid());
    main.register(session);
    // This thread reads the connection from now on; thread dumps should name the renderer.
    Thread.currentThread().setName("typed-ipc-reader-renderer-" + session.id());
    renderer.complete(session);
    return connection;
  }
}
