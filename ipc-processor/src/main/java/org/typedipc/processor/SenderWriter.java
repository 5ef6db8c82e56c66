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
 * TypedSender}, which a broadcast also is. The factories return the companion's {@code Client}
 * when a stream method declares checked exceptions (see {@link ClientWriter}).
 */
final class SenderWriter {
  private final Companion companion;
  private final boolean invokes;
  /** The contract, or its {@code Client} when a stream declares exceptions (see {@link ClientWriter}). */
  private final ClassName senderInterface;

  SenderWriter(Companion companion) {
    this.companion = companion;
    this.invokes = companion.rendererInvokes();
    this.senderInterface = new ClientWriter(companion).proxyInterface();
  }

  List<MethodSpec> factories() {
    List<MethodSpec> factories = new ArrayList<>();
    String what = invokes ? "calls" : "sends to";
    factories.add(factory("to", "A {@link $T} that " + what + " the main frame of {@code renderer}.\n"
        + "\n@param renderer the renderer whose main frame gets the calls\n", JavaTypes.RENDERER, "renderer", "$T.of($L)"));
    factories.add(factory("to", "A {@link $T} that " + what + " {@code frame}.\n\n@param frame the frame that gets the calls\n",
        JavaTypes.FRAME, "frame", "$T.of($L)"));
    factories.add(factory("replyTo", "A {@link $T} that " + what + " the frame that sent {@code event}.\n"
        + "\n@param event the event whose sender frame gets the calls\n", JavaTypes.IPC_MAIN_EVENT, "event", "$T.of($L.senderFrame())"));
    if (invokes) {
      factories.add(withDeadline(JavaTypes.RENDERER, "renderer", "the main frame of {@code renderer}"));
      factories.add(withDeadline(JavaTypes.FRAME, "frame", "{@code frame}"));
    } else {
      factories.add(factory("toAll", "A {@link $T} that sends to the main frame of every renderer of {@code ipcMain}, in\n"
          + "renderer-id order; a renderer that fails or is gone does not keep the others from receiving.\n"
          + "\n@param ipcMain the main whose renderers get the events\n",
          JavaTypes.IPC_MAIN, "ipcMain", "$T.toAll($L)"));
      TypeName which = ParameterizedTypeName.get(JavaTypes.PREDICATE, WildcardTypeName.supertypeOf(JavaTypes.RENDERER));
      factories.add(MethodSpec.methodBuilder("toAll")
          .addJavadoc("A {@link $T} that sends to the main frame of every renderer of {@code ipcMain} that {@code which}\n"
              + "accepts, in renderer-id order.\n\n@param ipcMain the main whose renderers get the events\n"
              + "@param which chooses the renderers that get them\n@return the sender\n", companion.contract())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(senderInterface)
          .addParameter(JavaTypes.IPC_MAIN, "ipcMain")
          .addParameter(which, "which")
          .addStatement("return new Sender($T.toAll($L, $L))", JavaTypes.TYPED, required("ipcMain"), required("which"))
          .build());
      factories.add(factory("port", "A {@link $T} that posts its events on {@code port}; the other end receives them with\n"
          + "{@code listen(port, receiver)}.\n\n@param port the port the events go out on\n", JavaTypes.MESSAGE_PORT, "port",
          "$T.of($L)"));
      factories.add(listen());
    }
    return factories;
  }

  /** {@code listen(port, receiver)}: the events that arrive at a port call the receiver's methods. */
  private MethodSpec listen() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("listen")
        .addJavadoc("Calls {@code receiver}'s methods with the events that arrive at {@code port}, posted by\n"
            + "{@link #port(MessagePort)} at its other end; start the port to receive.\n\n"
            + "@param port the port the events arrive at\n@param receiver gets each event as a call of its method\n"
            + "@return closing it stops the calls\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(JavaTypes.REGISTRATION)
        .addParameter(JavaTypes.MESSAGE_PORT, "port")
        .addParameter(companion.contract(), "receiver")
        .addStatement("$T typed = $T.of($L)", JavaTypes.TYPED_PORT, JavaTypes.TYPED, required("port"))
        .addStatement("$T.requireNonNull(receiver, $S)", JavaTypes.OBJECTS, "receiver")
        .addStatement("$T[] registrations = new $T[$L]", JavaTypes.REGISTRATION, JavaTypes.REGISTRATION,
            companion.channels().size());
    int i = 0;
    for (ChannelModel channel : companion.channels()) {
      String call = Companion.unpackedArgs(channel).toString();
      method.addStatement("registrations[$L] = typed.on($N, args -> receiver.$N($L))", i++, Names.channelField(channel),
          channel.methodName(), call.isEmpty() ? "" : call.substring(2));
    }
    return method.addStatement("return () -> closeAll(registrations)").build();
  }

  /** A factory of one non-null parameter; {@code target} turns it into the Sender's target, as {@code $T.…($L)}. */
  private MethodSpec factory(String name, String javadoc, ClassName parameterType, String parameter, String target) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc + "@return the sender\n", companion.contract())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(senderInterface)
        .addParameter(parameterType, parameter)
        .addStatement("return new Sender($L)", CodeBlock.of(target, JavaTypes.TYPED, required(parameter)))
        .build();
  }

  private MethodSpec withDeadline(ClassName parameterType, String parameter, String target) {
    return MethodSpec.methodBuilder("to")
        .addJavadoc("A {@link $T} that calls " + target + ", each invoke failing with\n"
            + "{@code IpcTimeoutException} if not answered within {@code deadline}.\n\n@param " + parameter
            + " the target of the calls\n@param deadline how long each invoke waits for its answer\n@return the sender\n",
            companion.contract())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(senderInterface)
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
        .addSuperinterface(senderInterface)
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
