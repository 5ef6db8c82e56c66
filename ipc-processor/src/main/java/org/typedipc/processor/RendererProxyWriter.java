package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the renderer side of an {@code @IpcContract}: the {@code renderer(IpcRenderer)} factory
 * and the private {@code RendererProxy} that turns each contract call into a send, a sendSync or an
 * invoke. The factory returns the companion's {@code Client} when a stream method declares
 * checked exceptions (see {@link ClientWriter}).
 */
final class RendererProxyWriter {
  private final Companion companion;

  RendererProxyWriter(Companion companion) {
    this.companion = companion;
  }

  private ClassName proxyInterface() {
    return new ClientWriter(companion).proxyInterface();
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
