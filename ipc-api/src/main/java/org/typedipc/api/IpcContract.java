package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a renderer → main contract: each abstract method is one channel that a renderer calls
 * and main serves.
 *
 * <p>The kind of a channel comes from its annotation or, without one, from its return type: {@code
 * void} is {@link Send}, {@code CompletableFuture<R>} or {@code CompletionStage<R>} is {@link
 * Invoke}. A method that blocks for a value must say so with {@link SendSync}. Default and static
 * methods are not channels.
 *
 * <pre>{@code
 * @IpcContract
 * public interface Files {
 *   @Invoke("files:read")
 *   CompletableFuture<FileContent> read(String path);
 *
 *   @Send("log")
 *   void log(Level level, String text);
 *
 *   @SendSync("config:get")
 *   Config config();
 * }
 * }</pre>
 *
 * <p>The annotation processor generates {@code FilesIpc} in the same package: {@code
 * FilesIpc.renderer(ipcRenderer)} returns a {@code Files} whose calls go over IPC, and {@code
 * FilesIpc.main(ipcMain)} registers typed listeners and handlers. A nested contract {@code
 * Outer.Files} gets {@code OuterFilesIpc}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IpcContract {}
