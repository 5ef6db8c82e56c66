/**
 * The Electron behaviours every typed-ipc transport must reproduce through the string-channel API
 * (see {@code CONFORMANCE.md}, the "v1 — must pass" items), one file per behaviour. The numbers in
 * the comments are the Electron spec cases of {@code research/electron-ipc.md} §3.
 *
 * <p>Every class runs over every {@link org.typedipc.runtime.testing.TransportUnderTest} through
 * the shared {@link org.typedipc.runtime.testing.IpcFixture}, which owns what a test creates and
 * closes it afterwards. Tests use only the public API and never assume that a delivery happens on
 * the caller's thread: they wait for what they expect and use round trips as {@link
 * org.typedipc.runtime.conformance.Fences fences} (everything one frame sends starts in main in
 * call order; everything main sends to one frame arrives in send order), so the same tests hold
 * in-process and across the wire.
 */
package org.typedipc.runtime.conformance;
