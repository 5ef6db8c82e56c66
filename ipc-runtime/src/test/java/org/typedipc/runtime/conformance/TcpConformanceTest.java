package org.typedipc.runtime.conformance;

import org.typedipc.runtime.TransportKind;

/** The conformance suite over TCP loopback. */
class TcpConformanceTest extends WireConformanceTest {
  TcpConformanceTest() {
    super(TransportKind.TCP);
  }
}
