package org.typedipc.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The channels of one contract, in declaration order, as generated into the contract's companion
 * ({@code FilesIpc.DESCRIPTOR}). A cross-process handshake compares descriptors so that a contract
 * mismatch fails at connect, naming the channel, rather than at the first call.
 *
 * @param contract the contract interface's fully qualified name
 * @param channels the contract's channels in declaration order
 */
public record ContractDescriptor(String contract, List<ChannelDescriptor> channels) {
  /** Checks that no component is null and copies the channel list. */
  public ContractDescriptor {
    Objects.requireNonNull(contract, "contract");
    channels = List.copyOf(channels);
  }

  /** The channel with this name, if the contract has it. */
  public Optional<ChannelDescriptor> channel(String name) {
    for (ChannelDescriptor channel : channels) {
      if (channel.name().equals(name)) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
