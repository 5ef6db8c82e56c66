package org.typedipc.processor;

import java.util.List;
import java.util.Map;

/**
 * One {@code @IpcContract} or {@code @IpcEvents} interface, read and checked.
 *
 * @param userTypes every record, enum and sealed interface its channels use, in discovery order
 * @param generatedAnnotation whether the contract's module reads {@code java.compiler}, so {@code
 *     javax.annotation.processing.Generated} may be used
 */
record ContractModel(
    TypeRef contract,
    boolean events,
    List<ChannelModel> channels,
    Map<String, UserTypeDef> userTypes,
    boolean generatedAnnotation) {
  ContractModel {
    channels = List.copyOf(channels);
  }

  /** The companion's simple name: {@code FilesIpc}, or {@code OuterFilesIpc} for a nested contract. */
  String companionName() {
    return contract.flatName() + "Ipc";
  }
}
