package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request–response channel. In an {@link IpcContract} a renderer calls it and main
 * answers (Electron's {@code ipcRenderer.invoke} answered by {@code ipcMain.handle}); in an {@link
 * IpcEvents} interface main calls it on one renderer frame and that renderer answers with {@code
 * ipcRenderer.handle}. The method returns {@code CompletableFuture<R>} or {@code
 * CompletionStage<R>}; such a method is an invoke without the annotation too, which is needed only
 * to name the channel.
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
   *
   * @return the channel name, or empty for the default one
   */
  String value() default "";
}
