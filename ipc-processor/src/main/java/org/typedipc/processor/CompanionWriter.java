package org.typedipc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the one companion class of a contract, {@code <Contract>Ipc}, with exactly one
 * originating element so that build tools can recompile it in isolation.
 */
final class CompanionWriter {
  private static final String PROCESSOR = "org.typedipc.processor.IpcProcessor";

  private final ContractModel model;
  private final ClassName contract;
  private final ClassName companion;
  private final CodecWriter codecs;
  private final List<ChannelModel> channels;

  CompanionWriter(ContractModel model) {
    this.model = model;
    this.contract = JavaTypes.className(model.contract());
    this.companion = ClassName.get(model.contract().packageName(), model.companionName());
    this.channels = model.channels();
    this.codecs = new CodecWriter(model, companion);
  }

  JavaFile write(Element originatingElement) {
    TypeSpec.Builder type = TypeSpec.classBuilder(companion)
        .addOriginatingElement(originatingElement)
        .addJavadoc(classJavadoc())
        .addAnnotation(AnnotationSpec.builder(JavaTypes.IPC_GENERATED).addMember("value", "$S", contract.canonicalName()).build());
    if (model.generatedAnnotation()) {
      type.addAnnotation(AnnotationSpec.builder(JavaTypes.JAVAX_GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL);

    for (ChannelModel channel : channels) {
      type.addField(FieldSpec.builder(String.class, Names.nameField(channel), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The channel name of {@link $T#$N}.\n", contract, channel.methodName())
          .initializer("$S", channel.channelName())
          .build());
    }
    for (ChannelModel channel : channels) {
      type.addField(channelField(channel));
    }
    type.addField(channelsField());
    type.addField(descriptorField());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    if (model.events()) {
      addEventsSide(type);
    } else {
      addContractSide(type);
    }
    type.addMethod(MethodSpec.methodBuilder("closeAll")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(com.palantir.javapoet.ArrayTypeName.of(JavaTypes.REGISTRATION), "registrations")
        .beginControlFlow("for (int i = registrations.length - 1; i >= 0; i--)")
        .beginControlFlow("if (registrations[i] != null)")
        .addStatement("registrations[i].close()")
        .endControlFlow()
        .endControlFlow()
        .build());

    type.addType(handlerInterface());
    for (ChannelModel channel : channels) {
      addChannelTypes(type, channel);
    }
    type.addType(registrar());
    if (model.events()) {
      type.addType(sender());
    } else {
      type.addType(rendererProxy());
    }
    type.addTypes(codecs.types());

    return JavaFile.builder(companion.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private CodeBlock classJavadoc() {
    if (model.events()) {
      return CodeBlock.of(
          "Typed IPC for the events of {@link $T}, generated from the interface.\n\n"
              + "<p>Main sends with {@link #to(Renderer)}, {@link #to(Frame)} or {@link #replyTo(IpcMainEvent)};\n"
              + "a renderer listens with {@link #renderer(IpcRenderer)} or {@link #register(IpcRenderer, Handler)}.\n",
          contract);
    }
    return CodeBlock.of(
        "Typed IPC for {@link $T}, generated from the contract.\n\n"
            + "<p>A renderer calls main through {@link #renderer(IpcRenderer)}; main serves the channels with\n"
            + "{@link #main(IpcMainScope)} or {@link #register(IpcMainScope, Handler)}.\n",
        contract);
  }

  private FieldSpec channelField(ChannelModel channel) {
    TypeName args = argsType(channel);
    TypeName result = resultType(channel);
    CodeBlock argsCodec = codecs.args(channel, companion.nestedClass(Names.argsRecord(channel)));
    CodeBlock initializer;
    if (channel.kind() == ChannelKind.SEND || channel.kind() == ChannelKind.EVENT) {
      initializer = CodeBlock.of("$T.$L($N, $L)", JavaTypes.CHANNEL, channel.kind().factory(), Names.nameField(channel), argsCodec);
    } else {
      initializer = CodeBlock.of("$T.$L($N, $L, $L)", JavaTypes.CHANNEL, channel.kind().factory(), Names.nameField(channel), argsCodec,
          codecs.position(channel.result()));
    }
    return FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.CHANNEL, args, result), Names.channelField(channel),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The typed channel of {@link $T#$N}.\n", contract, channel.methodName())
        .initializer(initializer)
        .build();
  }

  private FieldSpec channelsField() {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", JavaTypes.LIST).add("$>$>");
    for (int i = 0; i < channels.size(); i++) {
      ChannelModel channel = channels.get(i);
      String signature = Fingerprints.signature(channel, model.userTypes());
      list.add("\nnew $T($N, $S,\n    $S,\n    $S)", JavaTypes.CHANNEL_DESCRIPTOR, Names.nameField(channel), channel.kind().name(),
          signature, Fingerprints.sha256(signature));
      if (i < channels.size() - 1) {
        list.add(",");
      }
    }
    list.add("$<$<)");
    return FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.CHANNEL_DESCRIPTOR), "CHANNELS",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every channel with its canonical signature and that signature's fingerprint, in declaration order.\n")
        .initializer(list.build())
        .build();
  }

  private FieldSpec descriptorField() {
    return FieldSpec.builder(JavaTypes.CONTRACT_DESCRIPTOR, "DESCRIPTOR", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The contract as the cross-process handshake compares it: its fingerprint covers every channel's\n"
            + "name, kind and types (the SHA-256 of the {@link #CHANNELS} signatures, one per line).\n")
        .initializer("new $T($S,\n$>$>$S$<$<)", JavaTypes.CONTRACT_DESCRIPTOR, contract.canonicalName(), Fingerprints.contract(model))
        .build();
  }

  private void addContractSide(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("renderer")
        .addJavadoc("A {@link $T} whose calls go over IPC from this renderer frame to main.\n", contract)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(contract)
        .addParameter(JavaTypes.IPC_RENDERER, "ipcRenderer")
        .addStatement("return new RendererProxy($T.requireNonNull(ipcRenderer, $S))", JavaTypes.OBJECTS, "ipcRenderer")
        .build());
    type.addMethod(MethodSpec.methodBuilder("main")
        .addJavadoc("Typed listeners and handlers of {@link $T} on {@code scope}: the global {@code IpcMain}, a\n"
            + "renderer's {@code ipc()} or a frame's {@code ipc()}.\n", contract)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(companion.nestedClass("Registrar"))
        .addParameter(JavaTypes.IPC_MAIN_SCOPE, "scope")
        .addStatement("return new Registrar($T.requireNonNull(scope, $S))", JavaTypes.OBJECTS, "scope")
        .build());
    type.addMethod(MethodSpec.methodBuilder("register")
        .addJavadoc("Registers every method of {@code handler} on {@code scope}; closing the result removes them all.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(JavaTypes.IPC_MAIN_SCOPE, "scope")
        .addParameter(companion.nestedClass("Handler"), "handler")
        .addStatement("return main(scope).register(handler)")
        .build());
  }

  private void addEventsSide(TypeSpec.Builder type) {
    type.addMethod(staticFactory("to", "A {@link $T} that sends to the main frame of {@code renderer}.\n", JavaTypes.RENDERER, "renderer",
        "$L, null, null"));
    type.addMethod(staticFactory("to", "A {@link $T} that sends to {@code frame}.\n", JavaTypes.FRAME, "frame", "null, $L, null"));
    type.addMethod(staticFactory("replyTo", "A {@link $T} that replies to the frame that sent {@code event}.\n", JavaTypes.IPC_MAIN_EVENT,
        "event", "null, null, $L"));
    type.addMethod(MethodSpec.methodBuilder("renderer")
        .addJavadoc("Typed listeners of {@link $T} on a renderer frame.\n", contract)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(companion.nestedClass("Registrar"))
        .addParameter(JavaTypes.IPC_RENDERER, "ipcRenderer")
        .addStatement("return new Registrar($T.requireNonNull(ipcRenderer, $S))", JavaTypes.OBJECTS, "ipcRenderer")
        .build());
    type.addMethod(MethodSpec.methodBuilder("register")
        .addJavadoc("Listens with every method of {@code handler}; closing the result removes them all.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(JavaTypes.IPC_RENDERER, "ipcRenderer")
        .addParameter(companion.nestedClass("Handler"), "handler")
        .addStatement("return renderer(ipcRenderer).register(handler)")
        .build());
  }

  /** {@code arguments} places the checked target among the Sender's three, as {@code $L}. */
  private MethodSpec staticFactory(String name, String javadoc, ClassName targetType, String parameter, String arguments) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc, contract)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(contract)
        .addParameter(targetType, parameter)
        .addStatement("return new Sender($L)", CodeBlock.of(arguments,
            CodeBlock.of("$T.requireNonNull($N, $S)", JavaTypes.OBJECTS, parameter, parameter)))
        .build();
  }

  /** The event type the listeners of a channel receive. */
  private ClassName eventType(ChannelModel channel) {
    switch (channel.kind()) {
      case INVOKE:
        return JavaTypes.IPC_MAIN_INVOKE_EVENT;
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

  private List<ParameterSpec> parameters(ChannelModel channel) {
    List<ParameterSpec> parameters = new ArrayList<>();
    for (ChannelModel.Parameter parameter : channel.parameters()) {
      parameters.add(ParameterSpec.builder(JavaTypes.of(parameter.type()), parameter.name()).build());
    }
    return parameters;
  }

  /** The abstract method a listener or handler implements: the event first, then the arguments. */
  private MethodSpec.Builder callback(ChannelModel channel, TypeName returns) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(channel.methodName())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns)
        .addParameter(eventType(channel), eventParameter(channel))
        .addParameters(parameters(channel));
    if (channel.kind() == ChannelKind.INVOKE) {
      method.addException(Exception.class);
    }
    return method;
  }

  /** {@code args.level(), args.text()} or {@code args}, to unpack an args value into a call. */
  private static CodeBlock unpackedArgs(ChannelModel channel) {
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
  private CodeBlock packedArgs(ChannelModel channel) {
    List<ChannelModel.Parameter> parameters = channel.parameters();
    if (parameters.isEmpty()) {
      return CodeBlock.of("null");
    }
    if (parameters.size() == 1) {
      return CodeBlock.of("$N", parameters.get(0).name());
    }
    List<String> names = new ArrayList<>();
    parameters.forEach(p -> names.add(p.name()));
    return CodeBlock.of("new $T($L)", companion.nestedClass(Names.argsRecord(channel)), String.join(", ", names));
  }

  private void addChannelTypes(TypeSpec.Builder type, ChannelModel channel) {
    ParameterizedTypeName channelListener = ParameterizedTypeName.get(JavaTypes.CHANNEL_LISTENER, eventType(channel), argsType(channel));
    switch (channel.kind()) {
      case INVOKE:
        type.addType(invokeHandler(channel));
        break;
      case SEND_SYNC: {
        TypeName result = JavaTypes.of(channel.result());
        type.addType(TypeSpec.interfaceBuilder(Names.listener(channel))
            .addJavadoc("Answers {@link $T#$N} with its return value.\n", contract, channel.methodName())
            .addAnnotation(FunctionalInterface.class)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(channelListener)
            .addMethod(callback(channel, result).build())
            .addMethod(MethodSpec.methodBuilder("onMessage")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(JavaTypes.IPC_MAIN_EVENT, "event")
                .addParameter(argsType(channel), "args")
                .addStatement("$T.of(event).setReturnValue($N, $N(event$L))", JavaTypes.TYPED, Names.channelField(channel), channel.methodName(),
                    unpackedArgs(channel))
                .build())
            .build());
        break;
      }
      default:
        type.addType(TypeSpec.interfaceBuilder(Names.listener(channel))
            .addJavadoc("Receives {@link $T#$N} messages.\n", contract, channel.methodName())
            .addAnnotation(FunctionalInterface.class)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(channelListener)
            .addMethod(callback(channel, TypeName.VOID).build())
            .addMethod(MethodSpec.methodBuilder("onMessage")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(eventType(channel), "event")
                .addParameter(argsType(channel), "args")
                .addStatement("$N(event$L)", channel.methodName(), unpackedArgs(channel))
                .build())
            .build());
        break;
    }
    if (Names.hasArgsRecord(channel)) {
      MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameters(parameters(channel));
      type.addType(TypeSpec.recordBuilder(Names.argsRecord(channel))
          .addJavadoc("The arguments of {@link $T#$N} as one value.\n", contract, channel.methodName())
          .addModifiers(Modifier.PUBLIC)
          .recordConstructor(constructor.build())
          .build());
    }
  }

  /**
   * The handler of an invoke channel, generic in what it returns: the result itself for {@code
   * handleX}, a {@code CompletionStage} of it for {@code handleXAsync}.
   */
  private TypeSpec invokeHandler(ChannelModel channel) {
    TypeVariableName returns = TypeVariableName.get(Names.handlerTypeVariable(channel, model));
    return TypeSpec.interfaceBuilder(Names.handler(channel))
        .addJavadoc("Answers {@link $T#$N} with a {@code $T}, or, for the {@code Async} registrations, a\n"
            + "{@code CompletionStage} of one.\n\n@param <$L> what the handler returns\n",
            contract, channel.methodName(), resultType(channel), returns.name())
        .addAnnotation(FunctionalInterface.class)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(returns)
        .addSuperinterface(ParameterizedTypeName.get(JavaTypes.CHANNEL_HANDLER, argsType(channel), resultType(channel)))
        .addMethod(callback(channel, returns).build())
        .addMethod(MethodSpec.methodBuilder("handle")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(Object.class)
            .addParameter(JavaTypes.IPC_MAIN_INVOKE_EVENT, "event")
            .addParameter(argsType(channel), "args")
            .addException(Exception.class)
            .addStatement("return $N(event$L)", channel.methodName(), unpackedArgs(channel))
            .build())
        .build();
  }

  private TypeSpec handlerInterface() {
    TypeSpec.Builder handler = TypeSpec.interfaceBuilder("Handler").addModifiers(Modifier.PUBLIC);
    if (model.events()) {
      handler.addJavadoc("Every event of {@link $T}, received in a renderer: the event first, then the arguments.\n", contract);
    } else {
      handler.addJavadoc("Serves every channel of {@link $T} in main: the event first, then the arguments.\n", contract);
    }
    for (ChannelModel channel : channels) {
      TypeName returns;
      switch (channel.kind()) {
        case INVOKE:
          returns = ParameterizedTypeName.get(JavaTypes.COMPLETION_STAGE, resultType(channel));
          break;
        case SEND_SYNC:
          returns = JavaTypes.of(channel.result());
          break;
        default:
          returns = TypeName.VOID;
          break;
      }
      handler.addMethod(callback(channel, returns).build());
    }
    return handler.build();
  }

  private TypeSpec registrar() {
    ClassName registrar = companion.nestedClass("Registrar");
    boolean events = model.events();
    ClassName target = events ? JavaTypes.IPC_RENDERER : JavaTypes.IPC_MAIN_SCOPE;
    String field = events ? "ipcRenderer" : "scope";
    TypeSpec.Builder type = TypeSpec.classBuilder(registrar)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(target, field, Modifier.PRIVATE, Modifier.FINAL)
        .addField(events ? JavaTypes.TYPED_RENDERER : JavaTypes.TYPED_SCOPE, "typed", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(target, field)
            .addStatement("this.$N = $N", field, field)
            .addStatement("this.typed = $T.of($N)", JavaTypes.TYPED, field)
            .build());
    if (events) {
      type.addJavadoc("Typed listeners of {@link $T} on one renderer frame. Each registration's {@code close()} removes it.\n", contract);
    } else {
      type.addJavadoc("Typed listeners and handlers of {@link $T} on one main-side scope. Each registration's\n"
          + "{@code close()} removes exactly that registration.\n", contract);
    }
    CodeBlock.Builder registerAll = CodeBlock.builder();
    for (int i = 0; i < channels.size(); i++) {
      ChannelModel channel = channels.get(i);
      List<String> names = Names.registrarMethods(channel);
      String channelField = Names.channelField(channel);
      if (channel.kind() == ChannelKind.INVOKE) {
        ClassName handlerType = companion.nestedClass(Names.handler(channel));
        TypeName handler = ParameterizedTypeName.get(handlerType, resultType(channel));
        TypeName asyncHandler = ParameterizedTypeName.get(handlerType,
            WildcardTypeName.subtypeOf(ParameterizedTypeName.get(JavaTypes.COMPLETION_STAGE, resultType(channel))));
        type.addMethod(registration(names.get(0), "handle", channelField, handler, "handler",
            "Sets the handler of {@link $T#$N}; fails if this scope already has one.\n", channel));
        type.addMethod(registration(names.get(1), "handle", channelField, asyncHandler, "handler",
            "Sets the handler of {@link $T#$N} that answers with a {@code CompletionStage}.\n", channel));
        type.addMethod(registration(names.get(2), "handleOnce", channelField, handler, "handler",
            "Sets a handler of {@link $T#$N} that answers one invoke.\n", channel));
        type.addMethod(registration(names.get(3), "handleOnce", channelField, asyncHandler, "handler",
            "Sets a handler of {@link $T#$N} that answers one invoke with a {@code CompletionStage}.\n", channel));
        type.addMethod(MethodSpec.methodBuilder(names.get(4))
            .addJavadoc("Removes the handler of {@link $T#$N} from this scope, if any.\n", contract, channel.methodName())
            .addModifiers(Modifier.PUBLIC)
            .addStatement("$N.removeHandler($N)", field, Names.nameField(channel))
            .build());
        registerAll.addStatement("registrations[$L] = $N(handler::$N)", i, names.get(1), channel.methodName());
      } else {
        ClassName listener = companion.nestedClass(Names.listener(channel));
        type.addMethod(registration(names.get(0), "on", channelField, listener, "listener",
            "Adds a listener of {@link $T#$N}.\n", channel));
        type.addMethod(registration(names.get(1), "once", channelField, listener, "listener",
            "Adds a listener of {@link $T#$N} that is removed before it runs for the first message.\n", channel));
        type.addMethod(MethodSpec.methodBuilder(names.get(2))
            .addJavadoc("Removes one registration of {@code listener} on {@link $T#$N}; does nothing if absent.\n", contract,
                channel.methodName())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(listener, "listener")
            .addStatement("typed.off($N, listener)", channelField)
            .build());
        type.addMethod(MethodSpec.methodBuilder(names.get(3))
            .addJavadoc("Removes every listener of {@link $T#$N}.\n", contract, channel.methodName())
            .addModifiers(Modifier.PUBLIC)
            .addStatement("$N.removeAllListeners($N)", field, Names.nameField(channel))
            .build());
        registerAll.addStatement("registrations[$L] = $N(handler::$N)", i, names.get(0), channel.methodName());
      }
    }
    type.addMethod(MethodSpec.methodBuilder("register")
        .addJavadoc("Registers every method of {@code handler}; closing the result removes them all. If one\n"
            + "registration fails, those made before it are removed.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(companion.nestedClass("Handler"), "handler")
        .addStatement("$T.requireNonNull(handler, $S)", JavaTypes.OBJECTS, "handler")
        .addStatement("$T[] registrations = new $T[$L]", JavaTypes.REGISTRATION, JavaTypes.REGISTRATION, channels.size())
        .beginControlFlow("try")
        .addCode(registerAll.build())
        .nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class)
        .addStatement("closeAll(registrations)")
        .addStatement("throw e")
        .endControlFlow()
        .addStatement("return () -> closeAll(registrations)")
        .build());
    return type.build();
  }

  private MethodSpec registration(
      String name, String runtimeMethod, String channelField, TypeName parameterType, String parameter, String javadoc, ChannelModel channel) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc, contract, channel.methodName())
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(parameterType, parameter)
        .addStatement("return typed.$N($N, $N)", runtimeMethod, channelField, parameter)
        .build();
  }

  private TypeSpec rendererProxy() {
    TypeSpec.Builder type = TypeSpec.classBuilder("RendererProxy")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(contract)
        .addField(JavaTypes.TYPED_RENDERER, "ipcRenderer", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(JavaTypes.IPC_RENDERER, "ipcRenderer")
            .addStatement("this.ipcRenderer = $T.of(ipcRenderer)", JavaTypes.TYPED)
            .build());
    for (ChannelModel channel : channels) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(channel.methodName())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addParameters(parameters(channel));
      String channelField = Names.channelField(channel);
      switch (channel.kind()) {
        case SEND:
          method.addStatement("this.ipcRenderer.send($N, $L)", channelField, packedArgs(channel));
          break;
        case SEND_SYNC:
          method.returns(JavaTypes.of(channel.result()))
              .addStatement("return this.ipcRenderer.sendSync($N, $L)", channelField, packedArgs(channel));
          break;
        default:
          method.returns(ParameterizedTypeName.get(channel.returnsStage() ? JavaTypes.COMPLETION_STAGE : JavaTypes.COMPLETABLE_FUTURE,
                  resultType(channel)))
              .addStatement("return this.ipcRenderer.invoke($N, $L)", channelField, packedArgs(channel));
          break;
      }
      type.addMethod(method.build());
    }
    return type.build();
  }

  /** Sends the events to one of a renderer's main frame, a frame, or the frame that sent an event. */
  private TypeSpec sender() {
    TypeSpec.Builder type = TypeSpec.classBuilder("Sender")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(contract)
        .addField(JavaTypes.RENDERER, "renderer", Modifier.PRIVATE, Modifier.FINAL)
        .addField(JavaTypes.FRAME, "frame", Modifier.PRIVATE, Modifier.FINAL)
        .addField(JavaTypes.IPC_MAIN_EVENT, "event", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(JavaTypes.RENDERER, "renderer")
            .addParameter(JavaTypes.FRAME, "frame")
            .addParameter(JavaTypes.IPC_MAIN_EVENT, "event")
            .addStatement("this.renderer = renderer")
            .addStatement("this.frame = frame")
            .addStatement("this.event = event")
            .build());
    TypeVariableName a = TypeVariableName.get("A");
    type.addMethod(MethodSpec.methodBuilder("send")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(a)
        .addParameter(ParameterizedTypeName.get(JavaTypes.CHANNEL, a, JavaTypes.VOID), "channel")
        .addParameter(a, "args")
        .beginControlFlow("if (renderer != null)")
        .addStatement("$T.of(renderer).send(channel, args)", JavaTypes.TYPED)
        .nextControlFlow("else if (frame != null)")
        .addStatement("$T.of(frame).send(channel, args)", JavaTypes.TYPED)
        .nextControlFlow("else")
        .addStatement("$T.of(event).reply(channel, args)", JavaTypes.TYPED)
        .endControlFlow()
        .build());
    for (ChannelModel channel : channels) {
      type.addMethod(MethodSpec.methodBuilder(channel.methodName())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addParameters(parameters(channel))
          .addStatement("send($N, $L)", Names.channelField(channel), packedArgs(channel))
          .build());
    }
    return type.build();
  }

  private TypeName argsType(ChannelModel channel) {
    List<ChannelModel.Parameter> parameters = channel.parameters();
    if (parameters.isEmpty()) {
      return JavaTypes.VOID;
    }
    if (parameters.size() == 1) {
      return JavaTypes.boxed(parameters.get(0).type());
    }
    return companion.nestedClass(Names.argsRecord(channel));
  }

  private static TypeName resultType(ChannelModel channel) {
    return channel.result() == null ? JavaTypes.VOID : JavaTypes.boxed(channel.result());
  }
}
