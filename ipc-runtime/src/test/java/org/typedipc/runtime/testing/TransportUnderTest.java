package org.typedipc.runtime.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.transport.Transport;

/**
 * The transports the conformance tests run over, each with the one way a test connects a renderer
 * to main through it. This is the only place that knows how. Both ends live in this JVM; renderers
 * in other processes are covered by the process tests.
 */
public enum TransportUnderTest implements ConformanceTransport {
  /** A renderer embedded in main's JVM: no wire, though every value is still encoded and decoded. */
  IN_PROCESS {
    @Override
    public Connector connector(Consumer<AutoCloseable> closeAfterTest) {
      return (main, options) -> {
        EmbeddedRenderer embedded = main.embedRenderer(options);
        return new ConnectedRenderer(embedded, embedded.renderer());
      };
    }
  },

  /** A Unix domain socket, crossing the wire protocol and the connection's reader threads. */
  UNIX_SOCKET {
    @Override
    public Connector connector(Consumer<AutoCloseable> closeAfterTest) {
      return throughInvitations(TransportKind.UNIX_SOCKET.transport(), closeAfterTest);
    }
  },

  /** TCP loopback, crossing the wire protocol and the connection's reader threads. */
  TCP {
    @Override
    public Connector connector(Consumer<AutoCloseable> closeAfterTest) {
      return throughInvitations(TransportKind.TCP.transport(), closeAfterTest);
    }
  },

  /**
   * Pairs of pipes: the byte streams a renderer launched over stdio talks through, carried by a
   * transport of the tests' own, as an application would add one.
   */
  PIPES {
    @Override
    public Connector connector(Consumer<AutoCloseable> closeAfterTest) {
      return throughInvitations(new PipeTransport(), closeAfterTest);
    }
  };

  /**
   * Connects each renderer through an invitation, as a renderer process would, to one acceptor per
   * main that is opened on first use.
   */
  public static Connector throughInvitations(Transport transport, Consumer<AutoCloseable> closeAfterTest) {
    Map<IpcMain, RendererAcceptor> acceptors = new ConcurrentHashMap<>();
    return (main, options) -> ConnectedRenderer.through(acceptors.computeIfAbsent(main, m -> {
      RendererAcceptor acceptor = m.listen(transport);
      closeAfterTest.accept(acceptor);
      return acceptor;
    }), options.withTransports(transport));
  }
}
