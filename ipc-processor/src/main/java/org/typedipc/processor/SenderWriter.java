package org.typedipc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the main side of an {@code @IpcEvents} interface: the {@code to}, {@code replyTo} and
 * {@code toAll} factories and the private {@code Sender} that implements the interface over one
 * typed target. An event is sent to it; an invoke asks it and returns the renderer's answer.
 *
 * <p>With invokes the target is a {@code TypedTarget} (one frame, with a deadline), and {@code
 * toAll} is left out: a broadcast has no single answer to return. Without invokes it is a {@code
 * TypedSender}, which a broadcast also is.
 */
final class SenderWriter {
  private final Companion companion;
  private final boolean invokes;

  SenderWriter(Companion companion) {
    this.companion = companion;
    this.invokes = companion.rendererInvokes();
  }

  List<MethodSpec> factories() {
    List<MethodSpec> factories = new ArrayList<>();
    String what = invokes ? "calls" : "sends to";
    factories.add(factory("to", "A {@link $T} that " + what + " the main frame of {@code renderer}.\n", JavaTypes.RENDERER,
        "renderer", "$T.of($L)"));
    factories.add(factory("to", "A {@link $T} that " + what + " {@code frame}.\n", JavaTypes.FRAME, "frame", "$T.of($L)"));
    factories.add(factory("replyTo", "A {@link $T} that " + what + " the frame that sent {@code event}.\n",
        JavaTypes.IPC_MAIN_EVENT, "event", "$T.of($L.senderFrame())"));
    if (invokes) {
      factories.add(withDeadline(JavaTypes.RENDERER, "renderer", "the main frame of {@code renderer}"));
      factories.add(withDeadline(JavaTypes.FRAME, "frame", "{@code frame}"));
    } else {
      factories.add(factory("toAll", "A {@link $T} that sends to the main frame of every renderer of {@code ipcMain}, in\n"
          + "renderer-id order; a renderer that fails or is gone does not keep the others from receiving.\n",
          JavaTypes.IPC_MAIN, "ipcMain", "$T.toAll($L)"));
      TypeName which = ParameterizedTypeName.get(JavaTypes.PREDICATE, WildcardTypeName.supertypeOf(JavaTypes.RENDERER));
      factories.add(MethodSpec.methodBuilder("toAll")
          .addJavadoc("A {@link $T} that sends to the main frame of every renderer of {@code ipcMain} that {@code which}\n"
              + "accepts, in renderer-id order.\n", companion.contract())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(companion.contract())
          .addParameter(JavaTypes.IPC_MAIN, "ipcMain")
          .addParameter(which, "which")
          .addStatement("return new Sender($T.toAll($L, $L))", JavaTypes.TYPED, required("ipcMain"), required("which"))
          .build());
    }
    return factories;
  }

  /** A factory of one non-null parameter; {@code target} turns it into the Sender's target, as {@code $T.…($L)}. */
  private MethodSpec factory(String name, String javadoc, ClassName parameterType, String parameter, String target) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc, companion.contract())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(companion.contract())
        .addParameter(parameterType, parameter)
        .addStatement("return new Sender($L)", CodeBlock.of(target, JavaTypes.TYPED, required(parameter)))
        .build();
  }

  private MethodSpec withDeadline(ClassName parameterType, String parameter, String target) {
    return MethodSpec.methodBuilder("to")
        .addJavadoc("A {@link $T} that calls " + target + ", each invoke failing with\n"
            + "{@code IpcTimeoutException} if not answered within {@code deadline}.\n", companion.contract())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(companion.contract())
        .addParameter(parameterType, parameter)
        .addParameter(JavaTypes.DURATION, "deadline")
        .addStatement("return new Sender($T.of($L).withDeadline($L))", JavaTypes.TYPED, required(parameter), required("deadline"))
        .build();
  }

  private static CodeBlock required(String parameter) {
    return CodeBlock.of("$T.requireNonNull($N, $S)", JavaTypes.OBJECTS, parameter, parameter);
  }

  /** The implementation of {@code contract}, whose member types it inherits and must not mistake for the companion's. */
  TypeSpec type(TypeElement contract) {
    ClassName targetType = invokes ? JavaTypes.TYPED_TARGET : JavaTypes.TYPED_SENDER;
    TypeSpec.Builder type = TypeSpec.classBuilder("Sender")
        .avoidClashesWithNestedClasses(contract)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(companion.contract())
        .addField(targetType, "target", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(targetType, "target")
            .addStatement("this.target = target")
            .build());
    for (ChannelModel channel : companion.channels()) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(channel.methodName())
          .addAnnotation(JavaTypes.OVERRIDE)
          .addModifiers(Modifier.PUBLIC)
          .addParameters(companion.implementationParameters(channel))
          .varargs(channel.varargs());
      CodeBlock channelField = companion.fromImplementation(Names.channelField(channel));
      if (channel.kind() == ChannelKind.RENDERER_STREAM) {
        method.returns(Companion.publisherType(channel))
            .addStatement("return this.target.stream($L, $L)", channelField, companion.packedArgs(channel));
      } else if (channel.kind() == ChannelKind.RENDERER_INVOKE) {
        method.returns(Companion.futureType(channel))
            .addStatement("return this.target.invoke($L, $L)", channelField, companion.packedArgs(channel));
      } else {
        method.addStatement("this.target.send($L, $L)", channelField, companion.packedArgs(channel));
      }
      type.addMethod(method.build());
    }
    return type.build();
  }
}
