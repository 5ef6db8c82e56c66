package org.typedipc.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the channel of one method of an {@link IpcEvents} interface. Without it the channel is
 * {@code <interface simple name>:<method name>}.
 *
 * <pre>{@code
 * @IpcEvents
 * public interface Progress {
 *   @Event("jobs:progress")
 *   void progress(String task, int percent);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Event {
  /**
   * The channel name; must not be empty.
   *
   * @return the channel name renderers listen on
   */
  String value();
}
