package org.typedipc.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.typedipc.runtime.IpcDisconnectedException;

/** Electron's failure for any use of an {@code ipcRenderer} whose frame or connection is gone. */
public final class ContextReleased {
  /** The text every such failure carries. */
  public static final String MESSAGE = "IPC method called after context was released";

  private ContextReleased() {}

  /** Asserts that {@code failure} is a disconnect that says the context was released. */
  public static void assertContextReleased(Throwable failure) {
    assertInstanceOf(IpcDisconnectedException.class, failure, () -> "failed with " + failure);
    assertTrue(failure.getMessage().contains(MESSAGE), failure.getMessage());
  }
}
