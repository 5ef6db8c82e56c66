package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Writes the renderer side of an {@code @IpcContract}: the {@code renderer(IpcRenderer)} factory
 * and the private {@code RendererProxy} that turns each contract call into a send, a sendSync or an
 * invoke. A stream method that declares checked exceptions is redeclared without them in the
 * public {@code Client} that the factory returns: the exception reaches the subscriber's {@code
 * onError}, never the call, so a caller has nothing to catch.
 */
final class RendererProxyWriter {
  private final Companion companion;

  RendererProxyWriter(Companion companion) {
    this.companion = companion;
  }

  /** The nested type the factory returns when the contract has streams that declare exceptions. */
  static final String CLIENT = "Client";

  /** The stream methods that declare checked exceptions: they arrive in {@code onError}. */
  private List<ChannelModel> declaringStreams() {
    return companion.channels().stream()
        .filter(channel -> channel.kind() == ChannelKind.STREAM && !channel.exceptions().isEmpty())
        .toList();
  }

  private ClassName proxyInterface() {
    return declaringStreams().isEmpty() ? companion.contract() : companion.className().nestedClass(CLIENT);
  }

  MethodSpec factory() {
    return MethodSpec.methodBuilder("renderer")
        .addJavadoc("A {@link $T} whose calls go over IPC from this renderer frame to main.\n\n"
            + "@param ipcRenderer the renderer frame the calls come from\n@return the proxy\n", companion.contract())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(proxyInterface())
        .addParameter(JavaTypes.IPC_RENDERER, "ipcRenderer")
        .addStatement("return new RendererProxy($T.requireNonNull(ipcRenderer, $S))", JavaTypes.OBJECTS, "ipcRenderer")
        .build();
  }

  /** The implementation of {@code contract}, whose member types it inherits and must not mistake for the companion's. */
  TypeSpec type(TypeElement contract) {
    TypeSpec.Builder type = TypeSpec.classBuilder("RendererProxy")
        .avoidClashesWithNestedClasses(contract)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(proxyInterface())
        .addField(JavaTypes.TYPED_RENDERER, "ipcRenderer", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(JavaTypes.IPC_RENDERER, "ipcRenderer")
            .addStatement("this.ipcRenderer = $T.of(ipcRenderer)", JavaTypes.TYPED)
            .build());
    for (ChannelModel channel : companion.channels()) {
      type.addMethod(call(channel));
    }
    return type.build();
  }

  /**
   * The contract as a renderer calls it, when some of its streams declare checked exceptions:
   * those methods without their {@code throws} clause; null when there are none.
   */
  TypeSpec clientType() {
    List<ChannelModel> streams = declaringStreams();
    if (streams.isEmpty()) {
      return null;
    }
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(CLIENT)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(companion.contract())
        .addJavadoc("{@link $T} as {@link #renderer(IpcRenderer)} returns it: a stream's declared exception ends the\n"
            + "stream, arriving in the subscriber's {@code onError} as itself, so calling the method throws none.\n",
            companion.contract());
    for (ChannelModel channel : streams) {
      CodeBlock.Builder javadoc = CodeBlock.builder()
          .add("Opens the stream of {@link $T#$L}; a declared exception arrives in {@code onError}.\n\n",
              companion.contract(), channel.methodName());
      companion.implementationParameters(channel).forEach(parameter ->
          javadoc.add("@param $L as for {@link $T#$L}\n", parameter.name(), companion.contract(), channel.methodName()));
      javadoc.add("@return the stream's publisher; each subscription opens one stream\n");
      type.addMethod(MethodSpec.methodBuilder(channel.methodName())
          .addJavadoc(javadoc.build())
          .addAnnotation(JavaTypes.OVERRIDE)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .addParameters(companion.implementationParameters(channel))
          .varargs(channel.varargs())
          .returns(Companion.publisherType(channel))
          .build());
    }
    return type.build();
  }

  private MethodSpec call(ChannelModel channel) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(channel.methodName())
        .addAnnotation(JavaTypes.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .addParameters(companion.implementationParameters(channel))
          .varargs(channel.varargs());
    CodeBlock channelField = companion.fromImplementation(Names.channelField(channel));
    switch (channel.kind()) {
      case SEND:
        method.addStatement("this.ipcRenderer.send($L, $L)", channelField, companion.packedArgs(channel));
        break;
      case SEND_SYNC:
        method.returns(JavaTypes.of(channel.result()));
        if (channel.exceptions().isEmpty()) {
          method.addStatement("return this.ipcRenderer.sendSync($L, $L)", channelField, companion.packedArgs(channel));
        } else {
          method.addExceptions(Companion.exceptions(channel))
              .beginControlFlow("try")
              .addStatement("return this.ipcRenderer.sendSyncDeclaring($L, $L)", channelField, companion.packedArgs(channel))
              .nextControlFlow("catch ($L e)", Companion.rethrownTypes(channel))
              .addStatement("throw e")
              .nextControlFlow("catch ($T e)", Exception.class)
              .addComment("The runtime throws no other checked exception; should one come, it is a remote failure.")
              .addStatement("throw new $T($L, e.getClass().getName(), e.getMessage())", JavaTypes.IPC_REMOTE_EXCEPTION,
                  companion.fromImplementation(Names.nameField(channel)))
              .endControlFlow();
        }
        break;
      case STREAM:
        method.returns(Companion.publisherType(channel))
            .addStatement("return this.ipcRenderer.stream($L, $L)", channelField, companion.packedArgs(channel));
        break;
      default:
        method.returns(Companion.futureType(channel))
            .addStatement("return this.ipcRenderer.invoke($L, $L)", channelField, companion.packedArgs(channel));
        break;
    }
    return method.build();
  }
}
