package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a blocking channel of an {@link IpcContract}: Electron's {@code ipcRenderer.sendSync},
 * answered by a listener in main that sets the event's return value. The method returns the value
 * type itself; the renderer blocks until main answers or the sendSync deadline passes.
 *
 * <pre>{@code
 * @SendSync("config:get")
 * Config config();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SendSync {
  /**
   * The channel name. Empty means {@code <contract simple name>:<method name>}, e.g. {@code
   * "Files:config"}.
   *
   * @return the channel name, or empty for the default one
   */
  String value() default "";
}
