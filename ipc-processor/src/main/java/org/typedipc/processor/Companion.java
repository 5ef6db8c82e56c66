package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  /** Whether an {@code @IpcEvents} interface has invokes that renderers answer. */
  boolean rendererInvokes() {
    return model.channels().stream().anyMatch(c -> c.kind() == ChannelKind.RENDERER_INVOKE || c.kind() == ChannelKind.RENDERER_STREAM);
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

  /**
   * The parameters of a generated method that implements the contract method and whose body names
   * the companion's constants: the contract's names, but a name that would hide a constant gets a
   * suffix. The last parameter is variable arity when the contract method's is.
   */
  List<ParameterSpec> implementationParameters(ChannelModel channel) {
    List<ParameterSpec> parameters = new ArrayList<>();
    List<String> names = implementationNames(channel);
    for (int i = 0; i < names.size(); i++) {
      parameters.add(ParameterSpec.builder(JavaTypes.of(channel.parameters().get(i).type()), names.get(i)).build());
    }
    return parameters;
  }

  private List<String> implementationNames(ChannelModel channel) {
    Set<String> constants = new HashSet<>(Names.FIXED_FIELDS);
    constants.add(companion.simpleName());
    model.channels().forEach(c -> constants.addAll(Names.fields(c)));
    Set<String> taken = new HashSet<>(constants);
    channel.parameters().forEach(p -> taken.add(p.name()));
    List<String> names = new ArrayList<>();
    for (ChannelModel.Parameter parameter : channel.parameters()) {
      String name = parameter.name();
      if (constants.contains(name)) {
        String base = name + "Value";
        name = base;
        for (int i = 2; taken.contains(name); i++) {
          name = base + i;
        }
        taken.add(name);
      }
      names.add(name);
    }
    return names;
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

  /**
   * {@code new LogArgs(level, text)}, {@code path} or {@code null}: the args value of a call, in a
   * method declared with {@link #implementationParameters}.
   */
  CodeBlock packedArgs(ChannelModel channel) {
    List<String> names = implementationNames(channel);
    if (names.isEmpty()) {
      return CodeBlock.of("null");
    }
    if (names.size() == 1) {
      return CodeBlock.of("$N", names.get(0));
    }
    return CodeBlock.of("new $L($L)", fromImplementation(Names.argsRecord(channel)), String.join(", ", names));
  }

  /**
   * A member of the companion as the generated implementation of the contract names it: simply,
   * unless the contract has a member of that name, which the implementation inherits and which
   * would hide the companion's; then qualified with the companion.
   */
  CodeBlock fromImplementation(String member) {
    return model.contractMembers().contains(member) ? CodeBlock.of("$T.$N", companion, member) : CodeBlock.of("$N", member);
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

  /** What calling an invoke channel returns: {@code CompletableFuture<R>} or, as the interface says, {@code CompletionStage<R>}. */
  static TypeName futureType(ChannelModel channel) {
    return ParameterizedTypeName.get(channel.returnsStage() ? JavaTypes.COMPLETION_STAGE : JavaTypes.COMPLETABLE_FUTURE,
        resultType(channel));
  }

  /** What calling a stream channel returns: {@code Flow.Publisher<T>}. */
  static TypeName publisherType(ChannelModel channel) {
    return ParameterizedTypeName.get(JavaTypes.FLOW_PUBLISHER, resultType(channel));
  }

  /** The checked exceptions a channel declares, in the order of its throws clause. */
  static List<TypeName> exceptions(ChannelModel channel) {
    return channel.exceptions().stream().map(e -> (TypeName) JavaTypes.className(e.type())).toList();
  }

  /**
   * {@code RuntimeException | E1 | …}: one catch clause for everything a declaring call may throw,
   * without the declared types whose supertype is declared too (a multi-catch may not list both).
   */
  static CodeBlock rethrownTypes(ChannelModel channel) {
    CodeBlock.Builder types = CodeBlock.builder().add("$T", RuntimeException.class);
    for (ExceptionDef exception : channel.exceptions()) {
      if (exception.mostGeneral()) {
        types.add(" | $T", JavaTypes.className(exception.type()));
      }
    }
    return types.build();
  }
}
