package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request–response channel of an {@link IpcContract}: Electron's {@code
 * ipcRenderer.invoke} answered by {@code ipcMain.handle} or {@code handleOnce}. The method returns
 * {@code CompletableFuture<R>} or {@code CompletionStage<R>}.
 *
 * <pre>{@code
 * @Invoke("files:read")
 * CompletableFuture<FileContent> read(String path);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Invoke {
  /**
   * The channel name. Empty means {@code <contract simple name>:<method name>}, e.g. {@code
   * "Files:read"}.
   */
  String value() default "";
}
