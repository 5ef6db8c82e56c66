package org.typedipc.runtime;

import java.util.Objects;

/**
 * A contract as the handshake compares it: its name and a fingerprint of every channel's name, kind
 * and types. Generated companions provide one; main and a renderer that use the same contract with
 * different fingerprints are refused at connect.
 *
 * @param name the contract's fully qualified interface name
 * @param fingerprint a stable hash of the contract's channels
 */
public record ContractDescriptor(String name, String fingerprint) {
  /**
   * Checks that neither component is {@code null}.
   *
   * @param name the contract's fully qualified interface name
   * @param fingerprint a stable hash of the contract's channels
   */
  public ContractDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
