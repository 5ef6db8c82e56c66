package org.typedipc.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** JavaPoet names of the model's types and of the runtime types generated code uses. */
final class JavaTypes {
  static final String RUNTIME = "org.typedipc.runtime";
  static final String SPI = "org.typedipc.runtime.spi";
  static final String API = "org.typedipc.api";
  /** The qualified name of the codec interface user codecs implement. */
  static final String CODEC_NAME = SPI + ".Codec";

  static final ClassName CHANNEL = ClassName.get(SPI, "Channel");
  static final ClassName CHANNEL_LISTENER = ClassName.get(SPI, "ChannelListener");
  static final ClassName CHANNEL_HANDLER = ClassName.get(SPI, "ChannelHandler");
  static final ClassName IPC_RENDERER = ClassName.get(RUNTIME, "IpcRenderer");
  static final ClassName SENDER_POLICY = ClassName.get(RUNTIME, "SenderPolicy");
  static final ClassName IPC_RENDERER_EVENT = ClassName.get(RUNTIME, "IpcRendererEvent");
  static final ClassName IPC_MAIN_SCOPE = ClassName.get(RUNTIME, "IpcMainScope");
  static final ClassName IPC_MAIN_EVENT = ClassName.get(RUNTIME, "IpcMainEvent");
  static final ClassName IPC_MAIN_INVOKE_EVENT = ClassName.get(RUNTIME, "IpcMainInvokeEvent");
  static final ClassName IPC_RENDERER_INVOKE_EVENT = ClassName.get(RUNTIME, "IpcRendererInvokeEvent");
  static final ClassName RENDERER_CHANNEL_HANDLER = ClassName.get(SPI, "RendererChannelHandler");
  static final ClassName IPC_MAIN = ClassName.get(RUNTIME, "IpcMain");
  static final ClassName IPC_VALUE_EXCEPTION = ClassName.get(RUNTIME, "IpcValueException");
  static final ClassName REGISTRATION = ClassName.get(RUNTIME, "Registration");
  static final ClassName RENDERER = ClassName.get(RUNTIME, "Renderer");
  static final ClassName FRAME = ClassName.get(RUNTIME, "Frame");
  static final ClassName TYPED = ClassName.get(SPI, "Typed");
  static final ClassName TYPED_RENDERER = ClassName.get(SPI, "TypedRenderer");
  static final ClassName TYPED_SCOPE = ClassName.get(SPI, "TypedScope");
  static final ClassName TYPED_SENDER = ClassName.get(SPI, "TypedSender");
  static final ClassName TYPED_TARGET = ClassName.get(SPI, "TypedTarget");
  static final ClassName TYPED_PORT = ClassName.get(SPI, "TypedPort");
  static final ClassName MESSAGE_PORT = ClassName.get(RUNTIME, "MessagePort");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName PREDICATE = ClassName.get("java.util.function", "Predicate");
  static final ClassName CODEC = ClassName.get(SPI, "Codec");
  static final ClassName DECLARED_EXCEPTIONS = ClassName.get(SPI, "DeclaredExceptions");
  static final ClassName IPC_REMOTE_EXCEPTION = ClassName.get(RUNTIME, "IpcRemoteException");
  static final ClassName CODECS = ClassName.get(SPI, "Codecs");
  static final ClassName WIRE_WRITER = ClassName.get(SPI, "WireWriter");
  static final ClassName WIRE_READER = ClassName.get(SPI, "WireReader");
  static final ClassName IPC_GENERATED = ClassName.get(API, "IpcGenerated");
  static final ClassName CONTRACT_DESCRIPTOR = ClassName.get(RUNTIME, "ContractDescriptor");
  static final ClassName CHANNEL_DESCRIPTOR = ClassName.get(API, "ChannelDescriptor");
  static final ClassName JAVAX_GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName COMPLETION_STAGE = ClassName.get("java.util.concurrent", "CompletionStage");
  static final ClassName FLOW_PUBLISHER = ClassName.get("java.util.concurrent", "Flow", "Publisher");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName VOID = ClassName.get("java.lang", "Void");
  static final ClassName OVERRIDE = ClassName.get(Override.class);
  static final ClassName SUPPRESS_WARNINGS = ClassName.get(SuppressWarnings.class);

  private JavaTypes() {}

  static ClassName className(TypeRef ref) {
    return ClassName.get(
        ref.packageName(),
        ref.simpleNames().get(0),
        ref.simpleNames().subList(1, ref.simpleNames().size()).toArray(new String[0]));
  }

  /** The Java type of a value; primitives stay primitive. */
  static TypeName of(WireType type) {
    if (type instanceof WireType.Primitive p) {
      return primitive(p.kind());
    } else if (type instanceof WireType.Boxed b) {
      return primitive(b.kind()).box();
    } else if (type instanceof WireType.Library l) {
      return ClassName.bestGuess(l.type().qualifiedName());
    } else if (type instanceof WireType.PrimitiveArray a) {
      return ArrayTypeName.of(primitive(a.kind()));
    } else if (type instanceof WireType.VoidType) {
      return VOID;
    } else if (type instanceof WireType.ArrayOf a) {
      return ArrayTypeName.of(of(a.element()));
    } else if (type instanceof WireType.ListOf l) {
      return ParameterizedTypeName.get(LIST, of(l.element()));
    } else if (type instanceof WireType.SetOf s) {
      return ParameterizedTypeName.get(SET, of(s.element()));
    } else if (type instanceof WireType.OptionalOf o) {
      return ParameterizedTypeName.get(OPTIONAL, of(o.element()));
    } else if (type instanceof WireType.MapOf m) {
      return ParameterizedTypeName.get(MAP, of(m.key()), of(m.value()));
    } else {
      return className(((WireType.UserRef) type).type());
    }
  }

  /** The Java type of a value as a type argument: primitives boxed. */
  static TypeName boxed(WireType type) {
    return of(type).box();
  }

  static TypeName primitive(WireType.PrimitiveKind kind) {
    switch (kind) {
      case BOOLEAN:
        return TypeName.BOOLEAN;
      case BYTE:
        return TypeName.BYTE;
      case SHORT:
        return TypeName.SHORT;
      case CHAR:
        return TypeName.CHAR;
      case INT:
        return TypeName.INT;
      case LONG:
        return TypeName.LONG;
      case FLOAT:
        return TypeName.FLOAT;
      default:
        return TypeName.DOUBLE;
    }
  }
}
