package org.typedipc.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the receiving side's {@code Registrar}, its two static factories and the {@code closeAll}
 * helper its {@code register} uses. A contract's registrar serves an {@code IpcMainScope} in main;
 * an events interface's listens on an {@code IpcRenderer}.
 */
final class RegistrarWriter {
  private final Companion companion;
  private final ClassName registrar;
  private final ClassName target;
  /** The name of the factory and of its parameter, the scope or renderer the registrar serves. */
  private final String factory;
  private final String field;

  RegistrarWriter(Companion companion) {
    this.companion = companion;
    this.registrar = companion.nested("Registrar");
    this.target = companion.events() ? JavaTypes.IPC_RENDERER : JavaTypes.IPC_MAIN_SCOPE;
    this.factory = companion.events() ? "renderer" : "main";
    this.field = companion.events() ? "ipcRenderer" : "scope";
  }

  private static final String HANDLER_PARAMS =
      "@param handler the implementation whose methods serve the channels\n@return one registration of them all\n";
  private static final String REGISTER_PARAMS = "\n@param ipcRenderer the renderer frame to listen on\n" + HANDLER_PARAMS;

  /** {@code main(scope)} or {@code renderer(ipcRenderer)}, then {@code register(…, handler)}. */
  List<MethodSpec> factories() {
    MethodSpec.Builder create = MethodSpec.methodBuilder(factory);
    MethodSpec.Builder register = MethodSpec.methodBuilder("register");
    if (companion.events()) {
      create.addJavadoc("Typed listeners$L of {@link $T} on a renderer frame.\n\n"
          + "@param ipcRenderer the renderer frame to listen on\n@return the registrar\n", handlers(), companion.contract());
      register.addJavadoc(companion.rendererInvokes()
          ? "Listens and answers with every method of {@code handler}; closing the result removes them all.\n" + REGISTER_PARAMS
          : "Listens with every method of {@code handler}; closing the result removes them all.\n" + REGISTER_PARAMS);
    } else {
      create.addJavadoc("Typed listeners and handlers of {@link $T} on {@code scope}: the global {@code IpcMain}, a\n"
          + "renderer's {@code ipc()} or a frame's {@code ipc()}.\n\n@param scope the scope to register on\n"
          + "@return the registrar\n", companion.contract());
      register.addJavadoc("Registers every method of {@code handler} on {@code scope}; closing the result removes them all.\n"
          + "\n@param scope the scope to register on\n" + HANDLER_PARAMS);
    }
    return List.of(
        create.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(registrar)
            .addParameter(target, field)
            .addStatement("return new Registrar($T.requireNonNull($N, $S))", JavaTypes.OBJECTS, field, field)
            .build(),
        register.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(JavaTypes.REGISTRATION)
            .addParameter(target, field)
            .addParameter(companion.nested("Handler"), "handler")
            .addStatement("return $N($N).register(handler)", factory, field)
            .build());
  }

  /** Closes the registrations made so far, newest first; used when {@code register} fails or is undone. */
  MethodSpec closeAll() {
    return MethodSpec.methodBuilder("closeAll")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(ArrayTypeName.of(JavaTypes.REGISTRATION), "registrations")
        .beginControlFlow("for (int i = registrations.length - 1; i >= 0; i--)")
        .beginControlFlow("if (registrations[i] != null)")
        .addStatement("registrations[i].close()")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  TypeSpec type() {
    TypeSpec.Builder type = TypeSpec.classBuilder(registrar)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(companion.events() ? JavaTypes.TYPED_RENDERER : JavaTypes.TYPED_SCOPE, "typed", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(target, field)
            .addStatement("this.typed = $T.of($N)", JavaTypes.TYPED, field)
            .build());
    if (companion.events()) {
      type.addJavadoc("Typed listeners$L of {@link $T} on one renderer frame. Each registration's {@code close()}\n"
          + "removes it; {@code ipcRenderer.removeAllListeners(NAME)} removes a channel's listeners$L.\n",
          handlers(), companion.contract(), companion.rendererInvokes() ? ",\n{@code ipcRenderer.removeHandler(NAME)} its handler" : "");
    } else {
      type.addJavadoc("Typed listeners and handlers of {@link $T} on one main-side scope. Each registration's\n"
          + "{@code close()} removes exactly that registration; {@code scope.removeHandler(NAME)} and\n"
          + "{@code scope.removeAllListeners(NAME)} remove by the channel's name constant.\n", companion.contract());
    }
    List<ChannelModel> channels = companion.channels();
    CodeBlock.Builder registerAll = CodeBlock.builder();
    for (int i = 0; i < channels.size(); i++) {
      ChannelModel channel = channels.get(i);
      String registerMethod = channel.kind().handled() ? addHandlerMethods(type, channel) : addListenerMethods(type, channel);
      registerAll.addStatement("registrations[$L] = $N(handler::$N)", i, registerMethod, channel.methodName());
    }
    type.addMethod(MethodSpec.methodBuilder("register")
        .addJavadoc("Registers every method of {@code handler}; closing the result removes them all. If one\n"
            + "registration fails, those made before it are removed.\n\n" + HANDLER_PARAMS)
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(companion.nested("Handler"), "handler")
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

  /**
   * Adds an invoke channel's {@code handleX} and {@code handleOnceX}, each for a handler that answers
   * with the value and, as {@code …Async}, with a {@code CompletionStage}; returns the one {@code
   * register} uses.
   */
  private String addHandlerMethods(TypeSpec.Builder type, ChannelModel channel) {
    List<String> names = Names.registrarMethods(channel);
    ClassName handlerType = companion.nested(Names.handler(channel));
    TypeName result = Companion.resultType(channel);
    TypeName handler = ParameterizedTypeName.get(handlerType, result);
    TypeName asyncHandler = ParameterizedTypeName.get(handlerType,
        WildcardTypeName.subtypeOf(ParameterizedTypeName.get(JavaTypes.COMPLETION_STAGE, result)));
    type.addMethod(registration(names.get(0), "handle", handler, "handler",
        "Sets the handler of {@link $T#$N}; fails if this " + (companion.events() ? "frame" : "scope") + " already has one.\n", channel));
    type.addMethod(registration(names.get(1), "handle", asyncHandler, "handler",
        "Sets the handler of {@link $T#$N} that answers with a {@code CompletionStage}.\n", channel));
    type.addMethod(registration(names.get(2), "handleOnce", handler, "handler",
        "Sets a handler of {@link $T#$N} that answers one invoke.\n", channel));
    type.addMethod(registration(names.get(3), "handleOnce", asyncHandler, "handler",
        "Sets a handler of {@link $T#$N} that answers one invoke with a {@code CompletionStage}.\n", channel));
    return names.get(1);
  }

  /** {@code " and handlers"} when an events interface has invokes, which its registrar handles. */
  private String handlers() {
    return companion.rendererInvokes() ? " and handlers" : "";
  }

  /** Adds a listened channel's {@code onX} and {@code onceX}; returns the one {@code register} uses. */
  private String addListenerMethods(TypeSpec.Builder type, ChannelModel channel) {
    List<String> names = Names.registrarMethods(channel);
    ClassName listener = companion.nested(Names.listener(channel));
    type.addMethod(registration(names.get(0), "on", listener, "listener",
        "Adds a listener of {@link $T#$N}.\n", channel));
    type.addMethod(registration(names.get(1), "once", listener, "listener",
        "Adds a listener of {@link $T#$N} that is removed before it runs for the first message.\n", channel));
    return names.get(0);
  }

  /** A registrar method that passes its one parameter to the runtime's {@code typed.<runtimeMethod>}. */
  private MethodSpec registration(String name, String runtimeMethod, TypeName parameterType, String parameter, String javadoc,
      ChannelModel channel) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc + "\n@param " + parameter + " what to call for each message\n"
            + "@return the registration, whose {@code close()} removes it\n", companion.contract(), channel.methodName())
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(parameterType, parameter)
        .addStatement("return typed.$N($N, $N)", runtimeMethod, Names.channelField(channel), parameter)
        .build();
  }
}
