/**
 * The user API: Electron's {@code ipcMain} / {@code ipcRenderer} model — {@link
 * org.typedipc.runtime.IpcMain}, {@link org.typedipc.runtime.IpcRenderer}, their events, renderers
 * and frames, options, launching and accepting renderer processes, and the exceptions.
 *
 * <p>Layer: what applications see, yet low in the module: it may use the transport SPI, the
 * built-in transports (which {@code TransportKind} names) and the message catalogue, and nothing
 * else of the runtime. Its implementation is found as the {@link org.typedipc.runtime.IpcRuntime}
 * service. Typed channels are in {@code spi}.
 */
package org.typedipc.runtime;
