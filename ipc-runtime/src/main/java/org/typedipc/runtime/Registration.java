package org.typedipc.runtime;

/**
 * A listener or handler registration; {@link #close()} removes exactly that registration.
 *
 * <pre>{@code
 * try (Registration r = ipcMain.on("log", (event, args) -> System.out.println(args[0]))) {
 *   ...
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {
  /** Removes the registration. Closing twice, or after it was removed otherwise, does nothing. */
  @Override
  void close();
}
