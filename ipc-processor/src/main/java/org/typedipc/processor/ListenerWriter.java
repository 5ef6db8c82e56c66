package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the interfaces the receiving side implements: {@code Handler}, with one method per
 * channel, and each channel's own listener or invoke handler, followed by its args record if it has
 * one. Each callback takes the event first, then the contract method's arguments.
 */
final class ListenerWriter {
  private final Companion companion;

  ListenerWriter(Companion companion) {
    this.companion = companion;
  }

  TypeSpec handlerInterface() {
    TypeSpec.Builder handler = TypeSpec.interfaceBuilder("Handler").addModifiers(Modifier.PUBLIC);
    if (companion.rendererInvokes()) {
      handler.addJavadoc("Every event and invoke of {@link $T}, received in a renderer: the event first, then the\n"
          + "arguments.\n", companion.contract());
    } else if (companion.events()) {
      handler.addJavadoc("Every event of {@link $T}, received in a renderer: the event first, then the arguments.\n", companion.contract());
    } else {
      handler.addJavadoc("Serves every channel of {@link $T} in main: the event first, then the arguments.\n", companion.contract());
    }
    for (ChannelModel channel : companion.channels()) {
      TypeName returns;
      switch (channel.kind()) {
        case INVOKE:
        case RENDERER_INVOKE:
          returns = ParameterizedTypeName.get(JavaTypes.COMPLETION_STAGE, Companion.resultType(channel));
          break;
        case SEND_SYNC:
          returns = JavaTypes.of(channel.result());
          break;
        default:
          returns = TypeName.VOID;
          break;
      }
      handler.addMethod(callback(channel, returns, "").build());
    }
    return handler.build();
  }

  /** The channel's listener or invoke handler, then its args record if it has one. */
  List<TypeSpec> channelTypes(ChannelModel channel) {
    List<TypeSpec> types = new ArrayList<>();
    switch (channel.kind()) {
      case INVOKE:
      case RENDERER_INVOKE:
        types.add(invokeHandler(channel));
        break;
      case SEND_SYNC:
        types.add(listener(channel, "Answers {@link $T#$N} with its return value.\n", JavaTypes.of(channel.result()),
            sendSyncOnMessage(channel)));
        break;
      default:
        types.add(listener(channel, "Receives {@link $T#$N} messages.\n", TypeName.VOID,
            MethodSpec.methodBuilder("onMessage")
                .addParameter(eventType(channel), "event")
                .addParameter(companion.argsType(channel), "args")
                .addStatement("this.$N(event$L)", channel.methodName(), Companion.unpackedArgs(channel))));
        break;
    }
    if (Names.hasArgsRecord(channel)) {
      types.add(argsRecord(channel));
    }
    return types;
  }

  /** Sets the callback's value as the return value, or the declared exception it throws. */
  private MethodSpec.Builder sendSyncOnMessage(ChannelModel channel) {
    MethodSpec.Builder onMessage = MethodSpec.methodBuilder("onMessage")
        .addParameter(JavaTypes.IPC_MAIN_EVENT, "event")
        .addParameter(companion.argsType(channel), "args");
    String answer = "$T.of(event).setReturnValue($N, this.$N(event$L))";
    if (channel.exceptions().isEmpty()) {
      return onMessage.addStatement(answer, JavaTypes.TYPED, Names.channelField(channel), channel.methodName(),
          Companion.unpackedArgs(channel));
    }
    return onMessage.beginControlFlow("try")
        .addStatement(answer, JavaTypes.TYPED, Names.channelField(channel), channel.methodName(), Companion.unpackedArgs(channel))
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .addStatement("throw e")
        .nextControlFlow("catch ($T declared)", Exception.class)
        .addStatement("$T.of(event).setReturnException($N, declared)", JavaTypes.TYPED, Names.channelField(channel))
        .endControlFlow();
  }

  /** A functional listener whose default {@code onMessage} (given without modifiers) calls its callback. */
  private TypeSpec listener(ChannelModel channel, String javadoc, TypeName returns, MethodSpec.Builder onMessage) {
    return TypeSpec.interfaceBuilder(Names.listener(channel))
        .addJavadoc(javadoc, companion.contract(), channel.methodName())
        .addAnnotation(FunctionalInterface.class)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(ParameterizedTypeName.get(JavaTypes.CHANNEL_LISTENER, eventType(channel), companion.argsType(channel)))
        .addMethod(callback(channel, returns, "").build())
        .addMethod(onMessage.addAnnotation(JavaTypes.OVERRIDE).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).build())
        .build();
  }

  /**
   * The handler of an invoke channel, generic in what it returns: the result itself for {@code
   * handleX}, a {@code CompletionStage} of it for {@code handleXAsync}.
   */
  private TypeSpec invokeHandler(ChannelModel channel) {
    TypeVariableName returns = TypeVariableName.get(Names.handlerTypeVariable(channel, companion.model()));
    TypeName result = Companion.resultType(channel);
    TypeName args = companion.argsType(channel);
    return TypeSpec.interfaceBuilder(Names.handler(channel))
        .addJavadoc("Answers {@link $T#$N} with a {@code $T}, or, for the {@code Async} registrations, a\n"
            + "{@code CompletionStage} of one.\n\n@param <$L> what the handler returns\n",
            companion.contract(), channel.methodName(), result, returns.name())
        .addAnnotation(FunctionalInterface.class)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(returns)
        .addSuperinterface(ParameterizedTypeName.get(
            channel.kind() == ChannelKind.INVOKE ? JavaTypes.CHANNEL_HANDLER : JavaTypes.RENDERER_CHANNEL_HANDLER, args, result))
        .addMethod(callback(channel, returns, "the answer: the result itself, or for the {@code Async} registrations a stage"
            + " of it").build())
        .addMethod(MethodSpec.methodBuilder("handle")
            .addAnnotation(JavaTypes.OVERRIDE)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(Object.class)
            .addParameter(eventType(channel), "event")
            .addParameter(args, "args")
            .addException(Exception.class)
            .addStatement("return this.$N(event$L)", channel.methodName(), Companion.unpackedArgs(channel))
            .build())
        .build();
  }

  private TypeSpec argsRecord(ChannelModel channel) {
    return TypeSpec.recordBuilder(Names.argsRecord(channel))
        .addJavadoc("The arguments of {@link $T#$N} as one value.\n", companion.contract(), channel.methodName())
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(MethodSpec.constructorBuilder().addParameters(Companion.parameters(channel)).build())
        .build();
  }

  /**
   * The abstract method a listener or handler implements: the event first, then the arguments;
   * {@code result} describes what it returns, or is empty for the kind's usual wording.
   */
  private MethodSpec.Builder callback(ChannelModel channel, TypeName returns, String result) {
    String event = eventParameter(channel);
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add(channel.kind().handled() || channel.kind() == ChannelKind.SEND_SYNC ? "Answers" : "Receives")
        .add(" a call of {@link $T#$N}.\n\n", companion.contract(), channel.methodName())
        .add("@param $N the message's event: its sender, and how to reply\n", event);
    for (ChannelModel.Parameter parameter : channel.parameters()) {
      javadoc.add("@param $N the call's {@code $N} argument\n", parameter.name(), parameter.name());
    }
    if (!returns.equals(TypeName.VOID)) {
      javadoc.add("@return $L\n", !result.isEmpty() ? result
          : channel.kind() == ChannelKind.SEND_SYNC ? "the value the caller's {@code sendSync} returns"
          : "a stage that completes with the answer");
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(channel.methodName())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns)
        .addParameter(eventType(channel), event)
        .addParameters(Companion.parameters(channel));
    if (channel.kind().handled()) {
      method.addException(Exception.class);
      javadoc.add("@throws Exception to fail the call: an exception the contract declares reaches the caller as\n"
          + "    itself, any other as a remote error\n");
    } else if (channel.kind() == ChannelKind.SEND_SYNC) {
      method.addExceptions(Companion.exceptions(channel));
      for (TypeName exception : Companion.exceptions(channel)) {
        javadoc.add("@throws $T to answer with it: the caller's {@code sendSync} throws it\n", exception);
      }
    }
    return method.addJavadoc(javadoc.build());
  }

  /** The event type the listeners of a channel receive. */
  private static ClassName eventType(ChannelModel channel) {
    switch (channel.kind()) {
      case INVOKE:
        return JavaTypes.IPC_MAIN_INVOKE_EVENT;
      case RENDERER_INVOKE:
        return JavaTypes.IPC_RENDERER_INVOKE_EVENT;
      case EVENT:
        return JavaTypes.IPC_RENDERER_EVENT;
      default:
        return JavaTypes.IPC_MAIN_EVENT;
    }
  }

  /** Name for the event parameter that no contract parameter uses. */
  private static String eventParameter(ChannelModel channel) {
    Set<String> names = new HashSet<>();
    channel.parameters().forEach(p -> names.add(p.name()));
    String name = "event";
    for (int i = 2; names.contains(name); i++) {
      name = "ipcEvent" + (i == 2 ? "" : i);
    }
    return name;
  }
}
