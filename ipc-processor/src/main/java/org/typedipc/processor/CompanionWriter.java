package org.typedipc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.Modifier;

/**
 * Writes the one companion class of a contract, {@code <Contract>Ipc}, with exactly one
 * originating element so that build tools can recompile it in isolation. Each part of the
 * companion has its own writer; this class puts their output together in the companion's order.
 */
final class CompanionWriter {
  private static final String PROCESSOR = "org.typedipc.processor.IpcProcessor";

  private final Companion companion;
  private final CodecWriter codecs;

  CompanionWriter(ContractModel model) {
    this.companion = new Companion(model);
    this.codecs = new CodecWriter(model, companion.className());
  }

  JavaFile write(TypeElement originatingElement) {
    ClassName contract = companion.contract();
    TypeSpec.Builder type = TypeSpec.classBuilder(companion.className())
        .addOriginatingElement(originatingElement)
        .addJavadoc(classJavadoc())
        .addAnnotation(AnnotationSpec.builder(JavaTypes.IPC_GENERATED).addMember("value", "$S", contract.canonicalName()).build());
    if (companion.model().generatedAnnotation()) {
      type.addAnnotation(AnnotationSpec.builder(JavaTypes.JAVAX_GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    if (companion.model().usesDeprecated()) {
      // The companion has to use what the contract deprecates; its users get the warnings instead.
      type.addAnnotation(AnnotationSpec.builder(JavaTypes.SUPPRESS_WARNINGS).addMember("value", "{$S, $S}", "deprecation", "removal").build());
    }
    // A type of the contract's package or a member type the proxy inherits would hide these.
    type.alwaysQualify(companion.model().shadowedJavaLang().toArray(new String[0]));
    type.addModifiers(Modifier.PUBLIC, Modifier.FINAL);

    // Before codecs.types(): building the typed channels registers the codecs they use.
    type.addFields(new ChannelFieldsWriter(companion, codecs).fields());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    RegistrarWriter registrar = new RegistrarWriter(companion);
    SenderWriter sender = new SenderWriter(companion);
    RendererProxyWriter rendererProxy = new RendererProxyWriter(companion);
    if (companion.events()) {
      type.addMethods(sender.factories());
    } else {
      type.addMethod(rendererProxy.factory());
    }
    type.addMethods(registrar.factories());
    type.addMethod(registrar.closeAll());

    ListenerWriter listeners = new ListenerWriter(companion);
    type.addType(listeners.handlerInterface());
    for (ChannelModel channel : companion.channels()) {
      type.addTypes(listeners.channelTypes(channel));
    }
    type.addType(registrar.type());
    TypeSpec client = new ClientWriter(companion)
        .type(companion.events() ? "{@code to} and {@code replyTo} return it" : "{@link #renderer(IpcRenderer)} returns it");
    if (client != null) {
      type.addType(client);
    }
    type.addType(companion.events() ? sender.type(originatingElement) : rendererProxy.type(originatingElement));
    type.addTypes(codecs.types());

    return JavaFile.builder(companion.className().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private CodeBlock classJavadoc() {
    if (companion.rendererInvokes()) {
      return CodeBlock.of(
          "Typed IPC for the events and invokes of {@link $T}, generated from the interface.\n\n"
              + "<p>Main sends and invokes with {@link #to(Renderer)}, {@link #to(Frame)}, {@link #to(Renderer, Duration)}\n"
              + "or {@link #replyTo(IpcMainEvent)}; a renderer listens and answers with {@link #renderer(IpcRenderer)} or\n"
              + "{@link #register(IpcRenderer, Handler)}.\n",
          companion.contract());
    }
    if (companion.events()) {
      return CodeBlock.of(
          "Typed IPC for the events of {@link $T}, generated from the interface.\n\n"
              + "<p>Main sends with {@link #to(Renderer)}, {@link #to(Frame)}, {@link #replyTo(IpcMainEvent)} or, to\n"
              + "every renderer, {@link #toAll(IpcMain)}; a renderer listens with {@link #renderer(IpcRenderer)} or\n"
              + "{@link #register(IpcRenderer, Handler)}. Over a message port, either side posts with\n"
              + "{@link #port(MessagePort)} and the other end receives with {@link #listen(MessagePort, $T)}.\n",
          companion.contract(),
          companion.contract());
    }
    return CodeBlock.of(
        "Typed IPC for {@link $T}, generated from the contract.\n\n"
            + "<p>A renderer calls main through {@link #renderer(IpcRenderer)}; main serves the channels with\n"
            + "{@link #main(IpcMainScope)} or {@link #register(IpcMainScope, Handler)}.\n",
        companion.contract());
  }
}
