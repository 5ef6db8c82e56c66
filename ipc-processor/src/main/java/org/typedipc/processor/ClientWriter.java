package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a companion's public {@code Client}: the interface as its caller sees it, with each stream
 * method that declares checked exceptions redeclared without them. The exception reaches the
 * subscriber's {@code onError}, never the call, so a caller has nothing to catch. The renderer's
 * proxy of an {@code @IpcContract} and main's proxy of an {@code @IpcEvents} interface implement it.
 */
final class ClientWriter {
  /** The nested type the proxy factories return when the interface has streams that declare exceptions. */
  static final String NAME = "Client";

  private final Companion companion;
  private final ChannelKind streamKind;

  ClientWriter(Companion companion) {
    this.companion = companion;
    this.streamKind = companion.events() ? ChannelKind.RENDERER_STREAM : ChannelKind.STREAM;
  }

  /** The stream methods that declare checked exceptions: they arrive in {@code onError}. */
  private List<ChannelModel> declaringStreams() {
    return companion.channels().stream()
        .filter(channel -> channel.kind() == streamKind && !channel.exceptions().isEmpty())
        .toList();
  }

  /** What the proxy factories return and the proxy implements: the {@code Client} if there is one, else the interface. */
  ClassName proxyInterface() {
    return declaringStreams().isEmpty() ? companion.contract() : companion.className().nestedClass(NAME);
  }

  /**
   * The {@code Client}, or null when no stream declares an exception.
   *
   * @param returnedBy the javadoc's words for the factories that return it, as "… returns it"
   */
  TypeSpec type(String returnedBy) {
    List<ChannelModel> streams = declaringStreams();
    if (streams.isEmpty()) {
      return null;
    }
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(NAME)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(companion.contract())
        .addJavadoc("{@link $T} as " + returnedBy + ": a stream's declared exception ends the\n"
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
}
