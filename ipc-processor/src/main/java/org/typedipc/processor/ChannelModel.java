package org.typedipc.processor;

import java.util.List;

/**
 * One channel: a contract method with its kind, name and wire types.
 *
 * @param result the result type; {@code null} for send and event channels
 * @param returnsStage whether the contract method returns {@code CompletionStage} rather than
 *     {@code CompletableFuture} (invoke only)
 * @param exceptions the checked exceptions the method declares, in the order of its throws clause
 * @param varargs whether the contract method's last parameter is variable arity, so its overrides
 *     declare it so too
 * @param mainFrameOnly whether the method is marked {@code @MainFrameOnly}: main refuses its calls
 *     from subframes
 */
record ChannelModel(
    String methodName,
    String channelName,
    ChannelKind kind,
    List<Parameter> parameters,
    WireType result,
    boolean returnsStage,
    boolean varargs,
    List<ExceptionDef> exceptions,
    boolean mainFrameOnly) {
  ChannelModel {
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  record Parameter(String name, WireType type) {}
}
