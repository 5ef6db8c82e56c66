package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fire-and-forget channel of an {@link IpcContract}: Electron's {@code ipcRenderer.send}
 * received by {@code ipcMain.on} or {@code once}. The method returns {@code void}.
 *
 * <pre>{@code
 * @Send("log")
 * void log(Level level, String text);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Send {
  /**
   * The channel name. Empty means {@code <contract simple name>:<method name>}, e.g. {@code
   * "Files:log"}.
   *
   * @return the channel name, or empty for the default one
   */
  String value() default "";
}
