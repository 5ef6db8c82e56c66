/**
 * Bringing renderer processes to main, and connecting a renderer process to main: acceptors over
 * any transport, the launcher, the renderer-side connector, and the {@link
 * org.typedipc.runtime.IpcRuntime} this module provides. Layer: the top; it wires the protocol to
 * the dispatch core.
 */
package org.typedipc.runtime.internal.connect;
