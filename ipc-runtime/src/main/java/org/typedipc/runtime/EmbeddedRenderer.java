package org.typedipc.runtime;

/** A renderer in main's JVM: both its renderer side and main's handle of it. */
public interface EmbeddedRenderer extends RendererConnection {
  /** {@return main's handle of this renderer (Electron's {@code webContents})} */
  Renderer renderer();
}
