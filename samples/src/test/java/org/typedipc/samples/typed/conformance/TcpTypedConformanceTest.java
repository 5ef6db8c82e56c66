package org.typedipc.samples.typed.conformance;

import org.typedipc.runtime.TransportKind;

/** The typed conformance suite over TCP loopback. */
class TcpTypedConformanceTest extends WireTypedConformanceTest {
  TcpTypedConformanceTest() {
    super(TransportKind.TCP);
  }
}
