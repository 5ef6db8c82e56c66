package org.typedipc.samples.typed.conformance;

import org.typedipc.runtime.TransportKind;

/** The typed conformance suite over a Unix domain socket. */
class UnixSocketTypedConformanceTest extends WireTypedConformanceTest {
  UnixSocketTypedConformanceTest() {
    super(TransportKind.UNIX_SOCKET);
  }
}
