package org.typedipc.runtime.transport;

import java.io.IOException;

/** The OS or the transport refused a peer: another user, or no permission to reach the address. */
public final class PeerRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * With a sentence that says who was refused and why.
   *
   * @param message who was refused and why
   */
  public PeerRefusedException(String message) {
    super(message);
  }
}
