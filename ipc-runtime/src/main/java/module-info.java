/**
 * The typed-ipc runtime: Electron's {@code ipcMain} / {@code ipcRenderer} model for Java.
 *
 * <p>Depends on the JDK alone and uses no reflection on application types, so applications need
 * no {@code opens}. Exports the user API, the SPI generated code and codec authors build on, and
 * the transport SPI; everything under {@code internal} stays inside the module.
 */
module org.typedipc.runtime {
  requires jdk.net;
  requires jdk.jfr;

  exports org.typedipc.runtime;
  exports org.typedipc.runtime.spi;
  exports org.typedipc.runtime.transport;

  // The user API finds its implementation as a service, so it names no class of the layers below it.
  uses org.typedipc.runtime.IpcRuntime;

  provides org.typedipc.runtime.IpcRuntime with
      org.typedipc.runtime.internal.connect.DefaultRuntime;
}
