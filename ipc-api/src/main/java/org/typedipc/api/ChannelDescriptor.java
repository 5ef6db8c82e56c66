package org.typedipc.api;

import java.util.Objects;

/**
 * One channel of a contract as the annotation processor saw it at compile time: its name, its kind
 * and a fingerprint of its argument and result types. Two processes whose descriptors of a channel
 * have equal fingerprints encode its values the same way.
 *
 * @param name the channel name, as on the wire
 * @param kind {@code SEND}, {@code SEND_SYNC}, {@code INVOKE}, {@code EVENT} or {@code
 *     RENDERER_INVOKE}
 * @param signature the canonical signature the fingerprint is computed from, e.g. {@code
 *     INVOKE files:read(java.lang.String)->com.example.FileContent{path:java.lang.String,...}}
 * @param fingerprint the lowercase hex SHA-256 of {@code signature} in UTF-8
 */
public record ChannelDescriptor(String name, String kind, String signature, String fingerprint) {
  /**
   * Checks that no component is null.
   *
   * @param name the channel name, as on the wire
   * @param kind the channel's kind, e.g. {@code INVOKE}
   * @param signature the canonical signature the fingerprint is computed from
   * @param fingerprint the lowercase hex SHA-256 of {@code signature}
   */
  public ChannelDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
