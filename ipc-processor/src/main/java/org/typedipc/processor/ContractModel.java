package org.typedipc.processor;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code @IpcContract} or {@code @IpcEvents} interface, read and checked.
 *
 * @param userTypes every record, enum and sealed interface its channels use, in discovery order
 * @param generatedAnnotation whether the contract's module reads {@code java.compiler}, so {@code
 *     javax.annotation.processing.Generated} may be used
 * @param shadowedJavaLang simple names of {@code java.lang} types that a type of the contract's
 *     package, a member type of the contract or a user type also has: the companion writes those
 *     {@code java.lang} types fully qualified
 * @param contractMembers simple names of the member types and fields of the contract, inherited ones
 *     included: inside the generated implementation of the contract they hide the companion's own
 * @param usesDeprecated whether the contract, a channel method or a user type is deprecated, so the
 *     companion, which must use them, suppresses the warnings
 */
record ContractModel(
    TypeRef contract,
    boolean events,
    List<ChannelModel> channels,
    Map<String, UserTypeDef> userTypes,
    boolean generatedAnnotation,
    Set<String> shadowedJavaLang,
    Set<String> contractMembers,
    boolean usesDeprecated) {
  ContractModel {
    channels = List.copyOf(channels);
    shadowedJavaLang = Set.copyOf(shadowedJavaLang);
    contractMembers = Set.copyOf(contractMembers);
  }

  /** The companion's simple name: {@code FilesIpc}, or {@code OuterFilesIpc} for a nested contract. */
  String companionName() {
    return contract.flatName() + "Ipc";
  }
}
