package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the main side of an {@code @IpcEvents} interface: the {@code to} and {@code replyTo}
 * factories and the private {@code Sender} that sends each event to a renderer's main frame, a
 * frame, or the frame that sent an event.
 */
final class SenderWriter {
  private final Companion companion;

  SenderWriter(Companion companion) {
    this.companion = companion;
  }

  List<MethodSpec> factories() {
    return List.of(
        factory("to", "A {@link $T} that sends to the main frame of {@code renderer}.\n", JavaTypes.RENDERER, "renderer",
            "$L, null, null"),
        factory("to", "A {@link $T} that sends to {@code frame}.\n", JavaTypes.FRAME, "frame", "null, $L, null"),
        factory("replyTo", "A {@link $T} that replies to the frame that sent {@code event}.\n", JavaTypes.IPC_MAIN_EVENT,
            "event", "null, null, $L"));
  }

  /** {@code arguments} places the checked target among the Sender's three, as {@code $L}. */
  private MethodSpec factory(String name, String javadoc, ClassName targetType, String parameter, String arguments) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc, companion.contract())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(companion.contract())
        .addParameter(targetType, parameter)
        .addStatement("return new Sender($L)", CodeBlock.of(arguments,
            CodeBlock.of("$T.requireNonNull($N, $S)", JavaTypes.OBJECTS, parameter, parameter)))
        .build();
  }

  /** The implementation of {@code contract}, whose member types it inherits and must not mistake for the companion's. */
  TypeSpec type(TypeElement contract) {
    TypeSpec.Builder type = TypeSpec.classBuilder("Sender")
        .avoidClashesWithNestedClasses(contract)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(companion.contract())
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
    for (ChannelModel channel : companion.channels()) {
      type.addMethod(MethodSpec.methodBuilder(channel.methodName())
          .addAnnotation(JavaTypes.OVERRIDE)
          .addModifiers(Modifier.PUBLIC)
          .addParameters(companion.implementationParameters(channel))
          .varargs(channel.varargs())
          .addStatement("send($L, $L)", companion.fromImplementation(Names.channelField(channel)), companion.packedArgs(channel))
          .build());
    }
    return type.build();
  }
}
