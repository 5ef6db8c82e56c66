package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The companion of one contract as its writers see it: the contract's and the companion's class
 * names, and the types and argument expressions that several parts of the companion share.
 */
final class Companion {
  private final ContractModel model;
  private final ClassName contract;
  private final ClassName companion;

  Companion(ContractModel model) {
    this.model = model;
    this.contract = JavaTypes.className(model.contract());
    this.companion = ClassName.get(model.contract().packageName(), model.companionName());
  }

  ContractModel model() {
    return model;
  }

  List<ChannelModel> channels() {
    return model.channels();
  }

  boolean events() {
    return model.events();
  }

  /** The contract interface itself. */
  ClassName contract() {
    return contract;
  }

  /** The companion class, {@code <Contract>Ipc}. */
  ClassName className() {
    return companion;
  }

  /** A type nested in the companion. */
  ClassName nested(String simpleName) {
    return companion.nestedClass(simpleName);
  }

  /** The contract method's parameters, as the generated methods that implement or mirror it declare them. */
  static List<ParameterSpec> parameters(ChannelModel channel) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (ChannelModel.Parameter parameter : channel.parameters()) {
      parameters.add(ParameterSpec.builder(JavaTypes.of(parameter.type()), parameter.name()).build());
    }
    return parameters;
  }

  /** {@code args.level(), args.text()} or {@code args}, to unpack an args value into a call. */
  static CodeBlock unpackedArgs(ChannelModel channel) {
    List<ChannelModel.Parameter> parameters = channel.parameters();
    if (parameters.isEmpty()) {
      return CodeBlock.of("");
    }
    if (parameters.size() == 1) {
      return CodeBlock.of(", args");
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (ChannelModel.Parameter parameter : parameters) {
      b.add(", args.$N()", parameter.name());
    }
    return b.build();
  }

  /** {@code new LogArgs(level, text)}, {@code path} or {@code null}: the args value of a call. */
  CodeBlock packedArgs(ChannelModel channel) {
    List<ChannelModel.Parameter> parameters = channel.parameters();
    if (parameters.isEmpty()) {
      return CodeBlock.of("null");
    }
    if (parameters.size() == 1) {
      return CodeBlock.of("$N", parameters.get(0).name());
    }
    List<String> names = new ArrayList<>();
    parameters.forEach(p -> names.add(p.name()));
    return CodeBlock.of("new $T($L)", nested(Names.argsRecord(channel)), String.join(", ", names));
  }

  /** What a channel's arguments travel as: {@code Void}, its single parameter's boxed type, or its args record. */
  TypeName argsType(ChannelModel channel) {
    List<ChannelModel.Parameter> parameters = channel.parameters();
    if (parameters.isEmpty()) {
      return JavaTypes.VOID;
    }
    if (parameters.size() == 1) {
      return JavaTypes.boxed(parameters.get(0).type());
    }
    return nested(Names.argsRecord(channel));
  }

  /** What a channel's result travels as: its boxed type, or {@code Void} for channels without one. */
  static TypeName resultType(ChannelModel channel) {
    return channel.result() == null ? JavaTypes.VOID : JavaTypes.boxed(channel.result());
  }
}
