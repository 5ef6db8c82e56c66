/**
 * The behaviours of the string-channel conformance tests that apply to typed channels, through the
 * generated companions only: the renderer proxy ({@code ConformanceIpc.renderer}), main's registrar
 * and handler interfaces ({@code ConformanceIpc.main}), the events senders ({@code
 * ConformanceEventsIpc.to}, {@code ConformanceEventsIpc.replyTo}) and the typed renderer listeners
 * ({@code ConformanceEventsIpc.renderer}). One file per behaviour.
 *
 * <p>Every class runs over every {@link org.typedipc.runtime.testing.TransportUnderTest} through
 * the shared fixture. Tests never assume a delivery happens on the caller's thread: they wait with
 * queues, latches and futures, and use typed round trips as fences.
 */
package org.typedipc.blackbox.conformance;
