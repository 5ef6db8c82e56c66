/**
 * The typed-ipc runtime: Electron's {@code ipcMain} / {@code ipcRenderer} model for Java.
 *
 * <p>Depends on the JDK alone and uses no reflection, so applications need no {@code opens}.
 */
module org.typedipc.runtime {
  requires jdk.net;

  exports org.typedipc.runtime;
  exports org.typedipc.runtime.codec;
}
