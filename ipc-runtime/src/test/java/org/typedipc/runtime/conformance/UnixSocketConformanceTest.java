package org.typedipc.runtime.conformance;

import org.typedipc.runtime.TransportKind;

/** The conformance suite over a Unix domain socket. */
class UnixSocketConformanceTest extends WireConformanceTest {
  UnixSocketConformanceTest() {
    super(TransportKind.UNIX_SOCKET);
  }
}
